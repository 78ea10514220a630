/**
 * Characters PostgreSQL cannot store: NUL (text refuses it) and UTF-16 surrogates without their
 * other half (no UTF-8 for them; jsonb refuses their escapes).
 */
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;
const UNSTORABLE_ALL = new RegExp(UNSTORABLE.source, "gu");
/**
 * Control characters other than tab and line breaks (C0, DEL, C1): never meaningful in a lead,
 * carried in by broken exports and copy and paste.
 */
const CONTROL = /[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** One cheap scan that most text passes: no control character and no surrogate at all. */
const MAYBE_UNCLEAN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uD800-\uDFFF]/;

export function hasUnstorableCharacter(text: string): boolean {
  return UNSTORABLE.test(text);
}

/**
 * What cleanup keeps of a text: NUL and control characters removed, an unpaired surrogate turned
 * into U+FFFD (the replacement character any UTF-8 decoder would show for it).
 */
export function storableText(text: string): string {
  if (!MAYBE_UNCLEAN.test(text)) return text;
  return text
    .replace(UNSTORABLE_ALL, (found) => (found === "\u0000" ? "" : "\uFFFD"))
    .replace(CONTROL, "");
}

/** A text echoed back into what is stored (an error naming a row by its email): never refused. */
export function echoableText(text: string): string {
  return text.replace(UNSTORABLE_ALL, "\uFFFD");
}
