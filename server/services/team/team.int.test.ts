import { TRPCError } from "@trpc/server";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { MAX_SIGN_IN_ATTEMPTS } from "@/lib/limits";
import { findSession, SESSION_COOKIE } from "@/server/services/auth/sessions";
import { createTestWorkspace } from "@/server/testing/test-workspace";
import { signedInMember, trpcCaller, trpcRequest } from "@/server/testing/trpc-caller";
import { withTestDatabase } from "@/server/testing/with-test-database";

const database = withTestDatabase();
const db = () => database.current.db;

async function ownerOfNewWorkspace(name = "Team workspace") {
  const { workspaceId } = await createTestWorkspace(db(), { name });
  const owner = await signedInMember(db(), workspaceId, { role: "owner" });
  return { workspaceId, owner };
}

function sessionTokenOf(headers: Headers): string {
  const cookie = headers.get("set-cookie") ?? "";
  const value = new RegExp(`${SESSION_COOKIE}=([^;]+)`).exec(cookie)?.[1];
  if (!value) throw new Error(`no session cookie in ${cookie}`);
  return decodeURIComponent(value);
}

async function acceptAs(token: string, password: string) {
  const { trpc, resHeaders } = await trpcRequest();
  await trpc.auth.acceptInvite({ token, password });
  return sessionTokenOf(resHeaders);
}

describe("invites", () => {
  it("let a new teammate choose a password once, and sign them in to the workspace as a member", async () => {
    const { workspaceId, owner } = await ownerOfNewWorkspace();
    const email = `sdr-${crypto.randomUUID()}@example.com`;
    const invite = await owner.trpc.team.invite({ email, role: "member" });
    expect(invite.token.length).toBeGreaterThanOrEqual(40);

    const anonymous = await trpcCaller();
    expect(await anonymous.auth.invite({ token: invite.token })).toMatchObject({
      workspaceName: "Team workspace",
      email,
      role: "member",
      state: "open",
      hasPassword: false,
    });
    const sessionToken = await acceptAs(invite.token, "sdr password 1");
    const session = await findSession(db(), sessionToken);
    expect(session).toMatchObject({ email, workspaceId, role: "member" });

    await expect(acceptAs(invite.token, "another password")).rejects.toMatchObject({
      code: "CONFLICT",
      message: "This invite link has already been used",
    });
    const team = await owner.trpc.team.list();
    expect(team.members.map((member) => [member.email, member.role])).toContainEqual([
      email,
      "member",
    ]);
    expect(team.invites).toEqual([]);
  });

  it("refuse an expired, a revoked or a replaced link, and an unknown token", async () => {
    const { owner } = await ownerOfNewWorkspace();
    const email = `late-${crypto.randomUUID()}@example.com`;
    const first = await owner.trpc.team.invite({ email, role: "member" });
    const second = await owner.trpc.team.invite({ email, role: "member" });
    await expect(acceptAs(first.token, "password 123")).rejects.toMatchObject({
      message: "This invite link was revoked; ask the workspace owner for a new one",
    });
    await db().execute(
      sql`update workspace_invites set expires_at = now() - interval '1 second' where id = ${second.id}`,
    );
    await expect(acceptAs(second.token, "password 123")).rejects.toMatchObject({
      code: "CONFLICT",
      message: "This invite link has expired; ask the workspace owner for a new one",
    });
    const third = await owner.trpc.team.invite({ email, role: "member" });
    await owner.trpc.team.revokeInvite({ inviteId: third.id });
    await expect(acceptAs(third.token, "password 123")).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(acceptAs("made-up-token", "password 123")).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("let someone who already has an account join a second workspace with their password", async () => {
    const first = await ownerOfNewWorkspace("First");
    const second = await ownerOfNewWorkspace("Second");
    const invite = await second.owner.trpc.team.invite({ email: first.owner.email, role: "owner" });
    const anonymous = await trpcCaller();
    expect((await anonymous.auth.invite({ token: invite.token })).hasPassword).toBe(true);
    await expect(acceptAs(invite.token, "not the password")).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
    const token = await acceptAs(invite.token, first.owner.password);
    const caller = await trpcCaller(token);
    expect(await caller.workspace.current()).toMatchObject({ name: "Second", role: "owner" });
    const workspaces = await caller.workspace.list();
    expect(workspaces.map((workspace) => workspace.name)).toEqual(["First", "Second"]);

    await caller.workspace.switch({ workspaceId: first.workspaceId });
    expect(await (await trpcCaller(token)).workspace.current()).toMatchObject({ name: "First" });
  });

  it("count wrong passwords of an existing account like sign-in attempts, and lock them out alike", async () => {
    const first = await ownerOfNewWorkspace("Guessed");
    const second = await ownerOfNewWorkspace("Guessing");
    const invite = await second.owner.trpc.team.invite({
      email: first.owner.email,
      role: "member",
    });
    for (let attempt = 1; attempt <= MAX_SIGN_IN_ATTEMPTS; attempt++) {
      await expect(acceptAs(invite.token, `wrong password ${attempt}`)).rejects.toMatchObject({
        code: "UNAUTHORIZED",
      });
    }
    await expect(acceptAs(invite.token, first.owner.password)).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
    });
  });

  it("refuse to invite someone who is already a member", async () => {
    const { workspaceId, owner } = await ownerOfNewWorkspace();
    const member = await signedInMember(db(), workspaceId, { role: "member" });
    await expect(
      owner.trpc.team.invite({ email: member.email.toUpperCase(), role: "member" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

describe("roles", () => {
  it("let members see the team but not manage it or the API keys", async () => {
    const { workspaceId } = await ownerOfNewWorkspace();
    const member = await signedInMember(db(), workspaceId, { role: "member" });
    expect((await member.trpc.team.list()).members).toHaveLength(2);
    const refused = [
      member.trpc.team.invite({ email: "x@example.com", role: "member" }),
      member.trpc.team.revokeInvite({ inviteId: "x" }),
      member.trpc.team.removeMember({ userId: "x" }),
      member.trpc.apiKeys.list(),
      member.trpc.apiKeys.create({ name: "mine" }),
      member.trpc.apiKeys.revoke({ keyId: "x" }),
    ];
    for (const call of refused) {
      await expect(call).rejects.toSatisfy(
        (error) => error instanceof TRPCError && error.code === "FORBIDDEN",
      );
    }
  });
});

describe("removing a member", () => {
  it("ends their sessions at once and keeps them out of the workspace", async () => {
    const { workspaceId, owner } = await ownerOfNewWorkspace();
    const member = await signedInMember(db(), workspaceId, { role: "member" });
    expect(await member.trpc.leads.count({})).toEqual({ count: 0 });
    await owner.trpc.team.removeMember({ userId: member.user.id });
    expect(await findSession(db(), member.token)).toBeNull();
    await expect((await trpcCaller(member.token)).leads.count({})).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
    await expect(owner.trpc.team.removeMember({ userId: member.user.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("never leaves a workspace without an owner, and nobody removes themselves", async () => {
    const { workspaceId, owner } = await ownerOfNewWorkspace();
    await expect(owner.trpc.team.removeMember({ userId: owner.user.id })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    const second = await signedInMember(db(), workspaceId, { role: "owner" });
    await second.trpc.team.removeMember({ userId: owner.user.id });
    expect(await findSession(db(), owner.token)).toBeNull();
  });
});
