"use client";

import { useCallback, useMemo, useState } from "react";
import type { MappedColumn } from "@/lib/leads/leads-from-rows";
import type { DetectedMapping } from "@/lib/mapping/detect-mapping";
import type { FullCsvSummary } from "../worker/worker-protocol";
import { type ColumnChoice, choiceFromDetected, mappingProblems } from "./column-choice";

/** Step 2's state: one choice per column, starting from what detection found. */
export function useColumnMapping(full: FullCsvSummary | null) {
  const [source, setSource] = useState<FullCsvSummary | null>(null);
  const [choices, setChoices] = useState<ColumnChoice[]>([]);
  if (full !== source) {
    setSource(full);
    setChoices(full ? full.detected.columns.map(choiceFromDetected) : []);
  }

  const update = useCallback((index: number, patch: Partial<ColumnChoice>) => {
    setChoices((current) =>
      current.map((choice) => (choice.index === index ? { ...choice, ...patch } : choice)),
    );
  }, []);

  const applyDetected = useCallback((detected: DetectedMapping) => {
    setChoices(detected.columns.map(choiceFromDetected));
  }, []);

  /** A stored run's targets over a file's detected columns (for resuming). */
  const applyColumns = useCallback((parsed: FullCsvSummary, columns: readonly MappedColumn[]) => {
    const targets = new Map(columns.map((column) => [column.index, column.target]));
    setSource(parsed);
    setChoices(
      parsed.detected.columns.map((column) =>
        choiceFromDetected({ ...column, target: targets.get(column.index) ?? column.target }),
      ),
    );
  }, []);

  const problems = useMemo(() => mappingProblems(choices), [choices]);
  return { choices, update, applyDetected, applyColumns, problems };
}

export type ColumnMappingState = ReturnType<typeof useColumnMapping>;
