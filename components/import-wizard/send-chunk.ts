import type { TRPCClient } from "@trpc/client";
import type { z } from "zod";
import type { importChunkInputSchema } from "@/lib/schemas/wizard-import";
import type { AppRouter } from "@/server/trpc/root";
import type { CsvWorkerClient } from "./csv-worker-client";
import type { ApiImportOptions } from "./import-options";

export type WizardClient = TRPCClient<AppRouter>;
type ChunkRecords = z.input<typeof importChunkInputSchema>["records"];

/** Sends chunk `i` of the worker's plan: a dry run without an import id, or a real one. */
export function chunkSender(
  client: WizardClient,
  worker: CsvWorkerClient,
  target: { importId?: string; options: ApiImportOptions; dryRun: boolean },
) {
  return async (chunkIndex: number) => {
    const chunk = await worker.request({ type: "chunk", index: chunkIndex });
    const answer = await client.imports.chunk.mutate({
      ...(target.importId ? { importId: target.importId } : {}),
      chunkIndex,
      rowNumbers: chunk.rowNumbers,
      // LeadRecord's emailStatus is a plain string; leadsFromRows only writes valid statuses.
      records: chunk.records as ChunkRecords,
      options: target.options,
      dryRun: target.dryRun,
    });
    return answer.outcomes;
  };
}

export function chunkIndexes(count: number): number[] {
  return Array.from({ length: count }, (_, index) => index);
}
