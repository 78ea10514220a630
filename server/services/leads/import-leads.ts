import type { LeadRecord } from "@/lib/fields/catalogue";
import { type KeyedLead, RequestKeys } from "@/lib/leads/prepare-leads";
import type { RowOutcome } from "@/lib/leads/row-outcome";
import { BATCH_ROWS } from "@/lib/limits";
import type { ImportOptions } from "@/lib/schemas/import-options";
import type { ServiceContext } from "@/server/services/context";
import { type AfterBatch, writeBatches } from "./write-batches";

export type { AfterBatch };

export interface ImportedLeads {
  /** One outcome per input row, in input order. */
  outcomes: RowOutcome[];
  /** What `afterBatch` returned, summed over the batches that were committed. */
  afterBatchTotal: number;
}

/**
 * The import engine: every path that creates or updates leads goes through here. It takes rows
 * and options and returns one outcome per row. Rows are keyed, deduped and cleaned in memory, then
 * written in set-based batches (see `writeBatches` for the transactions). Rows come in
 * consecutive pieces (a JSON body is one piece; a CSV file is read piece by piece): each piece is
 * keyed and its batches written while later pieces are still unread, so memory holds a few
 * pieces, not the file. Keeping a record of the run is the caller's (`withImportRecord`).
 */
export async function importLeads({
  ctx,
  pieces,
  options,
  importId = null,
  afterBatch,
  onBatchWritten,
}: {
  ctx: ServiceContext;
  pieces: Iterable<readonly LeadRecord[]>;
  options: ImportOptions;
  /** The import the writes belong to, stamped on every lead written; none for a dry run. */
  importId?: string | null;
  /** Joins each batch's leads to something in the batch's transaction (a campaign). */
  afterBatch?: AfterBatch;
  /** Told each batch's outcomes once it is committed. */
  onBatchWritten?: (outcomes: ReadonlyMap<number, RowOutcome>) => void;
}): Promise<ImportedLeads> {
  const keys = new RequestKeys(options);
  const batches = batchesOf(pieces, keys);
  const written = await writeBatches({
    ctx,
    batches,
    options,
    importId,
    afterBatch,
    onBatchWritten,
  });
  const outcomes = Array.from(
    { length: keys.rowCount },
    (_, row) => keys.outcomes[row] ?? written.outcomes.get(row),
  ) as RowOutcome[];
  return { outcomes, afterBatchTotal: written.afterBatchTotal };
}

/**
 * Batches of leads that will reach the database, keyed as the pieces are read, in request order:
 * each batch's statement sorts its own rows, which is all lock order needs.
 */
function* batchesOf(
  pieces: Iterable<readonly LeadRecord[]>,
  keys: RequestKeys,
): Generator<KeyedLead[]> {
  let batch: KeyedLead[] = [];
  for (const piece of pieces) {
    for (const lead of keys.add(piece)) {
      batch.push(lead);
      if (batch.length === BATCH_ROWS) {
        yield batch;
        batch = [];
      }
    }
  }
  if (batch.length > 0) yield batch;
}
