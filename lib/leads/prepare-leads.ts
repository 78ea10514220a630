import { cleanLead } from "@/lib/cleanup/clean-lead";
import { echoableText } from "@/lib/cleanup/storable-text";
import type { LeadRecord } from "@/lib/fields/catalogue";
import type { ImportOptions } from "@/lib/schemas/import-options";
import { emailIdentity, noIdentityReason } from "./email-identity";
import { leadProblem } from "./lead-problems";
import type { FailedOutcome, RowOutcome } from "./row-outcome";

/** The options that decide how a row is keyed and cleaned. */
export type PrepareOptions = Pick<ImportOptions, "dataCleanup" | "defaultCountry" | "tag">;

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
 * `text` copied so that it shares no memory with the string it was cut from. V8 keeps a substring
 * as a view of its parent: a key cut from a piece of a CSV file would keep the whole piece alive
 * for as long as the request's keys are, and the keys of every row would keep the whole file.
 */
function detached(text: string): string {
  return ` ${text}`.slice(1);
}

/**
 * A row that failed, named by its email as sent: one PostgreSQL can store, since the import's
 * record keeps it.
 */
function failure(record: LeadRecord, why: Pick<FailedOutcome, "reason" | "detail">): FailedOutcome {
  const raw = record.email?.trim();
  return raw
    ? { kind: "failed", ...why, email: echoableText(detached(raw)) }
    : { kind: "failed", ...why };
}

/**
 * The cheap pass over a request, given whole or in consecutive pieces: email identity (see
 * `emailIdentity`) and validation, in-request dedupe where the first occurrence of an email wins
 * (seeds 000, 001, 003), and each row's fields against their limits (see `leadProblem`), so that
 * no row reaches the database that would fail its batch.
 */
export class RequestKeys {
  /** Outcomes known before any query, by row: failed rows and in-request repeats. */
  readonly outcomes: (RowOutcome | undefined)[] = [];
  #firstRowByKey = new Map<string, number>();

  constructor(private readonly options: PrepareOptions) {}

  /** Rows read so far. */
  get rowCount(): number {
    return this.outcomes.length;
  }

  /** Keys the request's next records; returns those that will reach the database. */
  add(records: readonly LeadRecord[]): KeyedLead[] {
    const leads: KeyedLead[] = [];
    for (const record of records) {
      const row = this.outcomes.length;
      this.outcomes.push(undefined);
      const key = emailIdentity(record.email, this.options.dataCleanup);
      if (key === null) {
        const reason = noIdentityReason(record.email, this.options.dataCleanup);
        this.outcomes[row] = failure(record, { reason });
        continue;
      }
      const firstRow = this.#firstRowByKey.get(key);
      if (firstRow !== undefined) {
        this.outcomes[row] = { kind: "repeated", firstRow };
        continue;
      }
      const problem = leadProblem(record, this.options);
      if (problem !== null) {
        this.outcomes[row] = failure(record, { reason: "lead-invalid", detail: problem });
        continue;
      }
      this.#firstRowByKey.set(detached(key), row);
      leads.push({ row, emailKey: key, record });
    }
    return leads;
  }
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
  const keys = new RequestKeys(options);
  const leads = keys.add(records).map((lead) => finishLead(lead, options));
  return { leads, outcomes: keys.outcomes };
}
