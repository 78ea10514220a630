import type { StandardField } from "@/lib/fields/catalogue";
import { aliasOf, notStandardReason } from "./header-aliases";
import {
  ADDRESS_WORDS,
  COMPANY_ENTITIES,
  LABEL_PARTS,
  LINK_WORDS,
  NAME_WORDS,
  OTHER_PARTIES,
  PAST_QUALIFIERS,
  PERSON_ENTITIES,
  STRONG_QUALIFIERS,
  WEAK_QUALIFIERS,
} from "./header-vocabulary";
import { headerWords } from "./header-words";

/**
 * How directly a header names the lead's field: 0 for the lead's own value (`Email`, `Work Email`,
 * `Mailing City`, `Phone 1 - Value`), 1 for a second-best one (`Personal Email`, `Other Phone`,
 * `Company Phone`, `E-mail 2 - Value`). When two columns could fill one field, tier 0 goes first.
 */
export type HeaderTier = 0 | 1;

export type HeaderReading =
  | {
      kind: "field";
      field: StandardField;
      /** Rank of the alias the header reduced to (lower is stronger), plus what qualified it. */
      rank: number;
      tier: HeaderTier;
      /** The vendor grammar that was understood (`entity prefix "Person - "`), empty for a plain alias. */
      grammar: string[];
    }
  | {
      kind: "custom";
      /** What the header is, as a predicate: `is a full name, …`, `names the owner, not the lead`. */
      reason: string;
      /** Decided by the vendor grammar (an owner's column, a label), not by a known header. */
      isGrammar: boolean;
    };

/** Added to an alias's rank per qualifier, so `Email` beats `Work Email` when all else ties. */
const QUALIFIER_RANK = 1;
/** Added to a weak or company-level reading's rank. */
const WEAK_RANK = 50;
/** Added to a later numbered group's rank (`Email 2`, `E-mail 2 - Value`). */
const LATER_GROUP_RANK = 100;

/** `Phone 1 - Value`, `Address 1 - City`, `Organization 1 - Name` (Google Contacts). */
const NUMBERED_GROUP = /^(.*?[^\d\s])\s*(\d+)\s+-\s+(.+)$/;
/** `Person - Email`, `Contact: Phone`, `Lead.Email`, `Organization - Name`. */
const ENTITY_PREFIX = /^([^:.]+?)(?:\s+-\s+|\s*:\s*|\.(?=\S))(.+)$/;
const IDENTIFIER_WORDS = new Set(["id", "uuid", "guid"]);
const DIGITS = /^\d+$/;

function field(
  field: StandardField,
  rank: number,
  tier: HeaderTier = 0,
  grammar: string[] = [],
): HeaderReading {
  return { kind: "field", field, rank, tier, grammar };
}

function custom(reason: string, isGrammar = true): HeaderReading {
  return { kind: "custom", reason, isGrammar };
}

function noted(reading: HeaderReading | null, note: string, isWeak = false): HeaderReading | null {
  if (reading?.kind !== "field") return reading;
  const weaker = isWeak ? { tier: 1 as const, rank: reading.rank + WEAK_RANK } : {};
  return { ...reading, ...weaker, grammar: [note, ...reading.grammar] };
}

/** Group 1 (or 0) is the lead's value; a later group is a second-best one. */
function numbered(reading: HeaderReading | null, group: number, name: string) {
  if (group <= 1) return noted(reading, `${name}, the first`);
  const later = noted(reading, `${name}, a later one`);
  if (later?.kind !== "field") return later;
  return { ...later, tier: 1 as const, rank: later.rank + LATER_GROUP_RANK };
}

/**
 * What a header alone says about its column, or null when it says nothing known. Understands the
 * grammar vendors build headers with, not only listed spellings: numbered groups (`E-mail 1 -
 * Value`), entity prefixes (`Person - `, `Organization - `, `Contact: `, `Lead.`), qualifiers
 * (`Mailing`, `Primary`, `Associated`, `Current`, `Public`, `Business`, `Mobile`, `Personal`,
 * `Other`), trailing numbers (`Email 2`), other parties' columns (`Contact owner`) and headers in
 * eight languages.
 */
