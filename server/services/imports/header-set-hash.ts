import { createHash } from "node:crypto";

/** Files with the same headers (in any order, any case) share a remembered mapping. */
export function headerSetHash(headers: readonly string[]): string {
  const normalised = headers.map((header) => header.trim().toLowerCase()).sort();
  return createHash("sha256").update(JSON.stringify(normalised)).digest("hex");
}

/** Workbooks with the same sheet names in the same order share a remembered sheet. */
export function sheetSetHash(sheets: readonly string[]): string {
  return createHash("sha256").update(JSON.stringify(sheets)).digest("hex");
}
