import { availableParallelism } from "node:os";
import { z } from "zod";
import { BATCHES_IN_FLIGHT, MIN_BATCHES_IN_FLIGHT } from "@/lib/limits";

const LOG_LEVELS = ["debug", "info", "warn", "error", "silent"] as const;

const configSchema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  PGLITE_DIR: z.string().trim().min(1).default(".data/pglite"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  LOG_LEVEL: z.enum(LOG_LEVELS).default("info"),
  /** How long a stopping server waits for requests in flight (keep it under the kill timeout). */
  SHUTDOWN_DRAIN_SECONDS: z.coerce.number().int().min(0).max(3600).default(25),
  /**
   * Batches one import writes at once. More writers than cores cost PostgreSQL more CPU per lead,
   * not less: they contend for the same index pages (README, "Performance").
   */
  IMPORT_BATCHES_IN_FLIGHT: z.coerce
    .number()
    .int()
    .min(MIN_BATCHES_IN_FLIGHT)
    .max(BATCHES_IN_FLIGHT)
    .default(Math.min(BATCHES_IN_FLIGHT, Math.max(MIN_BATCHES_IN_FLIGHT, availableParallelism()))),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});

export type Config = z.infer<typeof configSchema>;
export type LogLevel = Config["LOG_LEVEL"];

export class ConfigError extends Error {}

/** Parses the environment; a wrong value names the variable so start-up can stop with it. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
  throw new ConfigError(`Invalid configuration:\n  ${problems.join("\n  ")}`);
}

let cached: Config | undefined;

export function getConfig(): Config {
  cached ??= loadConfig();
  return cached;
}
