import { setFlagsFromString } from "node:v8";

/**
 * How far V8 lets the old generation grow past what the last full collection kept, in percent.
 * V8's default scales up to 4× for a heap that collects cheaply, and an import allocates fast:
 * each batch's leads and its SQL live across a couple of young collections, so they are promoted,
 * and the heap of a large upload grew far past what it kept before one full collection cleared
 * it. At +50 % it grows much less, for a few more full collections; the bench's csv-http-50mb
 * case measures the server's memory growth.
 */
export const HEAP_GROWING_PERCENT = 50;

/** Applies HEAP_GROWING_PERCENT to this process; V8 reads it at each full collection. */
export function tuneHeapGrowth(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