export function readHeader(header: string): HeaderReading | null {
  const text = header.trim();
  if (text === "") return null;
  const group = NUMBERED_GROUP.exec(text);
  if (group) return readGroup(group[1] as string, Number(group[2]), group[3] as string);
  const prefixed = ENTITY_PREFIX.exec(text);
  if (prefixed) {
    const reading = readPrefixed(prefixed[1] as string, prefixed[2] as string);
    if (reading !== undefined) return reading;
  }
  return readWords(headerWords(text));
}

function readGroup(name: string, group: number, part: string): HeaderReading | null {
  const partWords = headerWords(part);
  const label = `"${name.trim()} ${group}"`;
  if (partWords.length === 1 && LABEL_PARTS.has(partWords[0] as string)) {
    return custom(`is the ${part.trim().toLowerCase()} of numbered group ${label}, not its value`);
  }
  const inner = partWords.join("") === "value" ? name : `${name} - ${part}`;
  return numbered(readHeader(inner), group, `numbered group ${label}`);
}

type Entity = "person" | "company" | "address" | "other";

/** The entity a prefix names, when every other word of it is a qualifier. */
function entityOf(words: readonly string[]): { entity: Entity; isWeak: boolean } | undefined {
  const head = words.at(-1);
  if (head === undefined) return undefined;
  if (words.some((word) => OTHER_PARTIES.has(word))) return { entity: "other", isWeak: false };
  const rest = words.slice(0, -1);
  if (!rest.every((word) => STRONG_QUALIFIERS.has(word) || WEAK_QUALIFIERS.has(word))) {
    return undefined;
  }
  const isWeak = rest.some((word) => WEAK_QUALIFIERS.has(word));
  if (PERSON_ENTITIES.has(head)) return { entity: "person", isWeak };
  if (COMPANY_ENTITIES.has(head)) return { entity: "company", isWeak };
  if (ADDRESS_WORDS.has(head)) return { entity: "address", isWeak };
  return undefined;
}

/** A header `<entity> - <rest>`; undefined when the prefix names no entity. */
function readPrefixed(prefix: string, rest: string): HeaderReading | null | undefined {
  const found = entityOf(headerWords(prefix));
  if (!found) return undefined;
  const name = prefix.trim();
  if (found.entity === "other") return custom(`belongs to the ${name.toLowerCase()}, not the lead`);
  const note = `entity prefix "${name}"`;
  if (found.entity === "person") return noted(readHeader(rest), note, found.isWeak);
  if (found.entity === "company") return noted(readCompanyPart(headerWords(rest)), note);
  return noted(readAddressPart(headerWords(rest)), note, found.isWeak);
}

/**
 * An attribute of the lead's company: its name, its website (the lead's `website`), its title
 * for the lead (Google's `Organization 1 - Title`) or a second-best phone or location.
 */
function readCompanyPart(words: readonly string[]): HeaderReading | null {
  if (words.length === 1 && NAME_WORDS.has(words[0] as string)) return field("companyName", 0);
  if (words.includes("linkedin")) return custom("is the company's LinkedIn page, not the person's");
  const reading = readWords(words);
  if (reading?.kind !== "field") return reading;
  switch (reading.field) {
    case "companyName":
    case "website":
    case "jobTitle":
      return reading;
    case "phone":
    case "email":
    case "city":
    case "state":
    case "country":
      return noted(reading, "the company's, not the lead's own", true);
    default:
      return custom(`describes the company, not the lead's ${reading.field}`);
  }
}

/** A part of an address: only its city, region and country are lead fields. */
function readAddressPart(words: readonly string[]): HeaderReading | null {
  const reading = readWords(words);
  if (reading?.kind !== "field") return reading;
  const isLocation =
    reading.field === "city" || reading.field === "state" || reading.field === "country";
  return isLocation ? reading : null;
}

