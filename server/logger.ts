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

function serialise(value: unknown): unknown {
  if (value instanceof Error) {
    return { name: value.name, message: value.message, stack: value.stack, cause: value.cause };
  }
  return value;
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
