import { getConfig } from "@/lib/config/load-config";
import type { LeadRecord } from "@/lib/fields/catalogue";
import type { KeyedLead } from "@/lib/leads/prepare-leads";
import { BATCH_TEXT_IN_FLIGHT, MIN_BATCHES_IN_FLIGHT } from "@/lib/limits";

/** Characters of a record's values: about what its batch holds and sends for it. */
function recordLength(record: LeadRecord): number {
  let length = 0;
  for (const value of Object.values(record)) {
    if (typeof value === "string") length += value.length;
    else if (Array.isArray(value)) for (const tag of value) length += tag.length;
    else if (value) for (const text of Object.values(value)) length += String(text).length;
  }
  return length;
}

/**
 * How many batches to keep in flight: `most` (IMPORT_BATCHES_IN_FLIGHT), fewer when the batches
 * seen so far are large, so that what they hold stays near BATCH_TEXT_IN_FLIGHT whatever the rows'
 * width. Each batch in flight holds its records, its cleaned leads' SQL text and the driver's copy.
 */
export class BatchesInFlight {
  #batches = 0;
  #characters = 0;

  constructor(private readonly most = getConfig().IMPORT_BATCHES_IN_FLIGHT) {}

  /** Notes a batch about to be written. */
  add(batch: readonly KeyedLead[]): void {
    this.#batches += 1;
    for (const { record } of batch) this.#characters += recordLength(record);
  }

  limit = (): number => {
    if (this.#batches === 0) return this.most;
    const average = this.#characters / this.#batches;
    return Math.max(
      MIN_BATCHES_IN_FLIGHT,
      Math.min(this.most, Math.floor(BATCH_TEXT_IN_FLIGHT / average)),
    );
  };
}
