import type { EditsSnapshot } from "./row-edits";

const DATABASE = "leadport-wizard";
const STORE = "import-edits";
/** Imports whose edits are kept for resuming, as many as the page's resume records. */
const KEPT_IMPORTS = 5;

interface ArchivedEdits {
  importId: string;
  savedAt: number;
  snapshot: EditsSnapshot;
}

/**
 * The edits an import was started with, kept in the browser's IndexedDB (from the worker) so a
 * resumed import sends the rows it has not sent yet edited exactly as the first session would
 * have. localStorage holds 5 MB; a find and replace over a million rows needs more.
 */
function openArchive(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === "undefined") {
      reject(new Error("This browser keeps no data for the page"));
      return;
    }
    const opening = indexedDB.open(DATABASE, 1);
    opening.onupgradeneeded = () => {
      opening.result.createObjectStore(STORE, { keyPath: "importId" });
    };
    opening.onsuccess = () => resolve(opening.result);
    opening.onerror = () => reject(opening.error ?? new Error("IndexedDB could not be opened"));
  });
}

function done(request: IDBRequest | IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    if (request instanceof IDBTransaction) {
      request.oncomplete = () => resolve();
      request.onerror = () => reject(request.error);
    } else {
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
    }
  });
}

export async function archiveEdits(importId: string, snapshot: EditsSnapshot): Promise<void> {
  const database = await openArchive();
  try {
    const store = database.transaction(STORE, "readwrite").objectStore(STORE);
    const all = store.getAll();
    await done(all);
    const kept = (all.result as ArchivedEdits[])
      .filter((archived) => archived.importId !== importId)
      .sort((a, b) => b.savedAt - a.savedAt);
    for (const old of kept.slice(KEPT_IMPORTS - 1)) store.delete(old.importId);
    store.put({ importId, savedAt: Date.now(), snapshot } satisfies ArchivedEdits);
    await done(store.transaction);
  } finally {
    database.close();
  }
}

export async function findArchivedEdits(importId: string): Promise<EditsSnapshot | null> {
  const database = await openArchive();
  try {
    const found = database.transaction(STORE).objectStore(STORE).get(importId);
    await done(found);
    return (found.result as ArchivedEdits | undefined)?.snapshot ?? null;
  } finally {
    database.close();
  }
}
