import { CsvFormatError } from "@/lib/csv/csv-format-error";
import { CsvSession } from "./csv-session";
import type { CsvSummary, WorkerMessage, WorkerRequest } from "./worker-protocol";

const session = new CsvSession();
// Requests run one after another: a re-parse must not interleave with the read of the file.
let queue: Promise<void> = Promise.resolve();

function post(message: WorkerMessage) {
  self.postMessage(message);
}

function handle(id: number, request: WorkerRequest): unknown {
  const onPreview = (preview: CsvSummary) => post({ id, kind: "preview", preview });
  switch (request.type) {
    case "open":
      return session.open(request.file, request.choice, onPreview);
    case "reparse":
      return session.parse(request.choice, onPreview);
    case "detect":
      return session.detect(request.explicit);
    case "cleanupPreview":
      return session.cleanupPreview(request.columns, request.defaultCountry);
    case "plan":
      return session.planChunks(request.columns, request.dataCleanup);
    case "chunk":
      return session.chunk(request.index);
    case "cells":
      return session.cells(request.rows, request.column);
    case "failedRowsCsv":
      return session.failedRowsCsv(request.failures);
  }
}

function describe(error: unknown): string {
  if (error instanceof CsvFormatError) return error.message;
  const detail = error instanceof Error ? error.message : String(error);
  return `The file could not be read: ${detail}`;
}

self.onmessage = (event: MessageEvent<{ id: number; request: WorkerRequest }>) => {
  const { id, request } = event.data;
  queue = queue.then(async () => {
    try {
      post({ id, kind: "result", result: await handle(id, request) });
    } catch (error) {
      post({ id, kind: "error", message: describe(error) });
    }
  });
};
