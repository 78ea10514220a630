const NEEDS_ESCAPE = /["\\]/;
const NEEDS_ESCAPE_ALL = /["\\]/g;
/** A JSON escape other than \" and \\ (a control character, a lone surrogate). */
const OTHER_JSON_ESCAPE = /\\[^"\\]/;

/**
 * A PostgreSQL array literal (docs: "Arrays", Array Value Input): elements double-quoted with `"`
 * and `\` escaped, so any text survives, and null as NULL. Sent as one text parameter and cast
 * (`$1::text[]`), it reads the same on postgres.js and PGlite.
 *
 * A JSON array of strings is already such a literal once its brackets are braces, unless it holds
 * an escape like \n (PostgreSQL would read it as n). V8's native JSON writer is much cheaper than
 * a loop here building the literal, and imports send many values, so JSON is tried first.
 */
export function arrayLiteral(values: ReadonlyArray<string | null | undefined>): string {
  const json = JSON.stringify(values);
  if (!OTHER_JSON_ESCAPE.test(json)) return `{${json.slice(1, -1)}}`;
  const elements = values.map((value) => {
    if (value == null) return "NULL";
    return NEEDS_ESCAPE.test(value) ? `"${value.replace(NEEDS_ESCAPE_ALL, "\\$&")}"` : `"${value}"`;
  });
  return `{${elements.join(",")}}`;
}
