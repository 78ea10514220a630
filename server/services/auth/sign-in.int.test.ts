import { sql } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { MAX_SIGN_IN_ATTEMPTS } from "@/lib/limits";
import { ServiceError } from "@/server/errors";
import { createTestMember, createTestWorkspace } from "@/server/testing/test-workspace";
import { withTestDatabase } from "@/server/testing/with-test-database";
import * as passwordHash from "./password-hash";
import { signIn } from "./sign-in";

vi.mock("./password-hash", async (importOriginal) => {
  const original = await importOriginal<typeof import("./password-hash")>();
  return { ...original, verifyPassword: vi.fn(original.verifyPassword) };
});

const database = withTestDatabase();

async function newMember() {
  const { workspaceId } = await createTestWorkspace(database.current.db);
  return createTestMember(database.current.db, workspaceId);
}

/** The error code signIn answered with, or "ok". */
async function attempt(email: string, password: string): Promise<string> {
  try {
    await signIn(database.current.db, { email, password });
    return "ok";
  } catch (error) {
    if (error instanceof ServiceError) return error.code;
    throw error;
  }
}

describe("signIn", () => {
  it("opens a session for the right password, in any case and spacing of the email", async () => {
    const member = await newMember();
    expect(await attempt(`  ${member.email.toUpperCase()} `, member.password)).toBe("ok");
  });

  it(`locks the account after ${MAX_SIGN_IN_ATTEMPTS} attempts: then even the right password is refused`, async () => {
    const member = await newMember();
    for (let i = 0; i < MAX_SIGN_IN_ATTEMPTS; i++) {
      expect(await attempt(member.email, `wrong password ${i}`)).toBe("UNAUTHORIZED");
    }
    expect(await attempt(member.email, "wrong again")).toBe("RATE_LIMITED");
    expect(await attempt(member.email, member.password)).toBe("RATE_LIMITED");
  });

  it("says when the locked account may try again", async () => {
    const member = await newMember();
    for (let i = 0; i <= MAX_SIGN_IN_ATTEMPTS; i++) await attempt(member.email, "nope nope");
    const refusal = await signIn(database.current.db, member).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ServiceError);
    expect((refusal as ServiceError).message).toMatch(/try again in 15 minutes/);
    const { retryAfterSeconds } = (refusal as ServiceError).details as {
      retryAfterSeconds: number;
    };
    expect(retryAfterSeconds).toBeGreaterThan(14 * 60);
    expect(retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
  });

  it("lets the account in again once its window has passed", async () => {
    const member = await newMember();
    for (let i = 0; i <= MAX_SIGN_IN_ATTEMPTS; i++) await attempt(member.email, "nope nope");
    await database.current.db.execute(
      sql`update sign_in_attempts set window_started_at = now() - interval '16 minutes'`,
    );
    expect(await attempt(member.email, member.password)).toBe("ok");
  });

  it("clears the count on success, so a user who mistypes now and then is never locked", async () => {
    const member = await newMember();
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < MAX_SIGN_IN_ATTEMPTS - 1; i++) await attempt(member.email, "typo typo");
      expect(await attempt(member.email, member.password)).toBe("ok");
    }
  });

  it("counts concurrent guesses before checking any, so a burst gets no more than the limit", async () => {
    const member = await newMember();
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => attempt(member.email, `guess number ${i}`)),
    );
    expect(results.filter((code) => code === "UNAUTHORIZED")).toHaveLength(MAX_SIGN_IN_ATTEMPTS);
    expect(results.filter((code) => code === "RATE_LIMITED")).toHaveLength(
      20 - MAX_SIGN_IN_ATTEMPTS,
    );
  });

  it("treats an unknown account exactly like a known one with a wrong password", async () => {
    const member = await newMember();
    const unknown = `nobody-${crypto.randomUUID()}@example.com`;
    const verify = vi.mocked(passwordHash.verifyPassword);
    for (const email of [member.email, unknown]) {
      verify.mockClear();
      const answers = [];
      for (let i = 0; i <= MAX_SIGN_IN_ATTEMPTS; i++)
        answers.push(await attempt(email, "guess guess"));
      expect(answers).toEqual([
        ...Array(MAX_SIGN_IN_ATTEMPTS).fill("UNAUTHORIZED"),
        "RATE_LIMITED",
      ]);
      // A password is checked (scrypt runs) on every counted attempt, account or no account.
      expect(verify).toHaveBeenCalledTimes(MAX_SIGN_IN_ATTEMPTS);
    }
  });

  it("keeps no address in the attempts table, only hashes", async () => {
    const email = `typed-${crypto.randomUUID()}@example.com`;
    await attempt(email, "whatever pass");
    const rows = await database.current.db.execute(sql`select * from sign_in_attempts`);
    expect(JSON.stringify(rows)).not.toContain(email);
  });
});
