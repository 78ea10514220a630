import { describe, expect, it } from "vitest";
import { SAMPLE_LEAD } from "@/lib/leads/testing/sample-lead";
import type { Lead } from "@/lib/schemas/lead";
import { leadChanges } from "./lead-changes";

const lead = SAMPLE_LEAD;

describe("leadChanges", () => {
  it("lists only the fields that changed, with their values before and after", () => {
    const after: Lead = {
      ...lead,
      firstName: "Augusta",
      lastName: "King",
      country: null,
      emailStatus: "valid",
      tags: ["vip", "warm"],
      customFields: { Industry: "Maths", Founded: "1843" },
      updatedAt: "2026-02-01T00:00:00.000Z",
    };
    expect(leadChanges(lead, after)).toEqual({
      firstName: { from: "Ada", to: "Augusta" },
      lastName: { from: null, to: "King" },
      country: { from: "GB", to: null },
      emailStatus: { from: "unverified", to: "valid" },
      tags: { from: ["vip"], to: ["vip", "warm"] },
      "custom:Industry": { from: "Computing", to: "Maths" },
      "custom:Size": { from: "1", to: null },
      "custom:Founded": { from: null, to: "1843" },
    });
  });

  it("finds nothing when an edit sends the values the lead already has", () => {
    expect(leadChanges(lead, { ...lead, updatedAt: "2026-03-01T00:00:00.000Z" })).toEqual({});
  });
});
