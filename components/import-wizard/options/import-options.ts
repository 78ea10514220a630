import type { z } from "zod";
import { IMPORT_OPTION_DEFAULTS } from "@/lib/schemas/import-option-defaults";
import type { wizardImportOptionsSchema } from "@/lib/schemas/wizard-import";

export type ApiImportOptions = z.input<typeof wizardImportOptionsSchema>;

/** Step 3's form: the wizard's import options, every one filled in; an empty string is "none". */
export type OptionsForm = { [K in keyof ApiImportOptions]-?: NonNullable<ApiImportOptions[K]> };

export const DEFAULT_OPTIONS: OptionsForm = {
  skipDuplicates: IMPORT_OPTION_DEFAULTS.skipDuplicates,
  dataCleanup: IMPORT_OPTION_DEFAULTS.dataCleanup,
  tag: "",
  defaultCountry: "",
  campaignId: "",
};

export function toApiOptions(form: OptionsForm): ApiImportOptions {
  const tag = form.tag.trim();
  const defaultCountry = form.defaultCountry.trim();
  return {
    skipDuplicates: form.skipDuplicates,
    dataCleanup: form.dataCleanup,
    ...(tag ? { tag } : {}),
    ...(defaultCountry ? { defaultCountry } : {}),
    ...(form.campaignId ? { campaignId: form.campaignId } : {}),
  };
}
