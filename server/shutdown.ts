import { ServiceError } from "@/server/errors";
import type { Logger } from "@/server/logger";

const SIGNALS = ["SIGTERM", "SIGINT"] as const;
type ShutdownSignal = (typeof SIGNALS)[number];

// Route handlers and instrumentation are bundled apart: the flag lives on globalThis so both see it.
const shutdown = globalThis as typeof globalThis & { leadportShuttingDown?: boolean };

export function isShuttingDown(): boolean {
  return shutdown.leadportShuttingDown === true;
}

/** New work is refused while the server drains; the client sends it again and reaches another. */
export function shuttingDownError(): ServiceError {
  return new ServiceError(
    "SERVICE_UNAVAILABLE",
    "This server is shutting down; send the request again",
  );
}

export function refuseWhileShuttingDown(): void {
  if (isShuttingDown()) throw shuttingDownError();
}

interface DrainOptions {
  drainSeconds: number;
  logger: Logger;
  /** Records what is still running as interrupted, just before the process exits. */
  beforeExit: () => Promise<void>;
  exit?: (code: number) => void;
}

/**
 * Bounds the drain of a stopping server. On SIGTERM or SIGINT, Next.js's own handler (`next
 * start`) stops listening and exits once every request in flight is answered; requests that arrive
 * on open connections meanwhile are refused (refuseWhileShuttingDown). A request that does not end
 * (a slow upload) would hold that exit forever: after `drainSeconds` the server runs `beforeExit`
 * and exits anyway.
 */
export function drainOnSignal(options: DrainOptions): void {
  for (const signal of SIGNALS) process.on(signal, () => beginShutdown(signal, options));
}

export function beginShutdown(signal: ShutdownSignal, options: DrainOptions): void {
  if (isShuttingDown()) return;
  shutdown.leadportShuttingDown = true;
  const { logger, drainSeconds } = options;
  logger.info("shutting down: finishing the requests in flight", { signal, drainSeconds });
  const exitAnyway = async () => {
    logger.warn("drain time is up: exiting with requests still in flight", { signal });
    await options.beforeExit().catch((error: unknown) => {
      logger.error("could not record the interrupted work", { error });
    });
    (options.exit ?? process.exit)(signal === "SIGINT" ? 130 : 143);
  };
  setTimeout(exitAnyway, drainSeconds * 1000).unref();
}
