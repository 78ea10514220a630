const BRACKETED = /<([^<>]*)>/;
const MAILTO = /^mailto:/i;
const MAILTO_QUERY = /\?.*$/;

/** `mailto:` links and `Name <a@b.com>` headers are how addresses leave mail clients and CRMs. */
export function cleanEmail(raw: string): string {
  let value = raw.trim();
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
 * punycode. 254 is the SMTP path limit (RFC 5321 §4.5.3.1.3 less the brackets).
 */
const EMAIL =
  /^(?!\.)(?!.*\.\.)[^\s@<>()[\]\\,;:"]{1,64}(?<!\.)@(?:[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}-]{0,61}[\p{L}\p{M}\p{N}])?\.)+(?:\p{L}[\p{L}\p{M}]{1,62}|xn--[a-z\d-]{1,59})$/iu;

export function isValidEmail(email: string): boolean {
  return email.length <= 254 && EMAIL.test(email);
}
