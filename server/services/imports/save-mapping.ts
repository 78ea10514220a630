import { savedMappings, savedSheetChoices } from "@/db/schema";
import type { ServiceContext } from "@/server/services/context";
import { headerSetHash, sheetSetHash } from "./header-set-hash";

/**
 * Remembers the mapping used for a file with these headers and, for a workbook, the sheet chosen
 * among its sheets: both are offered again for the next file of the same shape.
 */
export async function saveMapping({
  ctx,
  headers,
  mapping,
  workbook,
}: {
  ctx: ServiceContext;
  headers: string[];
  mapping: Record<string, string>;
  workbook?: { sheets: string[]; sheet: string };
}) {
  const values = {
    workspaceId: ctx.workspaceId,
    headerSetHash: headerSetHash(headers),
    mapping,
    updatedAt: new Date(),
  };
  await ctx.db
    .insert(savedMappings)
    .values(values)
    .onConflictDoUpdate({
      target: [savedMappings.workspaceId, savedMappings.headerSetHash],
      set: { mapping, updatedAt: values.updatedAt },
    });
  if (!workbook) return;
  const choice = {
    workspaceId: ctx.workspaceId,
    sheetSetHash: sheetSetHash(workbook.sheets),
    sheet: workbook.sheet,
    updatedAt: values.updatedAt,
  };
  await ctx.db
    .insert(savedSheetChoices)
    .values(choice)
    .onConflictDoUpdate({
      target: [savedSheetChoices.workspaceId, savedSheetChoices.sheetSetHash],
      set: { sheet: choice.sheet, updatedAt: choice.updatedAt },
    });
}
