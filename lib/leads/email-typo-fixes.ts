import { emailIdentity } from "./email-identity";

/** The typos the wizard offers to fix, each with the words the suggestion shows. */
export const EMAIL_TYPO_RULES = {
  "at-word": "“(at)” written for @",
  "dot-word": "“(dot)” written for a dot",
  "double-at": "@ typed twice",
  "comma-in-domain": "a comma for a dot in the domain",
  spaces: "spaces inside the address",
  "stray-punctuation": "a dot or comma at an end",
  "domain-typo": "a misspelt mail provider",
  "missing-tld": "a mail provider without “.com”",
} as const;

export type EmailTypoRule = keyof typeof EMAIL_TYPO_RULES;

export interface EmailFix {
  value: string;
  rules: EmailTypoRule[];
}

/** Mail providers people type by heart, the ones whose misspellings are worth knowing. */
const PROVIDERS = ["gmail", "googlemail", "yahoo", "hotmail", "outlook", "icloud", "aol", "live"];
/** Misspellings of ".com" that are no real top-level domain (".co" and ".cm" are real: left be). */
const COM_TYPOS = ["con", "cmo", "ocm", "vom", "xom", "comm", "coom", "c0m", "cpm", "comn"];
const PROVIDER_TYPOS: Record<string, string> = {
  gmial: "gmail",
  gamil: "gmail",
  gmai: "gmail",
  gnail: "gmail",
  gmaill: "gmail",
  gmal: "gmail",
  gmil: "gmail",
  hotmial: "hotmail",
  hotmal: "hotmail",
  homail: "hotmail",
  hotmil: "hotmail",
  yaho: "yahoo",
  yahooo: "yahoo",
  outlok: "outlook",
  iclould: "icloud",
};

/** Misspelt provider domains and what they stand for: `gmail.con`, `gmial.com` → `gmail.com`. */
const DOMAIN_TYPOS = new Map<string, string>([
  ...PROVIDERS.flatMap((provider) =>
    COM_TYPOS.map((tld): [string, string] => [`${provider}.${tld}`, `${provider}.com`]),
  ),
  ...Object.entries(PROVIDER_TYPOS).map(([typo, provider]): [string, string] => [
    `${typo}.com`,
    `${provider}.com`,
  ]),
]);
/** Providers only ever used as `.com` addresses, so a bare `@gmail` means `@gmail.com`. */
const COM_ONLY = new Set(["gmail", "googlemail", "hotmail", "outlook", "icloud", "aol"]);

const AT_WORD = /\s*[([{<]\s*at\s*[)\]}>]\s*|\s+at\s+/i;
const DOT_WORD = /\s*[([{<]\s*dot\s*[)\]}>]\s*/gi;
const STRAY_ENDS = /^[.,;:]+|[.,;:]+$/g;

type Step = (value: string) => string;

const STEPS: ReadonlyArray<[EmailTypoRule, Step]> = [
  ["at-word", (value) => (value.includes("@") ? value : value.replace(AT_WORD, "@"))],
  ["dot-word", (value) => value.replace(DOT_WORD, ".")],
  ["double-at", (value) => value.replace(/@{2,}/g, "@")],
  ["comma-in-domain", (value) => onDomain(value, (domain) => domain.replace(/,(?=\p{L})/gu, "."))],
  ["spaces", (value) => value.replace(/\s+/g, "")],
  ["stray-punctuation", (value) => value.replace(STRAY_ENDS, "")],
  [
    "domain-typo",
    (value) => onDomain(value, (domain) => DOMAIN_TYPOS.get(domain.toLowerCase()) ?? domain),
  ],
  [
    "missing-tld",
    (value) =>
      onDomain(value, (domain) => (COM_ONLY.has(domain.toLowerCase()) ? `${domain}.com` : domain)),
  ],
];

/** `value` with its domain (what follows its only @) changed; unchanged without exactly one @. */
function onDomain(value: string, change: (domain: string) => string): string {
  const at = value.indexOf("@");
  if (at < 0 || value.indexOf("@", at + 1) >= 0) return value;
  return `${value.slice(0, at + 1)}${change(value.slice(at + 1))}`;
}

/**
 * The address a typed email most likely meant, or null. A suggestion is made only when the
 * address fails (the engine's own check, `emailIdentity`) and the fix passes it, or when a valid
 * address names a misspelt mail provider (`gmail.con`). Any other valid address, however unusual,
 * gets none; so does one no rule can mend (`@northwind.com`, `none`). Never applied by itself:
 * the wizard shows each suggestion with its before and after for the user to accept.
 */
export function suggestEmailFix(raw: string, dataCleanup: boolean): EmailFix | null {
  const original = raw.trim();
  if (original === "") return null;
  const isValid = emailIdentity(original, dataCleanup) !== null;
  let value = original;
  const rules: EmailTypoRule[] = [];
  for (const [rule, step] of STEPS) {
    if (isValid && rule !== "domain-typo") continue;
    const next = step(value);
    if (next !== value) rules.push(rule);
    value = next;
  }
  if (rules.length === 0 || emailIdentity(value, dataCleanup) === null) return null;
  return { value, rules };
}
