import { type APIRequestContext, expect, test } from "@playwright/test";
import { MAX_ANONYMOUS_BODY_BYTES, MAX_SIGN_IN_ATTEMPTS, MAX_TRPC_BATCH } from "@/lib/limits";
import { trpcMutation, trpcQuery } from "../support/api";
import { createE2EMember } from "../support/session";
import { createE2EWorkspace } from "../support/workspace";

async function newMember() {
  const { workspaceId } = await createE2EWorkspace();
  return createE2EMember(workspaceId);
}

async function signIn(
  request: APIRequestContext,
  credentials: { email: string; password: string },
) {
  const response = await trpcMutation(request, "auth.signIn", credentials);
  expect(response.status(), await response.text()).toBe(200);
}

/** A batch call: `calls` procedures at one path, inputs keyed by position. */
function batch(request: APIRequestContext, path: string, inputs: unknown[]) {
  const paths = inputs.map(() => path).join(",");
  return request.post(`/api/trpc/${paths}?batch=1`, { data: { ...inputs } });
}

test("input the schema refuses is a 400 naming the problem, never a 500", async ({ request }) => {
  const malformed = await trpcMutation(request, "auth.signIn", { email: "nope", password: "x" });
  expect(malformed.status()).toBe(400);
  const { error } = await malformed.json();
  expect(error.message).toBe("Invalid input: email: Invalid email address");
  expect(error.data).toMatchObject({ code: "BAD_REQUEST", appCode: "VALIDATION_ERROR" });
  expect(error.data.details).toContainEqual({ path: "password", message: "at least 8 characters" });

  await signIn(request, await newMember());
  const tooMany = await trpcQuery(request, "leads.list", { limit: 100_000 });
  expect(tooMany.status()).toBe(400);
  expect((await tooMany.json()).error.message).toMatch(/^Invalid input: limit: /);
  const empty = await trpcMutation(request, "apiKeys.create", {});
  expect(empty.status()).toBe(400);
  expect((await empty.json()).error.data.appCode).toBe("VALIDATION_ERROR");
});

test(`a batch of more than ${MAX_TRPC_BATCH} calls is refused whole, before any of them runs`, async ({
  request,
}) => {
  const member = await newMember();
  const guesses = Array.from({ length: 100 }, (_, i) => ({
    email: member.email,
    password: `guess number ${i}`,
  }));
  const refused = await batch(request, "auth.signIn", guesses);
  expect(refused.status()).toBe(400);
  expect(JSON.stringify(await refused.json())).toContain("Batch call exceeds maximum size");
  // None of the 100 was counted against the account.
  await signIn(request, member);
  const queries = Array(MAX_TRPC_BATCH).fill("auth.status").join(",");
  const allowed = await request.get(`/api/trpc/${queries}?batch=1&input={}`);
  expect(allowed.status()).toBe(200);
});

test(`sign-in locks an account after ${MAX_SIGN_IN_ATTEMPTS} attempts, known or unknown alike`, async ({
  request,
}) => {
  const member = await newMember();
  const unknown = { email: `nobody-${crypto.randomUUID()}@example.com`, password: member.password };
  for (const account of [member, unknown]) {
    const statuses: number[] = [];
    for (let i = 0; i < MAX_SIGN_IN_ATTEMPTS; i++) {
      const response = await trpcMutation(request, "auth.signIn", {
        email: account.email,
        password: `wrong password ${i}`,
      });
      statuses.push(response.status());
    }
    expect(statuses).toEqual(Array(MAX_SIGN_IN_ATTEMPTS).fill(401));
    const locked = await trpcMutation(request, "auth.signIn", account);
    expect(locked.status()).toBe(429);
    expect((await locked.json()).error.message).toMatch(/^Too many sign-in attempts/);
  }
});

test("a mutation sent by another site's page is refused; the same site's goes through", async ({
  request,
}) => {
  await signIn(request, await newMember());
  const crossSite = [
    // A form another site posts: the browser says cross-site, or (older browsers) its origin.
    request.post("/api/trpc/auth.signOut", {
      headers: { "sec-fetch-site": "cross-site", origin: "https://evil.example" },
      multipart: { anything: "x" },
    }),
    request.post("/api/trpc/auth.signOut", {
      headers: { "sec-fetch-site": "same-site", origin: "https://other.127.0.0.1.nip.io" },
      data: {},
    }),
    request.post("/api/trpc/auth.signOut", {
      headers: { origin: "https://evil.example" },
      data: {},
    }),
  ];
  for (const response of await Promise.all(crossSite)) {
    expect(response.status()).toBe(403);
    expect((await response.json()).error.data.appCode).toBe("FORBIDDEN");
  }
  expect((await trpcQuery(request, "workspace.current")).status()).toBe(200);

  const sameOrigin = await request.post("/api/trpc/auth.signOut", {
    headers: { "sec-fetch-site": "same-origin" },
    data: {},
  });
  expect(sameOrigin.status()).toBe(200);
  expect((await trpcQuery(request, "workspace.current")).status()).toBe(401);
});

test("a body is limited before it is read: small without a session, a chunk's size with one", async ({
  request,
}) => {
  const oversized = { email: "a@b.co", password: "x".repeat(MAX_ANONYMOUS_BODY_BYTES) };
  const refused = await trpcMutation(request, "auth.signIn", oversized);
  expect(refused.status()).toBe(413);
  expect((await refused.json()).error.data.appCode).toBe("PAYLOAD_TOO_LARGE");

  const { workspaceId } = await createE2EWorkspace();
  await signIn(request, await createE2EMember(workspaceId));
  const notes = "n".repeat(2 * MAX_ANONYMOUS_BODY_BYTES);
  const chunk = await trpcMutation(request, "imports.chunk", {
    chunkIndex: 0,
    rowNumbers: [2],
    targets: ["email", "notes"],
    rows: [["big-notes@example.com", notes]],
    options: {},
    dryRun: true,
  });
  expect(chunk.status(), await chunk.text()).toBe(200);
});

test("a body that is not JSON is refused with 415", async ({ request }) => {
  const response = await request.post("/api/trpc/auth.signIn", {
    headers: { "content-type": "text/plain" },
    data: JSON.stringify({ email: "a@b.co", password: "whatever123" }),
  });
  expect(response.status()).toBe(415);
});
