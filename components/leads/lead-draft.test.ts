import { describe, expect, it } from "vitest";
import type { Lead } from "@/lib/schemas/lead";
import { draftOf, patchOf } from "./lead-draft";

const lead: Lead = {
  id: "l1",
  email: "ada@example.com",
  firstName: "Ada",
  lastName: null,
  companyName: "Analytical",
  jobTitle: null,
  phone: null,
  linkedinUrl: null,
  website: null,
  city: null,
  state: null,
  country: "GB",
  timezone: null,
  notes: null,
  source: null,
  status: null,
  emailStatus: "unverified",
  tags: ["vip", "eu"],
  customFields: { Industry: "Computing", Size: "1" },
  createdAt: "2026-01-01T00:00:00.000Z",
  updatedAt: "2026-01-01T00:00:00.000Z",
};

describe("a lead's edit form", () => {
  it("sends nothing when nothing changed", () => {
    expect(patchOf(lead, draftOf(lead))).toBeNull();
  });

  it("sends only what changed, emptied fields and removed custom fields as null", () => {
    const draft = draftOf(lead);
    draft.fields.firstName = " Augusta ";
    draft.fields.lastName = "King";
    draft.fields.country = "";
    draft.emailStatus = "valid";
    draft.tags = "vip, warm, vip";
    draft.customFields = [
      { name: "Industry", value: "Maths" },
      { name: "Founded", value: "1843" },
      { name: "", value: "ignored" },
    ];
    expect(patchOf(lead, draft)).toEqual({
      firstName: "Augusta",
      lastName: "King",
      country: null,
      emailStatus: "valid",
      tags: ["vip", "warm"],
      customFields: { Size: null, Industry: "Maths", Founded: "1843" },
    });
  });
});
