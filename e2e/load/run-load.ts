import type { LoadParticipants } from "./load-plan";

export type Operation = "bulk" | "csv" | "read" | "wizard" | "sign-in" | "guess";

/** One request the load sent and what came of it. */
export interface LoadRecord {
  operation: Operation;
  /** HTTP status, or 0 when no answer came. */
  status: number;
  ms: number;
  workspace: number;
  /** The API key used and the rate-limit window it was counted in (its X-RateLimit-Reset). */
  key?: string;
  window?: string;
  /** Emails a successful write sent. */
  emails?: string[];
}

/** How often each operation is picked: mostly writes and reads, some wizard runs and sign-ins. */
const WEIGHTS: Array<[Operation, number]> = [
  ["bulk", 3],
  ["csv", 2],
  ["read", 4],
  ["wizard", 1],
  ["sign-in", 1],
  ["guess", 1],
];

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)] as T;

function pickOperation(): Operation {
  const total = WEIGHTS.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = Math.random() * total;
  for (const [operation, weight] of WEIGHTS) {
    roll -= weight;
    if (roll < 0) return operation;
  }
  return "read";
}

/** Emails drawn from a pool per workspace, so later requests meet earlier leads. */
function emailsFor(workspace: number, count: number): string[] {
  const emails = new Set<string>();
  while (emails.size < count)
    emails.add(`w${workspace}-${Math.floor(Math.random() * 4_000)}@load.example.com`);
  return [...emails];
}

interface Context {
  baseUrl: string;
  participants: LoadParticipants;
  /** Each workspace's member's session cookie. */
  cookies: string[];
  records: LoadRecord[];
}

async function timed(
  context: Context,
  base: Omit<LoadRecord, "status" | "ms">,
  send: () => Promise<Response>,
  onSuccess?: (response: Response) => Promise<void> | void,
): Promise<Response | null> {
  const start = performance.now();
  try {
    const response = await send();
    await response.clone().arrayBuffer();
    const record: LoadRecord = { ...base, status: response.status, ms: performance.now() - start };
    const reset = response.headers.get("x-ratelimit-reset");
    if (base.key && reset) record.window = reset;
    if (response.ok) await onSuccess?.(response);
    if (!response.ok) delete record.emails;
    context.records.push(record);
    return response;
  } catch {
    context.records.push({ ...base, status: 0, ms: performance.now() - start });
    return null;
  }
}

async function api(context: Context, workspace: number, operation: "bulk" | "csv" | "read") {
  const key = pick(context.participants.workspaces[workspace]?.keys ?? []);
  const headers = { "X-Api-Key": key };
  if (operation === "read") {
    return timed(context, { operation, workspace, key }, () =>
      fetch(`${context.baseUrl}/v1/leads?limit=50&search=w${workspace}-1`, { headers }),
    );
  }
  const emails = emailsFor(workspace, operation === "bulk" ? 100 : 200);
  if (operation === "bulk") {
    const body = JSON.stringify({
      leads: emails.map((email) => ({ email, firstName: "Load", tags: ["load"] })),
      skipDuplicates: Math.random() < 0.5,
    });
    return timed(context, { operation, workspace, key, emails }, () =>
      fetch(`${context.baseUrl}/v1/leads/bulk`, {
        method: "POST",
        headers: { ...headers, "content-type": "application/json" },
        body,
      }),
    );
  }
  const form = new FormData();
  const csv = `Email,First Name,Company\n${emails.map((email) => `${email},Load,Acme`).join("\n")}\n`;
  form.append("file", new Blob([csv], { type: "text/csv" }), "load.csv");
  return timed(context, { operation, workspace, key, emails }, () =>
    fetch(`${context.baseUrl}/v1/leads/import/csv`, { method: "POST", headers, body: form }),
  );
}

function trpc(context: Context, path: string, input: unknown, cookie?: string) {
  return fetch(`${context.baseUrl}/api/trpc/${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(input),
  });
}

/** A whole wizard run: start, one chunk of 100 rows, finish; each call one record. */
async function wizard(context: Context, workspace: number) {
  const cookie = context.cookies[workspace];
  const emails = emailsFor(workspace, 100);
  const options = { skipDuplicates: true, dataCleanup: true };
  const started = await timed(context, { operation: "wizard", workspace }, () =>
    trpc(
      context,
      "imports.start",
      {
        fileName: "load.csv",
        fileSize: 4_000,
        totalRows: emails.length,
        encoding: "utf-8",
        delimiter: ",",
        mapping: { Email: "email" },
        options,
      },
      cookie,
    ),
  );
  if (!started?.ok) return;
  const importId = (await started.json()).result.data.importId as string;
  const chunk = {
    importId,
    chunkIndex: 0,
    rowNumbers: emails.map((_, index) => index + 2),
    targets: ["email"],
    rows: emails.map((email) => [email]),
    options,
  };
  await timed(context, { operation: "wizard", workspace, emails }, () =>
    trpc(context, "imports.chunk", chunk, cookie),
  );
  await timed(context, { operation: "wizard", workspace }, () =>
    trpc(context, "imports.finish", { importId, status: "finished" }, cookie),
  );
}

async function signIn(context: Context, workspace: number, guess: boolean) {
  const { member } = context.participants.workspaces[workspace] ?? {};
  const credentials = guess
    ? { email: context.participants.target.email, password: `guess-${Math.random()}` }
    : member;
  await timed(context, { operation: guess ? "guess" : "sign-in", workspace }, () =>
    trpc(context, "auth.signIn", credentials),
  );
}

async function sessionCookie(baseUrl: string, member: { email: string; password: string }) {
  const response = await fetch(`${baseUrl}/api/trpc/auth.signIn`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(member),
  });
  if (!response.ok) throw new Error(`could not sign in for the load: ${response.status}`);
  return (response.headers.get("set-cookie") ?? "").split(";")[0] as string;
}

/**
 * Mixed traffic for `seconds` from `workers` concurrent clients, over loopback: bulk calls and CSV
 * uploads (100 and 200 leads), lead reads, wizard runs and sign-ins (right ones, and guesses at
 * one account) across every workspace and key. Returns every request's record.
 */
export async function runLoad(options: {
  baseUrl: string;
  participants: LoadParticipants;
  seconds: number;
  workers: number;
}): Promise<LoadRecord[]> {
  const cookies = await Promise.all(
    options.participants.workspaces.map((workspace) =>
      sessionCookie(options.baseUrl, workspace.member),
    ),
  );
  const context: Context = { ...options, cookies, records: [] };
  const deadline = Date.now() + options.seconds * 1000;
  const worker = async () => {
    while (Date.now() < deadline) {
      const workspace = Math.floor(Math.random() * options.participants.workspaces.length);
      const operation = pickOperation();
      if (operation === "wizard") await wizard(context, workspace);
      else if (operation === "sign-in" || operation === "guess") {
        await signIn(context, workspace, operation === "guess");
      } else await api(context, workspace, operation);
    }
  };
  await Promise.all(Array.from({ length: options.workers }, worker));
  return context.records;
}
