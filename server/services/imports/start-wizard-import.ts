import type { StartWizardImportInput } from "@/lib/schemas/wizard-import";
import { findCampaignRow } from "@/server/services/campaigns/find-campaign-row";
import type { ServiceContext } from "@/server/services/context";
import { openImportRecord } from "./import-record";

/** Opens the `imports` record the wizard's chunks all write under. */
export async function startWizardImport({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: StartWizardImportInput;
}) {
  if (input.options.campaignId)
    await findCampaignRow(ctx.db, ctx.workspaceId, input.options.campaignId);
  const importId = await openImportRecord(ctx, {
    door: "wizard",
    campaignId: input.options.campaignId,
    options: input.options,
    totalRows: input.totalRows,
    fileName: input.fileName,
    fileSize: input.fileSize,
    encoding: input.encoding,
    delimiter: input.sheet === undefined ? input.delimiter : null,
    sheet: input.sheet,
    mapping: input.mapping,
    skippedRows: input.skippedRows,
  });
  return { importId };
}
