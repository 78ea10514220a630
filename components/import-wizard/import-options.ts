import type { z } from "zod";
import type { uiImportOptionsSchema } from "@/lib/schemas/ui-import";

/** Step 3's form; empty strings mean "none". */
export interface ImportOptions {
  skipDuplicates: boolean;
  dataCleanup: boolean;
  tag: string;
  defaultCountry: string;
  campaignId: string;
}

export const DEFAULT_OPTIONS: ImportOptions = {
  skipDuplicates: true,
  dataCleanup: true,
  tag: "",
  defaultCountry: "",
  campaignId: "",
};

export type ApiImportOptions = z.input<typeof uiImportOptionsSchema>;

export function toApiOptions(options: ImportOptions): ApiImportOptions {
  const tag = options.tag.trim();
  const defaultCountry = options.defaultCountry.trim();
  return {
    skipDuplicates: options.skipDuplicates,
    dataCleanup: options.dataCleanup,
    ...(tag ? { tag } : {}),
    ...(defaultCountry ? { defaultCountry } : {}),
    ...(options.campaignId ? { campaignId: options.campaignId } : {}),
  };
}
