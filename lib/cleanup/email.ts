const BRACKETED = /<([^<>]*)>/;
const MAILTO = /^mailto:/i;
const MAILTO_QUERY = /\?.*$/;
/**
 * Format characters (Unicode Cf): zero-width spaces and joiners, bidirectional marks and
 * overrides, soft hyphens. Invisible, so two addresses that look the same on screen would make two
 * leads, and an override can show an address other than the one stored.
 */
const INVISIBLE = /\p{Cf}/gu;

/**
 * `mailto:` links and `Name <a@b.com>` headers are how addresses leave mail clients and CRMs;
 * invisible characters come along with copy and paste.
 */
export function cleanEmail(raw: string): string {
  let value = raw.replace(INVISIBLE, "").trim();
  if (value.includes("<")) {
    const bracketed = BRACKETED.exec(value);
    if (bracketed?.[1] !== undefined) value = bracketed[1].trim();
  }
  if (MAILTO.test(value)) value = value.slice(7).replace(MAILTO_QUERY, "").trim();
  return value.toLowerCase();
}

/*
 * Practical rather than RFC 5322: the local part excludes what only quoted local parts allow,
 * the domain takes internationalised labels (letters of any script), and the TLD is letters or
 * punycode. 254 is the SMTP path limit (RFC 5321 §4.5.3.1.3 less the brackets). Control, format
 * (invisible) and lone surrogate characters are refused: no mail system delivers to them.
 */
const EMAIL =
  /^(?!\.)(?!.*\.\.)[^\s@<>()[\]\\,;:"\p{Cc}\p{Cf}\p{Cs}]{1,64}(?<!\.)@(?:[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}-]{0,61}[\p{L}\p{M}\p{N}])?\.)+(?:\p{L}[\p{L}\p{M}]{1,62}|xn--[a-z\d-]{1,59})$/iu;

export function isValidEmail(email: string): boolean {
  return email.length <= 254 && EMAIL.test(email);
}
