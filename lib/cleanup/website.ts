const WHITESPACE = /\s+/g;
const HAS_WHITESPACE = /\s/;
const BARE_DOMAIN =
  /^(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}{2,}(?::\d{1,5})?(?:[/?#]\S*)?$/u;

/**
 * Trimmed, and `https://` added to a bare domain (`acme.com`, `www.acme.com/about`) so the value
 * works as a link; anything else (`N/A`, `http://…`, an email) is kept as it came.
 */
export function cleanWebsite(raw: string): string {
  const value = raw.trim();
  if (HAS_WHITESPACE.test(value)) return value.replace(WHITESPACE, " ");
  return BARE_DOMAIN.test(value) ? `https://${value}` : value;
}
