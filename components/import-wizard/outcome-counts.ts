import type { ChunkRowOutcome } from "@/lib/schemas/ui-import";

export interface RunCounts {
  created: number;
  updated: number;
  skipped: number;
  restored: number;
  failed: number;
  repeated: number;
}

export const COUNT_LABELS: ReadonlyArray<{ key: keyof RunCounts; label: string; hint: string }> = [
  { key: "created", label: "Created", hint: "new leads" },
  { key: "updated", label: "Updated", hint: "existing leads overwritten" },
  { key: "skipped", label: "Skipped", hint: "already in the workspace" },
  { key: "restored", label: "Restored", hint: "deleted leads brought back" },
  { key: "failed", label: "Failed", hint: "rows that cannot be imported" },
  { key: "repeated", label: "Repeated", hint: "same email earlier in the file" },
];

export function emptyCounts(): RunCounts {
  return { created: 0, updated: 0, skipped: 0, restored: 0, failed: 0, repeated: 0 };
}

/** The engine's kind as the wizard counts it: an existing or deleted match is a skip. */
export function countKeyOf(kind: ChunkRowOutcome["kind"]): keyof RunCounts {
  if (kind === "existing" || kind === "deleted-match") return "skipped";
  return kind;
}

export function tallyOutcomes(outcomes: Iterable<ChunkRowOutcome>, repeatsInFile: number) {
  const counts = emptyCounts();
  for (const outcome of outcomes) counts[countKeyOf(outcome.kind)] += 1;
  counts.repeated += repeatsInFile;
  return counts;
}

/** The import record's counts (engine kinds) plus the repeats the wizard never sent. */
export function countsFromServer(counts: Record<string, number>, repeatsInFile: number) {
  const tally = emptyCounts();
  for (const [kind, value] of Object.entries(counts)) {
    const key = countKeyOf(kind as ChunkRowOutcome["kind"]);
    if (key in tally) tally[key] += value;
  }
  tally.repeated += repeatsInFile;
  return tally;
}
