/**
 * A header (or a short value) reduced to lower-case ASCII letters and digits, so that `E-Mail`,
 * `e_mail`, `Email ` and `É-mail` compare equal: diacritics dropped, spaces, punctuation,
 * underscores and hyphens removed.
 */
export function normalizeHeader(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}
