import type { CsvSummary, WorkerMessage, WorkerRequest, WorkerResults } from "./worker-protocol";
import { WorkerRequestError } from "./worker-request-error";

/** What the page hears while the worker reads a file (`open`, `reparse`). */
export interface ReadProgress {
  onPreview?: (preview: CsvSummary) => void;
  onProgress?: (rowsRead: number) => void;
}

type Pending = ReadProgress & {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
};

/** The page's side of the CSV worker: one promise per request, answered in order. */
export class CsvWorkerClient {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor() {
    this.worker = new Worker(new URL("./csv.worker.ts", import.meta.url), { type: "module" });
    this.worker.onmessage = (event: MessageEvent<WorkerMessage>) => this.receive(event.data);
    this.worker.onerror = (event) => {
      event.preventDefault();
      this.failAll(new Error(event.message || "The file reader stopped unexpectedly."));
    };
  }

  request<T extends WorkerRequest["type"]>(
    request: Extract<WorkerRequest, { type: T }>,
    progress: ReadProgress = {},
  ): Promise<WorkerResults[T]> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { ...progress, resolve: resolve as (value: unknown) => void, reject });
      this.worker.postMessage({ id, request });
    });
  }

  terminate() {
    this.worker.terminate();
    this.failAll(new Error("The file reader was closed."));
  }

  private receive(message: WorkerMessage) {
    const pending = this.pending.get(message.id);
    if (!pending) return;
    if (message.kind === "preview") {
      pending.onPreview?.(message.preview);
      return;
    }
    if (message.kind === "progress") {
      pending.onProgress?.(message.rowsRead);
      return;
    }
    this.pending.delete(message.id);
    if (message.kind === "result") pending.resolve(message.result);
    else pending.reject(new WorkerRequestError(message.message, message.isTemporary));
  }

  private failAll(error: Error) {
    for (const pending of this.pending.values()) pending.reject(error);
    this.pending.clear();
  }
}
