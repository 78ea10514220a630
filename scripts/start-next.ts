import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { constants } from "node:os";

const NEXT_BIN = createRequire(import.meta.url).resolve("next/dist/bin/next");

/**
 * `next start` as this process's own child: no npx and no shell in between, which would not pass
 * signals on (a SIGTERM left next-server orphaned and serving). SIGTERM and SIGINT are handed to
 * it, and this process exits with its exit code once it has drained and exited.
 */
export function startNext(port: number): void {
  const server = spawn(process.execPath, [NEXT_BIN, "start", "-p", String(port)], {
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production" },
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => server.kill(signal));
  }
  server.on("exit", (code, signal) => {
    process.exit(code ?? 128 + (signal ? constants.signals[signal] : 0));
  });
}
