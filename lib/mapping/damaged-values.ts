import { isStandardTarget, type MappingTarget } from "./mapping-target";
import { normalizeHeader } from "./normalize-header";
import { readHeader } from "./read-header";

export type DamageKind =
  | "scientific-notation"
  | "lost-leading-zero"
  | "spreadsheet-error"
  | "date-in-phone";

export const DAMAGE_MESSAGES: Record<DamageKind, string> = {
  "scientific-notation":
    "A spreadsheet turned this number into scientific notation (like 4.15555E+09) and its last digits are lost; export the column formatted as text.",
  "lost-leading-zero":
    "This ZIP code is too short: a spreadsheet probably dropped its leading zero (02134 became 2134).",
  "spreadsheet-error":
    "The cell holds a spreadsheet error (like #N/A or #VALUE!) instead of a value.",
  "date-in-phone":
    "A spreadsheet turned this phone number into a date; the number has to be taken from the original source.",
};

export interface DamageColumn {
  target: MappingTarget;
  header: string;
}

type ColumnKind = "phone" | "zip" | "postal" | "other";

const ERROR_VALUES = new Set([
  "#VALUE!",
  "#N/A",
  "#REF!",
  "#NAME?",
  "#DIV/0!",
  "#NULL!",
  "#NUM!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
]);
/** LibreOffice writes its errors as `Err:502`. */
const LIBREOFFICE_ERROR = /^Err:\d{3}$/;
/** Excel's General format: one digit, a point or comma (by locale), `E+` and two digits. */
const SCIENTIFIC = /^-?\d(?:[.,]\d+)?E\+\d{2,3}$/i;
/** `1900-01-00`, `00/01/1900`, `12/03/2024`, `12.03.2024`, with an optional time. */
const DATE =
  /^(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{4}|\d{1,2}\/\d{1,2}\/\d{2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/;
/** A US ZIP (or ZIP+4) that lost one or two leading zeros. */
const SHORT_ZIP = /^\d{3,4}(?:-\d{4})?$/;

const PHONE_WORDS = ["phone", "mobile", "telefon", "fax"];

function kindOf(column: DamageColumn): ColumnKind {
  if (column.target === "phone") return "phone";
  if (isStandardTarget(column.target)) return "other";
  const header = normalizeHeader(column.header);
  if (header.includes("zip")) return "zip";
  if (/postal|postcode|plz|postleitzahl/.test(header)) return "postal";
  const match = readHeader(column.header);
  if (match?.kind === "field" && match.field === "phone") return "phone";
  return PHONE_WORDS.some((word) => header.includes(word)) ? "phone" : "other";
}

// Called once per cell (up to a million times per file): the column's kind is worked out once.
const KINDS = new WeakMap<DamageColumn, ColumnKind>();

function cachedKindOf(column: DamageColumn): ColumnKind {
  let kind = KINDS.get(column);
  if (kind === undefined) {
    kind = kindOf(column);
    KINDS.set(column, kind);
  }
  return kind;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * What a spreadsheet already did to this value before the file reached us, or null. Cheap
 * character checks come before any regular expression: most values fail them at once.
 */
export function findDamage(value: string, column: DamageColumn): DamageKind | null {
  const text =
    value.charCodeAt(0) === 32 || value.charCodeAt(value.length - 1) === 32 ? value.trim() : value;
  const first = text.charCodeAt(0);
  if (first === 35 /* # */)
    return ERROR_VALUES.has(text.toUpperCase()) ? "spreadsheet-error" : null;
  if (first === 69 /* E */ && LIBREOFFICE_ERROR.test(text)) return "spreadsheet-error";
  if (!isDigit(first) && first !== 45 /* - */) return null;
  if (text.length <= 16 && (text.includes("E+") || text.includes("e+")) && SCIENTIFIC.test(text)) {
    return "scientific-notation";
  }
  const kind = cachedKindOf(column);
  if (kind === "phone") return text.length <= 19 && DATE.test(text) ? "date-in-phone" : null;
  if (kind === "zip") return text.length <= 9 && SHORT_ZIP.test(text) ? "lost-leading-zero" : null;
  return null;
}
