import { cleanLead } from "@/lib/cleanup/clean-lead";
import { cleanEmail, emailKey, isValidEmail } from "@/lib/cleanup/email";
import type { LeadRecord } from "@/lib/fields/catalogue";
import type { RowOutcome } from "./row-outcome";

export interface PrepareOptions {
  dataCleanup: boolean;
  defaultCountry?: string;
  /** Added to every lead the request imports, updates or matches. */
  tag?: string;
}

/** A row whose email is valid and the first of its kind in the request, not yet cleaned. */
export interface KeyedLead {
  row: number;
  emailKey: string;
  record: LeadRecord;
}

/** A row that will reach the database: cleaned (when asked), keyed, the first with its email. */
export interface PreparedLead {
  row: number;
  emailKey: string;
  lead: LeadRecord & { email: string };
}

export interface KeyedRequest {
  leads: KeyedLead[];
  /** Outcomes already known before any query: failed rows and in-request repeats. */
  outcomes: (RowOutcome | undefined)[];
}

function mergeTags(own: readonly string[] | undefined, tag: string | undefined): string[] {
  const tags = new Set<string>();
  for (const value of own ?? []) {
    const trimmed = value.trim();
    if (trimmed) tags.add(trimmed);
  }
  if (tag) tags.add(tag);
  return [...tags];
}

/**
 * The cheap pass over a whole request: email identity and validation, and in-request dedupe where
 * the first occurrence of an email wins (seeds 000, 001, 003). The key is the email as cleanup
 * will store it (`mailto:` and brackets removed) when cleanup is on, else trimmed and lower-cased.
 */
export function keyLeads(records: readonly LeadRecord[], options: PrepareOptions): KeyedRequest {
  const outcomes: (RowOutcome | undefined)[] = new Array(records.length);
  const leads: KeyedLead[] = [];
  const firstRowByKey = new Map<string, number>();
  records.forEach((record, row) => {
    const raw = record.email?.trim();
    const key = raw ? (options.dataCleanup ? cleanEmail(raw) : emailKey(raw)) : "";
    if (!key) {
      outcomes[row] = { kind: "failed", reason: "email-missing" };
      return;
    }
    if (!isValidEmail(key)) {
      outcomes[row] = { kind: "failed", reason: "email-invalid" };
      return;
    }
    const firstRow = firstRowByKey.get(key);
    if (firstRow !== undefined) {
      outcomes[row] = { kind: "repeated", firstRow };
      return;
    }
    firstRowByKey.set(key, row);
    leads.push({ row, emailKey: key, record });
  });
  return { leads, outcomes };
}

/** The per-row cleanup, done batch by batch so it overlaps the database writing earlier ones. */
export function finishLead(keyed: KeyedLead, options: PrepareOptions): PreparedLead {
  // cleanLead returns a fresh object, so it is completed in place; the caller's record is not.
  const lead = options.dataCleanup
    ? cleanLead(keyed.record, { defaultCountry: options.defaultCountry })
    : { ...keyed.record };
  lead.email = options.dataCleanup ? keyed.emailKey : (keyed.record.email as string);
  lead.tags = mergeTags(lead.tags, options.tag);
  return { row: keyed.row, emailKey: keyed.emailKey, lead: lead as PreparedLead["lead"] };
}

/** Both passes at once, for callers that want every row cleaned up front. */
export function prepareLeads(records: readonly LeadRecord[], options: PrepareOptions) {
  const keyed = keyLeads(records, options);
  return { leads: keyed.leads.map((lead) => finishLead(lead, options)), outcomes: keyed.outcomes };
}
