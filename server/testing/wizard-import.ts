import { startWizardImportInputSchema } from "@/lib/schemas/wizard-import";
import type { ServiceContext } from "@/server/services/context";
import { startWizardImport } from "@/server/services/imports/start-wizard-import";

/** Opens a wizard import of a 4-row CSV file, `patch` over its start input. */
export async function startTestWizardImport(
  ctx: ServiceContext,
  patch: Partial<Record<keyof typeof startWizardImportInputSchema.shape, unknown>> = {},
) {
  const { importId } = await startWizardImport({
    ctx,
    input: startWizardImportInputSchema.parse({
      fileName: "leads.csv",
      fileSize: 100,
      totalRows: 4,
      encoding: "utf-8",
      delimiter: ",",
      mapping: { Email: "email" },
      options: {},
      ...patch,
    }),
  });
  return importId;
}
