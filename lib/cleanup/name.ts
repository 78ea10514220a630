/*
 * An allow-list rather than a list of emoji: letters of any script with their accents, digits,
 * and the punctuation real names use. Variation selectors and the keycap mark are marks (\p{M})
 * that only ever follow emoji, so they go too.
 */
const NOT_IN_PERSON_NAME = /[^\p{L}\p{M}\p{Nd}\s'’.,-]|[\uFE00-\uFE0F\u20E3]/gu;
// Legal names use a few more: "AT&T", "Yahoo!", "Acme (UK) Ltd", "Google+", "Toys/Games".
const NOT_IN_COMPANY_NAME = /[^\p{L}\p{M}\p{Nd}\s'’.,&()/+!-]|[\uFE00-\uFE0F\u20E3]/gu;
const WHITESPACE = /\s+/g;
const LOOSE_ENDS = /^[\s,-]+|[\s,-]+$/g;
const NON_ASCII = /[^\x20-\x7E]/;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const WORD_START = /(^|[\s'’.-])(\p{Ll})/gu;
const MC_PREFIX = /(^|[\s-])Mc(\p{Ll})/gu;

function stripToAllowed(raw: string, notAllowed: RegExp): string {
  let kept = raw.replace(notAllowed, "");
  // NFKC folds the "fancy font" letters of social bios (𝐉𝐨𝐡𝐧, ｊｏｈｎ) back to plain ones; it runs
  // after stripping because it would also spell symbols out (™ to "TM").
  if (NON_ASCII.test(kept)) kept = kept.normalize("NFKC").replace(notAllowed, "");
  return kept.replace(WHITESPACE, " ").replace(LOOSE_ENDS, "");
}

/**
 * A letter's capital, or the letter itself where its capital is more than one letter ("ß" is
 * "SS", Greek "ᾀ" is "ἈΙ"): written out, it would read as ALL-CAPS to the next cleanup.
 */
function capitalOf(letter: string): string {
  const capital = letter.toUpperCase();
  return capital.length === letter.length ? capital : letter;
}

function titleCase(name: string): string {
  return name
    .toLowerCase()
    .replace(WORD_START, (_, before: string, letter: string) => before + capitalOf(letter))
    .replace(
      MC_PREFIX,
      (_, before: string, letter: string) => `${before}Mc${letter.toUpperCase()}`,
    );
}

/** Emoji and symbols removed, whitespace collapsed; ALL-CAPS and all-lower names title-cased. */
export function cleanPersonName(raw: string): string {
  const name = stripToAllowed(raw, NOT_IN_PERSON_NAME);
  const hasUpper = UPPER.test(name);
  const hasLower = LOWER.test(name);
  return hasUpper !== hasLower ? titleCase(name) : name;
}

/** Emoji and symbols removed, whitespace collapsed; case kept, since "IBM" and "ACME" are names. */
export function cleanCompanyName(raw: string): string {
  return stripToAllowed(raw, NOT_IN_COMPANY_NAME);
}
