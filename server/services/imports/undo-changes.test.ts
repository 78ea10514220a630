import { describe, expect, it } from "vitest";
import type { leads } from "@/db/schema";
import { undoChanges } from "./undo-changes";

function lead(overrides: Partial<typeof leads.$inferSelect> = {}): typeof leads.$inferSelect {
  const at = new Date("2026-12-01T10:00:00Z");
  return {
    workspaceId: "w",
    id: "l1",
    email: "ada@example.com",
    emailKey: "ada@example.com",
    firstName: "Augusta",
    lastName: "King",
    companyName: null,
    jobTitle: "CTO",
    phone: null,
    linkedinUrl: null,
    website: null,
    city: null,
    state: null,
    country: null,
    timezone: null,
    notes: null,
    source: null,
    status: null,
    emailStatus: "valid",
    tags: ["vip", "q3", "imported"],
    customFields: { industry: "Computing", score: "9" },
    lastImportId: "i2",
    deletedAt: null,
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}

describe("undoChanges", () => {
  it("lists each field undo gives back, a field that had no value going back to null", () => {
    const prior = {
      first_name: "Ada",
      job_title: null,
      updated_at: "2026-11-30T09:00:00+00:00",
      last_import_id: "i1",
    };
    expect(undoChanges(prior, lead())).toEqual({
      firstName: { from: "Augusta", to: "Ada" },
      jobTitle: { from: "CTO", to: null },
    });
  });

  it("removes the tags the import added and puts custom fields back, keys it added removed", () => {
    const prior = { "tags+": ["imported"], custom: { industry: "Maths", score: null } };
    expect(undoChanges(prior, lead())).toEqual({
      tags: { from: ["vip", "q3", "imported"], to: ["vip", "q3"] },
      "custom:industry": { from: "Computing", to: "Maths" },
      "custom:score": { from: "9", to: null },
    });
  });

  it("leaves out what the lead already has again, and the bookkeeping columns", () => {
    const prior = { first_name: "Augusta", "tags+": ["gone"], deleted_at: null };
    expect(undoChanges(prior, lead())).toEqual({});
  });
});
