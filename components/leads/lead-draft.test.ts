import { describe, expect, it } from "vitest";
import { SAMPLE_LEAD } from "@/lib/leads/testing/sample-lead";
import type { Lead } from "@/lib/schemas/lead";
import { draftOf, patchOf } from "./lead-draft";

const lead: Lead = { ...SAMPLE_LEAD, tags: ["vip", "eu"] };

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
