import { z } from "zod";
import { MAX_WORKBOOK_SHEETS } from "@/lib/limits";
import {
  importIdSchema,
  listImportRowsQuerySchema,
  listImportsQuerySchema,
  undoImportInputSchema,
} from "@/lib/schemas/imports";
import { sheetSchema } from "@/lib/schemas/table-reading";
import { importChunkInputSchema, startWizardImportInputSchema } from "@/lib/schemas/wizard-import";
import { findSavedMapping } from "@/server/services/imports/find-saved-mapping";
import { findSavedSheet } from "@/server/services/imports/find-saved-sheet";
import { finishWizardImport } from "@/server/services/imports/finish-wizard-import";
import { getImport } from "@/server/services/imports/get-import";
import { getImportDetail } from "@/server/services/imports/get-import-detail";
import { importChunk } from "@/server/services/imports/import-chunk";
import { listFailedRows } from "@/server/services/imports/list-failed-rows";
import { listImportRows } from "@/server/services/imports/list-import-rows";
import { listImports } from "@/server/services/imports/list-imports";
import { saveMapping } from "@/server/services/imports/save-mapping";
import { startWizardImport } from "@/server/services/imports/start-wizard-import";
import { undoImport } from "@/server/services/imports/undo-import";
import { createTRPCRouter, workspaceProcedure } from "../init";

const headers = z.array(z.string()).max(500);
/** A workbook's sheet names. */
const sheets = z.array(sheetSchema).max(MAX_WORKBOOK_SHEETS);

export const importsRouter = createTRPCRouter({
  start: workspaceProcedure
    .input(startWizardImportInputSchema)
    .mutation(({ ctx, input }) => startWizardImport({ ctx: ctx.serviceContext, input })),
  chunk: workspaceProcedure
    .input(importChunkInputSchema)
    .mutation(({ ctx, input }) => importChunk({ ctx: ctx.serviceContext, input })),
  finish: workspaceProcedure
    .input(z.object({ importId: z.string(), status: z.enum(["finished", "canceled"]) }))
    .mutation(({ ctx, input }) => finishWizardImport({ ctx: ctx.serviceContext, ...input })),
  get: workspaceProcedure
    .input(z.object({ importId: z.string() }))
    .query(({ ctx, input }) => getImport({ ctx: ctx.serviceContext, importId: input.importId })),
  list: workspaceProcedure
    .input(listImportsQuerySchema)
    .query(({ ctx, input }) => listImports({ ctx: ctx.serviceContext, input })),
  detail: workspaceProcedure
    .input(importIdSchema)
    .query(({ ctx, input }) => getImportDetail({ ctx: ctx.serviceContext, ...input })),
  rows: workspaceProcedure
    .input(importIdSchema.extend(listImportRowsQuerySchema.shape))
    .query(({ ctx, input: { importId, ...input } }) =>
      listImportRows({ ctx: ctx.serviceContext, importId, input }),
    ),
  failedRows: workspaceProcedure
    .input(importIdSchema)
    .query(({ ctx, input }) => listFailedRows({ ctx: ctx.serviceContext, ...input })),
  undo: workspaceProcedure
    .input(importIdSchema.extend(undoImportInputSchema.shape))
    .mutation(({ ctx, input: { importId, ...input } }) =>
      undoImport({ ctx: ctx.serviceContext, importId, input }),
    ),
  savedMapping: workspaceProcedure
    .input(z.object({ headers }))
    .query(({ ctx, input }) =>
      findSavedMapping({ ctx: ctx.serviceContext, headers: input.headers }),
    ),
  savedSheet: workspaceProcedure
    .input(z.object({ sheets }))
    .query(({ ctx, input }) => findSavedSheet({ ctx: ctx.serviceContext, sheets: input.sheets })),
  saveMapping: workspaceProcedure
    .input(
      z.object({
        headers,
        mapping: z.record(z.string(), z.string()),
        workbook: z.object({ sheets, sheet: sheetSchema }).optional(),
      }),
    )
    .mutation(({ ctx, input }) => saveMapping({ ctx: ctx.serviceContext, ...input })),
});
