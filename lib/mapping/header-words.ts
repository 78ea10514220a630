/**
 * A header as lower-case ASCII words: camelCase and snake_case split (`linkedInProfileUrl` →
 * linkedin, profile, url; `LinkedIn` stays one word however it is cased), diacritics dropped
 * (`Téléphone` → telephone), digits kept as words of their own (`Phone1` → phone, 1). Word-level
 * rules (qualifiers, entity prefixes, numbers) read these; whole spellings are compared with
 * normalizeHeader.
 */
export function headerWords(header: string): string[] {
  return header
    .replace(/linked[\s_-]*in/gi, "linkedin")
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .replace(/([A-Za-z])(\d)|(\d)([A-Za-z])/g, "$1$3 $2$4")
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== "");
}
