import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { POST as importCsv } from "@/app/v1/leads/import/csv/route";
import { expectedMapping, VENDOR_EXPORTS } from "@/e2e/fixtures/vendors/vendor-exports";
import { callRoute } from "@/server/testing/call-route";
import { createTestWorkspace } from "@/server/testing/test-workspace";
import { withTestDatabase } from "@/server/testing/with-test-database";

const database = withTestDatabase();
const VENDORS = new URL("../../../../../e2e/fixtures/vendors/", import.meta.url);

describe("POST /v1/leads/import/csv on 33 vendor exports, with no mapping given", () => {
  it.each(VENDOR_EXPORTS.map((vendor) => [vendor.vendor, vendor] as const))(
    "imports %s with every column mapped right and the expected counts",
    async (_, vendor) => {
      const { key } = await createTestWorkspace(database.current.db);
      const form = new FormData();
      const bytes = new Uint8Array(readFileSync(new URL(vendor.file, VENDORS)));
      form.append("file", new Blob([bytes]), vendor.file);
      const { status, json } = await callRoute(importCsv, {
        path: "/v1/leads/import/csv",
        headers: { "X-Api-Key": key },
        body: form,
      });
      expect(status, JSON.stringify(json)).toBe(200);
      const { imported, updated, skipped, failed, csvInfo } = json.data;
      expect(csvInfo.mapping).toEqual(expectedMapping(vendor));
      expect({ created: imported, failed, skipped }).toEqual(vendor.counts);
      expect(updated).toBe(0);
      expect(csvInfo.totalRows).toBe(imported + skipped + failed);
      const footer = (csvInfo.warnings ?? []).find(
        (warning: { kind: string }) => warning.kind === "footer-lines",
      );
      expect(footer?.count ?? 0).toBe(vendor.footerLines ?? 0);
    },
  );
});
