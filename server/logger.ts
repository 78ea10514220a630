import { getConfig, type LogLevel } from "@/lib/config/load-config";

const SEVERITY: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };

type Fields = Record<string, unknown>;

export interface Logger {
  debug(message: string, fields?: Fields): void;
  info(message: string, fields?: Fields): void;
  warn(message: string, fields?: Fields): void;
  error(message: string, fields?: Fields): void;
  child(fields: Fields): Logger;
}

/** A failed query's message lists its parameters: a batch of leads, which a log must not carry. */
const MAX_MESSAGE_CHARS = 1_000;
const MAX_CAUSES = 3;

function shortened(text: string): string {
  return text.length > MAX_MESSAGE_CHARS
    ? `${text.slice(0, MAX_MESSAGE_CHARS)}… (${text.length - MAX_MESSAGE_CHARS} more characters)`
    : text;
}

/** Name, SQLSTATE code, message (shortened), stack frames and the chain of causes. */
function serialiseError(error: Error, depth = 0): Fields {
  const fields: Fields = { name: error.name, message: shortened(error.message) };
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string") fields.code = code;
  const frames = error.stack?.split("\n").filter((line) => line.trimStart().startsWith("at "));
  if (frames?.length) fields.stack = frames.map((line) => line.trim());
  const { cause } = error;
  if (cause instanceof Error && depth < MAX_CAUSES) fields.cause = serialiseError(cause, depth + 1);
  else if (cause !== undefined && !(cause instanceof Error))
    fields.cause = shortened(String(cause));
  return fields;
}

function serialise(value: unknown): unknown {
  return value instanceof Error ? serialiseError(value) : value;
}

/** One JSON line per entry on stdout/stderr, so any log shipper can read it. */
export function createLogger(base: Fields = {}, level: LogLevel = getConfig().LOG_LEVEL): Logger {
  const write = (entryLevel: Exclude<LogLevel, "silent">, message: string, fields?: Fields) => {
    if (SEVERITY[entryLevel] < SEVERITY[level]) return;
    const entry: Fields = { time: new Date().toISOString(), level: entryLevel, message, ...base };
    for (const [key, value] of Object.entries(fields ?? {})) entry[key] = serialise(value);
    const line = JSON.stringify(entry);
    if (SEVERITY[entryLevel] >= SEVERITY.warn) console.error(line);
    else console.log(line);
  };
  return {
    debug: (message, fields) => write("debug", message, fields),
    info: (message, fields) => write("info", message, fields),
    warn: (message, fields) => write("warn", message, fields),
    error: (message, fields) => write("error", message, fields),
    child: (fields) => createLogger({ ...base, ...fields }, level),
  };
}

export const logger = createLogger();
