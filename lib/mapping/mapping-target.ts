import { STANDARD_FIELDS, type StandardField } from "@/lib/fields/catalogue";

/** Where a CSV column goes (seeds' README, "CSV uploads"): a standard field, nowhere, or a custom field. */
export type MappingTarget = StandardField | "skip" | `custom:${string}`;

const CUSTOM_PREFIX = "custom:";

/** Seed 001 gives this message and nothing more, whatever is wrong with the mapping. */
export class InvalidMappingError extends Error {
  constructor() {
    super("Invalid mapping JSON");
    this.name = "InvalidMappingError";
  }
}

/**
 * Standard names compare case-insensitively (`FirstName`, `EMAIL`): there is no other field they
 * could mean. `company` and `title` are seed 003's names, accepted as in JSON bodies.
 */
const FIELD_BY_NAME = new Map<string, StandardField>([
  ...STANDARD_FIELDS.map((field) => [field.toLowerCase(), field] as const),
  ["company", "companyName"],
  ["title", "jobTitle"],
]);

/** A target as a client writes it, or null when it is none of the three kinds. */
export function parseMappingTarget(text: string): MappingTarget | null {
  const trimmed = text.trim();
  const lower = trimmed.toLowerCase();
  if (lower === "skip") return "skip";
  if (lower.startsWith(CUSTOM_PREFIX)) {
    const name = trimmed.slice(CUSTOM_PREFIX.length).trim();
    return name === "" ? null : `custom:${name}`;
  }
  return FIELD_BY_NAME.get(lower) ?? null;
}

/** The `mapping` form field: a JSON object of header → target, or InvalidMappingError. */
export function parseMappingJson(json: string): Record<string, MappingTarget> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new InvalidMappingError();
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw new InvalidMappingError();
  }
  const entries = Object.entries(parsed).map(([header, value]) => {
    const target = typeof value === "string" ? parseMappingTarget(value) : null;
    if (target === null) throw new InvalidMappingError();
    return [header, target] as const;
  });
  // fromEntries defines own properties, so a "__proto__" header stays an ordinary key.
  return Object.fromEntries(entries);
}

/** The custom field a target names, or null for a standard field or "skip". */
export function customFieldName(target: MappingTarget): string | null {
  return target.startsWith(CUSTOM_PREFIX) ? target.slice(CUSTOM_PREFIX.length) : null;
}

export function isStandardTarget(target: MappingTarget): target is StandardField {
  return target !== "skip" && !target.startsWith(CUSTOM_PREFIX);
}

/** A column kept as a custom field under its header; a blank header gets its position instead. */
export function customTarget(header: string, index: number): `custom:${string}` {
  const name = header.trim();
  return `custom:${name === "" ? `Column ${index + 1}` : name}`;
}

/** How many unknown columns the message names, and how much of each name it quotes. */
const NAMED_COLUMNS = 10;
const NAME_CHARS = 100;

/**
 * The 400 message when a mapping names headers the file does not have: the first few, each cut
 * short, then how many more (a mapping can name any number of columns of any length).
 */
export function unknownColumnsMessage(columns: readonly string[]): string {
  const named = columns.slice(0, NAMED_COLUMNS).map((name) => {
    const shown = name.length > NAME_CHARS ? `${name.slice(0, NAME_CHARS)}…` : name;
    return `"${shown}"`;
  });
  const more = columns.length - named.length;
  const rest = more > 0 ? ` and ${more.toLocaleString("en-US")} more` : "";
  return `Mapping names columns not in the file: ${named.join(", ")}${rest}`;
}
