import { ConfigError, loadConfig } from "@/lib/config/load-config";
import { buildIfStale } from "./build-if-stale";
import { startNext } from "./start-next";

try {
  const config = loadConfig();
  buildIfStale();
  startNext(config.PORT);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}
