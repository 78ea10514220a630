import { CsvFormatError } from "@/lib/csv/csv-format-error";
import { CsvSession, type ReadListener } from "./csv-session";
import { sendChunk, sendFailureOf } from "./send-chunk";
import type { WorkerMessage, WorkerRequest } from "./worker-protocol";

const session = new CsvSession();
/** How often the page hears how many rows are read: often enough to move, not to flood it. */
const PROGRESS_EVERY_MS = 100;
let queue: Promise<unknown> = Promise.resolve();

/** Runs `step` once every request before it is done: a re-parse must not interleave with a read. */
function inQueue<T>(step: () => T | Promise<T>): Promise<T> {
  const result = queue.then(step);
  queue = result.catch(() => {});
  return result;
}

function post(message: WorkerMessage) {
  self.postMessage(message);
}

function listenerFor(id: number): ReadListener {
  let lastProgress = 0;
  return {
    onPreview: (preview) => post({ id, kind: "preview", preview }),
    onProgress: (rowsRead) => {
      const now = performance.now();
      if (now - lastProgress < PROGRESS_EVERY_MS) return;
      lastProgress = now;
      post({ id, kind: "progress", rowsRead });
    },
  };
}

function handle(id: number, request: WorkerRequest): unknown {
  switch (request.type) {
    case "open":
      return session.open(request.file, request.choice, listenerFor(id));
    case "reparse":
      return session.parse(request.choice, listenerFor(id));
    case "detect":
      return session.detect(request.explicit);
    case "cleanupPreview":
      return session.cleanupPreview(request.columns, request.defaultCountry);
    case "check":
      return session.check(request.settings);
    case "plan":
      return session.plan(request.run, request.settings);
    case "keepFailures":
      return session.keepFailures(request.run, request.failures);
    case "reportRows":
      return session.report.rows(request.window);
    case "failedRowsCsv":
      return session.failedRowsCsv(request.failures);
    case "dryRunChanges":
      return session.dryRunChanges();
    case "skippedRowNumbers":
      return session.skippedRowNumbers();
    case "saveEdits":
      return session.saveEdits(request.importId);
    case "restoreEdits":
      return session.restoreEdits(request.importId);
    default:
      return handleReview(request);
  }
}

/** The review grid's requests. */
function handleReview(request: WorkerRequest): unknown {
  const { review } = session;
  switch (request.type) {
    case "reviewSummary":
      return review.review.summary();
    case "reviewRows":
      return review.review.rows(request.view, request.columns, request.from, request.count);
    case "rowDetail":
      return review.rowDetail(request.index, request.defaultCountry);
    case "editCells":
      return review.review.edit(request.changes, request.label);
    case "undoEdit":
      return review.review.undo();
    case "redoEdit":
      return review.review.redo();
    case "skipRows":
      return review.setSkipped(request.target, request.isSkipped);
    case "findReplace":
      return review.findReplace(request.spec, request.view, request.isApplied);
    case "typoSuggestions":
      return review.suggestTypoFixes();
    case "acceptTypoFixes":
      return review.acceptTypoFixes(request.indexes);
    default:
      throw new Error(`Unknown request ${request.type}`);
  }
}

function describe(error: unknown): string {
  if (error instanceof CsvFormatError) return error.message;
  const detail = error instanceof Error ? error.message : String(error);
  return `The file could not be read: ${detail}`;
}

self.onmessage = (event: MessageEvent<{ id: number; request: WorkerRequest }>) => {
  const { id, request } = event.data;
  // A chunk's steps take their turns in the queue; its request to the server does not hold it.
  const answer =
    request.type === "sendChunk"
      ? sendChunk(session, request.index, request.target, inQueue)
      : inQueue(() => handle(id, request));
  answer.then(
    (result) => post({ id, kind: "result", result }),
    (error) =>
      post({ id, kind: "error", ...(sendFailureOf(error) ?? { message: describe(error) }) }),
  );
};
