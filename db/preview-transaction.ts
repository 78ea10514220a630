import type { DbOrTx, Tx } from "./client";

class PreviewRollback<T> extends Error {
  constructor(readonly answer: T) {
    super("preview rolled back");
  }
}

/**
 * Runs `run` in a transaction that is rolled back once it answered: a dry run that executes the
 * very statements of the real thing, so its answer is the real one, and writes nothing.
 */
export async function previewTransaction<T>(db: DbOrTx, run: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    await db.transaction(async (tx) => {
      throw new PreviewRollback(await run(tx));
    });
  } catch (error) {
    if (error instanceof PreviewRollback) return error.answer as T;
    throw error;
  }
  throw new Error("a preview transaction committed");
}