/** A LinkedIn header: the person's profile unless it names the company. */
function readLinkedin(words: readonly string[]): HeaderReading | null | undefined {
  const rest = words.filter((word) => word !== "linkedin" && word !== "li");
  if (rest.length === words.length) return undefined;
  if (rest.some((word) => COMPANY_ENTITIES.has(word))) {
    return custom("is the company's LinkedIn page, not the person's", false);
  }
  const isProfileWord = (word: string) =>
    LINK_WORDS.has(word) || PERSON_ENTITIES.has(word) || STRONG_QUALIFIERS.has(word);
  return rest.every(isProfileWord) ? field("linkedinUrl", rest.length * QUALIFIER_RANK) : undefined;
}

function readWords(words: readonly string[]): HeaderReading | null {
  const joined = words.join("");
  if (joined === "") return null;
  const known = readKnown(joined);
  if (known) return known;
  if (words.length > 1 && IDENTIFIER_WORDS.has(words.at(-1) as string)) {
    return custom("is an identifier", false);
  }
  const party = words.find((word) => OTHER_PARTIES.has(word));
  if (party) return custom(`is about someone other than the lead ("${party}")`);
  const number = words.findIndex((word) => DIGITS.test(word));
  if (number !== -1 && words.length > 1) {
    const rest = words.filter((_, at) => at !== number);
    return numbered(readWords(rest), Number(words[number]), `number ${words[number]}`);
  }
  const past = words.find((word) => PAST_QUALIFIERS.has(word));
  if (past) {
    const reading = readWords(words.filter((word) => word !== past));
    if (reading?.kind === "field") return custom(`is a past ${reading.field} ("${past}")`);
    return reading;
  }
  const linkedin = readLinkedin(words);
  if (linkedin !== undefined) return linkedin;
  return readQualified(words);
}

function readKnown(joined: string): HeaderReading | null {
  const reason = notStandardReason(joined);
  if (reason) return custom(`is ${reason}`, false);
  const alias = aliasOf(joined);
  return alias ? field(alias.field, alias.rank) : null;
}

/**
 * Strips qualifier and entity words from either end (`Mailing State/Province`, `Email (Work)`,
 * `Contact First Name`, `Company Phone`, `Adresse e-mail professionnelle`) until what is left is a
 * known spelling, trying the fewest words first.
 */
function readQualified(words: readonly string[]): HeaderReading | null {
  for (let total = 1; total < words.length; total += 1) {
    for (let fromEnd = 0; fromEnd <= total; fromEnd += 1) {
      const fromStart = total - fromEnd;
      const stripped = [...words.slice(0, fromStart), ...words.slice(words.length - fromEnd)];
      if (!stripped.every(isQualifier)) continue;
      const reading = readCore(words.slice(fromStart, words.length - fromEnd), stripped);
      if (reading) return reading;
    }
  }
  return null;
}

/** The words left once `stripped` qualifiers are taken off. */
function readCore(core: readonly string[], stripped: readonly string[]): HeaderReading | null {
  const isWeak = stripped.some((word) => WEAK_QUALIFIERS.has(word));
  const company = stripped.find((word) => COMPANY_ENTITIES.has(word));
  if (company) return noted(readCompanyPart(core), `company word "${company}"`, isWeak);
  const address = stripped.find((word) => ADDRESS_WORDS.has(word));
  if (address) return noted(readAddressPart(core), `address word "${address}"`, isWeak);
  const reading = readKnown(core.join(""));
  if (reading?.kind !== "field") return reading;
  const rank = reading.rank + stripped.length * QUALIFIER_RANK + (isWeak ? WEAK_RANK : 0);
  const grammar = stripped.map((word) => `qualifier "${word}"`);
  return field(reading.field, rank, isWeak ? 1 : 0, grammar);
}

/** A header of qualifiers alone (`Work`, `Private`, `Mobile Work`) names no field. */
export function isQualifierOnly(header: string): boolean {
  const words = headerWords(header);
  return words.length > 0 && words.every(isQualifier);
}

function isQualifier(word: string): boolean {
  return (
    STRONG_QUALIFIERS.has(word) ||
    WEAK_QUALIFIERS.has(word) ||
    PERSON_ENTITIES.has(word) ||
    COMPANY_ENTITIES.has(word) ||
    ADDRESS_WORDS.has(word)
  );
}
