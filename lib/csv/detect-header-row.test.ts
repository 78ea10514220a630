import { describe, expect, it } from "vitest";
import { detectHeaderRow } from "./detect-header-row";

const SALESFORCE_HEADER = ["First Name", "Last Name", "Title", "Company / Account", "Email"];
const LEAD = ["Rachel", "Goldberg", "VP of Finance", "Cobalt Ridge Partners", "rg@cobaltridge.com"];
const OTHER_LEAD = ["David", "Okafor", "Procurement Lead", "Meridian Health", "do@meridian.org"];

describe("detectHeaderRow", () => {
  it("takes the first row when it is the header", () => {
    expect(detectHeaderRow([SALESFORCE_HEADER, LEAD, OTHER_LEAD])).toBe(0);
  });

  it("skips a Salesforce report's title, date and blank line", () => {
    const rows = [["Leads with converted lead information"], ["As of 03/01/2024"], [""]];
    expect(detectHeaderRow([...rows, SALESFORCE_HEADER, LEAD, OTHER_LEAD])).toBe(3);
  });

  it("skips title lines that Excel padded with empty cells", () => {
    const title = ["Leads Report", "", "", "", ""];
    const generated = ["Generated:", "2024-03-01", "", "", ""];
    expect(detectHeaderRow([title, generated, SALESFORCE_HEADER, LEAD])).toBe(2);
  });

  it("skips LinkedIn's Notes preamble", () => {
    const rows = [["Notes:"], ["When exporting your connection data, you may notice…"]];
    expect(detectHeaderRow([...rows, SALESFORCE_HEADER, LEAD])).toBe(2);
  });

  it("accepts a header with a blank label", () => {
    const header = ["First Name", "Last Name", "", "Email", "Company"];
    expect(detectHeaderRow([header, LEAD, OTHER_LEAD])).toBe(0);
  });

  it("accepts a header wider than sparse data rows", () => {
    const sparse = ["Zoë", "", "", "zoe@example.com", ""];
    expect(detectHeaderRow([SALESFORCE_HEADER, sparse, sparse])).toBe(0);
  });

  it("takes a lone header in a file with no data rows", () => {
    expect(detectHeaderRow([SALESFORCE_HEADER])).toBe(0);
  });

  it("takes the header under a title even with no data rows", () => {
    expect(detectHeaderRow([["Leads Report"], SALESFORCE_HEADER])).toBe(1);
  });

  it("does not take a row of email addresses or numbers for a header", () => {
    const rows = [["Export"], LEAD, ["1001", "2024-01-08", "42", "Acme", "3.5"], OTHER_LEAD];
    expect(detectHeaderRow(rows)).toBe(0);
  });

  it("falls back to the first non-blank row when nothing looks like a header", () => {
    expect(detectHeaderRow([[""], ["", ""], LEAD, OTHER_LEAD])).toBe(2);
  });

  it("returns 0 for no rows", () => {
    expect(detectHeaderRow([])).toBe(0);
  });
});
