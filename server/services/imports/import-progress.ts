import { and, eq, sql } from "drizzle-orm";
import { imports } from "@/db/schema";
import { emptyTally, tallyOutcomes } from "@/lib/leads/outcome-tally";
import type { RowOutcome } from "@/lib/leads/row-outcome";
import type { ServiceContext } from "@/server/services/context";

/** How often a running import's record learns how far it got. */
const PROGRESS_SECONDS = 2;

/**
 * How far a running import has got, written to its record as batches commit: the rows of the
 * committed batches and their tally, at most every PROGRESS_SECONDS (one small update, never one
 * per batch), with the time as its heartbeat. Should the process die, the record keeps the last.
 */
export class ImportProgress {
  #rows = 0;
  readonly #tally = emptyTally();
  #writtenRows = 0;
  #writing: Promise<void> = Promise.resolve();
  readonly #timer: NodeJS.Timeout;

  constructor(
    private readonly ctx: ServiceContext,
    private readonly importId: string,
  ) {
    this.#timer = setInterval(() => this.write(), PROGRESS_SECONDS * 1000).unref();
  }

  /** For the engine: one committed batch's outcomes. */
  readonly batchWritten = (outcomes: ReadonlyMap<number, RowOutcome>): void => {
    this.#rows += outcomes.size;
    tallyOutcomes(outcomes.values(), this.#tally);
  };

  /** No more writes; waits for one under way. */
  async stop(): Promise<void> {
    clearInterval(this.#timer);
    await this.#writing;
  }

  /** Writes the progress now unless nothing changed; resolves once it is written. */
  write(): Promise<void> {
    if (this.#rows === this.#writtenRows) return this.#writing;
    const rows = this.#rows;
    const counts = { ...this.#tally };
    this.#writing = this.#writing.then(async () => {
      try {
        await this.ctx.db
          .update(imports)
          .set({ processedRows: rows, counts, heartbeatAt: sql`now()` })
          .where(
            and(
              eq(imports.workspaceId, this.ctx.workspaceId),
              eq(imports.id, this.importId),
              eq(imports.status, "running"),
            ),
          );
        this.#writtenRows = rows;
      } catch (error) {
        this.ctx.logger.warn("could not write an import's progress", { error });
      }
    });
    return this.#writing;
  }
}
