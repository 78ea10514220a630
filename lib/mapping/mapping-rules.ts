/**
 * The rules detection applies, each named in the `reason` of every column it decides (README,
 * "Mapping"). `mapping` is the client's own mapping; the numbered ones are the six rules
 * for columns nobody mapped (footers, the sixth, live in lib/csv).
 */
export const MAPPING_RULES = {
  mapping: "Your mapping",
  "header-names-field": "Rule 1, a header that names a field outranks the values",
  "values-decide": "Rule 1, values decide where the header is silent",
  "lead-email": "Rule 2, the lead's email is a column of mostly distinct addresses",
  "values-identify": "Rule 3, values identify the field whatever the header says",
  "header-grammar": "Rule 4, vendor header grammar",
  "one-column-per-field": "Rule 5, one column per field",
  "not-a-lead-field": "Not a lead field",
  "no-match": "No match",
} as const;

export type MappingRule = keyof typeof MAPPING_RULES;

/** `Rule 5, one column per field: phone went to "Mobile" (more filled: 40 vs 12 values)` */
export function because(rule: MappingRule, detail: string): string {
  return `${MAPPING_RULES[rule]}: ${detail}`;
}
