const RETRYABLE_CODES = new Set([
  "40P01", // deadlock_detected
  "40001", // serialization_failure
  "23505", // unique_violation: a concurrent import made a restored email active first
]);

function sqlStateOf(error: unknown): string | undefined {
  for (let current = error; current; current = (current as { cause?: unknown }).cause) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string") return code;
  }
  return undefined;
}

export function isUniqueViolation(error: unknown): boolean {
  return sqlStateOf(error) === "23505";
}

/**
 * PostgreSQL refused a text it cannot store: a NUL in text (22021) or in a JSON escape (22P05), an
 * unpaired surrogate's JSON escape (22P02, "Unicode low surrogate…"). Lead rows are checked for
 * these before they are written; this is the net for anything else a request stores as it is.
 */
export function isUnstorableTextError(error: unknown): boolean {
  const code = sqlStateOf(error);
  if (code === "22021" || code === "22P05") return true;
  return code === "22P02" && /unicode|surrogate/i.test(messagesOf(error));
}

function messagesOf(error: unknown): string {
  const messages: string[] = [];
  for (let current = error; current; current = (current as { cause?: unknown }).cause) {
    messages.push(String((current as { message?: unknown }).message ?? ""));
  }
  return messages.join(" ");
}

export function isTransientDatabaseError(error: unknown): boolean {
  const code = sqlStateOf(error);
  return code !== undefined && RETRYABLE_CODES.has(code);
}

/** Runs a whole transaction again when PostgreSQL aborted it for a reason a retry resolves. */
export async function retryTransient<T>(run: () => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= attempts || !isTransientDatabaseError(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 5 * attempt + Math.random() * 20));
    }
  }
}
