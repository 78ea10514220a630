import type { MappedColumn } from "@/lib/leads/leads-from-rows";
import type { OptionsForm } from "../options/import-options";
import type { EditCounts, FileEncoding } from "../worker/worker-protocol";

const STORAGE_KEY = "leadport.import-runs";
const KEPT_RUNS = 5;

/** What it takes to send the rest of an import after the tab or the network dropped. */
export interface ResumeRecord {
  importId: string;
  fingerprint: string;
  fileName: string;
  encoding: FileEncoding;
  delimiter: string;
  /** A workbook's sheet. */
  sheet?: string;
  columns: MappedColumn[];
  options: OptionsForm;
  /** The review's edits the import was started with (kept in the worker's IndexedDB). */
  edits: EditCounts;
  startedAt: string;
}

/** The same file dropped again: same name, size and modification time. */
export function fileFingerprint(file: { name: string; size: number; lastModified: number }) {
  return `${file.name}|${file.size}|${file.lastModified}`;
}

function readAll(): ResumeRecord[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? "[]");
    return Array.isArray(parsed) ? (parsed as ResumeRecord[]) : [];
  } catch {
    return [];
  }
}

function writeAll(records: ResumeRecord[]) {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(records.slice(0, KEPT_RUNS)));
  } catch {
    // Private windows and full storage refuse writes; the import itself still works.
  }
}

export function rememberRun(record: ResumeRecord) {
  writeAll([record, ...readAll().filter((kept) => kept.importId !== record.importId)]);
}

export function findRun(fingerprint: string): ResumeRecord | null {
  return readAll().find((record) => record.fingerprint === fingerprint) ?? null;
}

export function forgetRun(importId: string) {
  writeAll(readAll().filter((record) => record.importId !== importId));
}
