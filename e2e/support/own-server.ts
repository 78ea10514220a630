import { type ChildProcess, spawn } from "node:child_process";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import postgres from "postgres";
import { type Db, openPostgres } from "@/db/client";
import { createTestMember, createTestWorkspace } from "@/server/testing/test-workspace";
import { E2E_DATABASE_URL } from "../../playwright.config";
import { descendantsOf, isRunning } from "./processes";

const NEXT_BIN = createRequire(import.meta.url).resolve("next/dist/bin/next");

/**
 * A server of a test's own, for tests that measure, stop or kill it: on its own port and its own
 * database (the e2e database's name with a suffix), started from the build Playwright's web
 * server made. `npm start` runs the command a user runs; `next` runs next-server itself, so that
 * `pid` is the server's.
 */
export interface OwnServer {
  url: string;
  port: number;
  pid: number;
  databaseUrl: string;
  output: () => string;
  exited: Promise<number | null>;
  /** A workspace and key in this server's database. */
  createWorkspace: (options?: { contactLimit?: number }) => ReturnType<typeof createTestWorkspace>;
  /** A user with a password in one of its workspaces, to sign in to the web app with. */
  createMember: (workspaceId: string) => ReturnType<typeof createTestMember>;
  /** SIGKILL to the server and everything it started; for cleanup after a failed test. */
  kill: () => void;
}

export async function startOwnServer(options: {
  name: string;
  command: "npm start" | "next";
  env?: Record<string, string>;
  /** Keep the database as it is (a restart after a crash) instead of creating it afresh. */
  keepDatabase?: boolean;
  /** The port to listen on (a restart that the same browser origin must reach); else a free one. */
  port?: number;
}): Promise<OwnServer> {
  const databaseUrl = withDatabaseName(E2E_DATABASE_URL, `_${options.name}`);
  if (!options.keepDatabase) await recreateDatabase(databaseUrl);
  const port = options.port ?? (await freePort());
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    DATABASE_URL: databaseUrl,
    LOG_LEVEL: "warn",
    NODE_ENV: "production",
    ...options.env,
  };
  const child =
    options.command === "npm start"
      ? spawn("npm", ["start"], { env, stdio: ["ignore", "pipe", "pipe"] })
      : spawn(process.execPath, [NEXT_BIN, "start", "-p", `${port}`], {
          env,
          stdio: ["ignore", "pipe", "pipe"],
        });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
  const url = `http://127.0.0.1:${port}`;
  await waitUntilAnswering(url, child, () => output);
  return {
    url,
    port,
    pid: child.pid as number,
    databaseUrl,
    output: () => output,
    exited,
    createWorkspace: (workspaceOptions = {}) =>
      withDatabase(databaseUrl, (db) => createTestWorkspace(db, workspaceOptions)),
    createMember: (workspaceId) =>
      withDatabase(databaseUrl, (db) => createTestMember(db, workspaceId)),
    kill: () => killTree(child),
  };
}

async function withDatabase<T>(url: string, use: (db: Db) => Promise<T>): Promise<T> {
  const database = await openPostgres(url, { max: 1 });
  try {
    return await use(database.db);
  } finally {
    await database.close();
  }
}

function killTree(child: ChildProcess): void {
  const pid = child.pid as number;
  for (const descendant of [...descendantsOf(pid)].reverse()) {
    if (isRunning(descendant)) process.kill(descendant, "SIGKILL");
  }
  if (isRunning(pid)) child.kill("SIGKILL");
}

function withDatabaseName(url: string, suffix: string): string {
  const parsed = new URL(url);
  parsed.pathname = `${parsed.pathname}${suffix}`;
  return parsed.toString();
}

async function recreateDatabase(url: string): Promise<void> {
  const parsed = new URL(url);
  const name = parsed.pathname.slice(1);
  parsed.pathname = "/postgres";
  const admin = postgres(parsed.toString(), { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.unsafe(`create database "${name}"`);
  } finally {
    await admin.end();
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

async function waitUntilAnswering(url: string, child: ChildProcess, output: () => string) {
  for (let attempt = 0; attempt < 600; attempt++) {
    if (child.exitCode !== null) throw new Error(`server exited at start:\n${output()}`);
    const answered = await fetch(`${url}/v1/me`).then(
      () => true,
      () => false,
    );
    if (answered) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  killTree(child);
  throw new Error(`server did not answer within 150 s:\n${output()}`);
}
