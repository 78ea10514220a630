import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { expectedMapping, VENDOR_EXPORTS } from "@/e2e/fixtures/vendors/vendor-exports";
import { footerWarning } from "@/lib/leads/collect-csv-warnings";
import { MAPPING_RULES } from "@/lib/mapping/mapping-rules";
import { CsvSession } from "./csv-session";

const VENDORS = new URL("../../../e2e/fixtures/vendors/", import.meta.url);

async function openInWizard(file: string) {
  const session = new CsvSession();
  const bytes = readFileSync(new URL(file, VENDORS));
  const summary = await session.open(
    new Blob([new Uint8Array(bytes)]),
    {},
    {
      onPreview: () => {},
      onProgress: () => {},
    },
  );
  return { session, summary };
}

describe("the wizard on 33 vendor exports, with no mapping given", () => {
  it("has a fixture for every vendor the table lists, and no more", () => {
    expect(VENDOR_EXPORTS.length).toBeGreaterThanOrEqual(32);
    expect(new Set(VENDOR_EXPORTS.map((vendor) => vendor.file)).size).toBe(VENDOR_EXPORTS.length);
  });

  it.each(VENDOR_EXPORTS.map((vendor) => [vendor.vendor, vendor] as const))(
    "maps every column of %s right",
    async (_, vendor) => {
      const { summary } = await openInWizard(vendor.file);
      expect(summary.detected.mapping).toEqual(expectedMapping(vendor));
      expect(Object.keys(summary.detected.mapping)).toEqual(summary.headers);
      for (const column of summary.detected.columns) {
        expect(column.reason.startsWith(`${MAPPING_RULES[column.rule]}: `), column.reason).toBe(
          true,
        );
      }
    },
  );

  it.each(VENDOR_EXPORTS.map((vendor) => [vendor.vendor, vendor] as const))(
    "reads the rows of %s, its footer left out, and plans its repeats",
    async (_, vendor) => {
      const { session, summary } = await openInWizard(vendor.file);
      const { created, failed, skipped } = vendor.counts;
      expect(summary.totalRows).toBe(created + failed + skipped);
      expect(summary.footerLines).toBe(vendor.footerLines ?? 0);
      if (vendor.footerLines) {
        expect(footerWarning(summary)?.message).toMatch(
          /^\d+ footer lines? after row \d+ skipped$/,
        );
      }
      const plan = session.plan("import", { columns: summary.detected.columns, dataCleanup: true });
      expect(plan.repeatCount).toBe(skipped);
    },
  );
});
