import { and, eq } from "drizzle-orm";
import { savedSheetChoices } from "@/db/schema";
import type { ServiceContext } from "@/server/services/context";
import { sheetSetHash } from "./header-set-hash";

/** The sheet this workspace last imported from a workbook with these sheets, if still one of them. */
export async function findSavedSheet({ ctx, sheets }: { ctx: ServiceContext; sheets: string[] }) {
  const [row] = await ctx.db
    .select({ sheet: savedSheetChoices.sheet, updatedAt: savedSheetChoices.updatedAt })
    .from(savedSheetChoices)
    .where(
      and(
        eq(savedSheetChoices.workspaceId, ctx.workspaceId),
        eq(savedSheetChoices.sheetSetHash, sheetSetHash(sheets)),
      ),
    );
  return row && sheets.includes(row.sheet)
    ? { sheet: row.sheet, savedAt: row.updatedAt.toISOString() }
    : null;
}
