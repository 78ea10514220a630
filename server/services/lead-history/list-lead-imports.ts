import { type SQL, sql } from "drizzle-orm";
import { rowsOf } from "@/db/client";
import type { leads } from "@/db/schema";
import type { ImportDoor } from "@/lib/fields/import-doors";
import type { ImportStatus } from "@/lib/fields/import-statuses";
import type { ServiceContext } from "@/server/services/context";
import { type LeadPrior, priorFields } from "@/server/services/imports/undo-changes";

/** The most imports a lead's history follows back. */
const MAX_LEAD_IMPORTS = 20;

export interface LeadImportEntry {
  kind: "import";
  /** When the import wrote this lead (its batch's time). */
  at: string;
  importId: string;
  door: ImportDoor;
  fileName: string | null;
  status: ImportStatus;
  /** What it did to the lead; null for an import older than its records. */
  change: "created" | "restored" | "updated" | null;
  /** The fields it changed (`custom:<name>` for custom fields). */
  fields: string[];
}

interface ImportWrite {
  id: string;
  door: ImportDoor;
  status: ImportStatus;
  file_name: string | null;
  at: string;
  was_created: boolean | null;
  prior: LeadPrior | null;
}

/** One import's record of what it did to the lead: the batch that wrote it, at `writtenAt` if known. */
async function findImportWrite(
  ctx: ServiceContext,
  leadId: string,
  importId: string,
  writtenAt: SQL | null,
): Promise<ImportWrite | undefined> {
  const [write] = rowsOf<ImportWrite>(
    await ctx.db.execute(sql`
      select i.id, i.door, i.status, i.file_name,
        coalesce(b.written_at, i.finished_at, i.started_at) as at,
        ${leadId} = any(b.created) as was_created, b.changed -> ${leadId} as prior
      from imports i
      left join lateral (
        select written_at, created, changed from import_batches
        where workspace_id = i.workspace_id and import_id = i.id
          ${writtenAt === null ? sql`` : sql`and written_at = ${writtenAt}`}
          and (${leadId} = any(created) or changed ? ${leadId})
        order by id limit 1
      ) b on true
      where i.workspace_id = ${ctx.workspaceId} and i.id = ${importId}`),
  );
  return write;
}

/**
 * The imports that wrote a lead, newest first, read from their records: the import that last
 * wrote it, then the one its prior names as the lead's import before (`last_import_id`), and so
 * on back to the import that created it. Each write set the lead's `updated_at` to its batch's
 * time, and the next write's prior keeps it, so each step looks in one batch; only when the lead
 * changed after its last import are that import's batches searched. An undone import gave the
 * lead its import before back, so it is not in the chain (its undo is in the lead's events); an
 * import that only added a tag to a lead it skipped does not change the lead's import either.
 */
export async function listLeadImports(
  ctx: ServiceContext,
  lead: Pick<typeof leads.$inferSelect, "id" | "lastImportId" | "createdAt">,
): Promise<LeadImportEntry[]> {
  const entries: LeadImportEntry[] = [];
  let importId = lead.lastImportId;
  // To the microsecond, which a JS Date would round away.
  let writtenAt: SQL | null = sql`(select updated_at from leads
    where workspace_id = ${ctx.workspaceId} and id = ${lead.id})`;
  while (importId && entries.length < MAX_LEAD_IMPORTS) {
    const exact = await findImportWrite(ctx, lead.id, importId, writtenAt);
    const write =
      exact && (exact.was_created || exact.prior)
        ? exact
        : await findImportWrite(ctx, lead.id, importId, null);
    if (!write) break;
    entries.push({
      kind: "import",
      // The import that created the lead wrote it when it was created, to the millisecond shown.
      at: (write.was_created ? lead.createdAt : new Date(write.at)).toISOString(),
      importId: write.id,
      door: write.door,
      fileName: write.file_name,
      status: write.status,
      change: write.was_created ? "created" : changeOf(write.prior),
      fields: write.prior ? priorFields(write.prior) : [],
    });
    importId = typeof write.prior?.last_import_id === "string" ? write.prior.last_import_id : null;
    const before = write.prior?.updated_at;
    writtenAt = typeof before === "string" ? sql`${before}::timestamptz` : null;
  }
  return entries;
}

function changeOf(prior: LeadPrior | null): LeadImportEntry["change"] {
  if (!prior) return null;
  return "deleted_at" in prior ? "restored" : "updated";
}
