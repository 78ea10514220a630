import { spawn } from "node:child_process";
import { ConfigError, loadConfig } from "@/lib/config/load-config";
import { buildIfStale } from "./build-if-stale";

try {
  const config = loadConfig();
  buildIfStale();
  const server = spawn("npx", ["next", "start", "-p", String(config.PORT)], {
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production" },
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => server.kill(signal));
  }
  server.on("exit", (code) => process.exit(code ?? 0));
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}
