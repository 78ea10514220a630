import { describe, expect, it } from "vitest";
import {
  EMPTY_FILTER_FORM,
  readFilterParams,
  toLeadFilters,
  writeFilterParams,
} from "./lead-filter-form";

describe("the leads page's filters", () => {
  it("round-trip through the URL, a campaign exclusion included", () => {
    const form = {
      ...EMPTY_FILTER_FORM,
      search: "acme",
      tag: "vip, warm",
      campaignId: "c1",
      campaignMode: "notIn" as const,
      createdFrom: "2026-03-01",
    };
    const params = writeFilterParams(form);
    expect(params.toString()).toBe("q=acme&tag=vip%2C+warm&notInCampaign=c1&from=2026-03-01");
    expect(readFilterParams(params)).toEqual(form);
  });

  it("leave empty inputs out of the URL and of the filter", () => {
    expect(writeFilterParams(EMPTY_FILTER_FORM).toString()).toBe("");
    expect(toLeadFilters({ ...EMPTY_FILTER_FORM, search: "  ", tag: " , " })).toEqual({});
  });

  it("become the server's filter: lists split on commas, both days included", () => {
    const filters = toLeadFilters({
      ...EMPTY_FILTER_FORM,
      tag: "vip, warm",
      country: "DE",
      emailStatus: "valid",
      campaignId: "c1",
      importId: "i1",
      createdFrom: "2026-03-01",
      createdTo: "2026-03-31",
    });
    expect(filters).toEqual({
      tags: ["vip", "warm"],
      country: ["DE"],
      emailStatus: ["valid"],
      campaignId: "c1",
      importId: "i1",
      createdFrom: new Date(2026, 2, 1).toISOString(),
      createdBefore: new Date(2026, 3, 1).toISOString(),
    });
  });
});
