import { describe, expect, it } from "vitest";
import { uniqueHeaders } from "./unique-headers";

describe("uniqueHeaders", () => {
  it("keeps distinct headers as they are and renames nothing", () => {
    expect(uniqueHeaders(["First Name", "Email"])).toEqual({
      headers: ["First Name", "Email"],
      renamed: [],
    });
  });

  it("trims headers and strips a stray BOM and zero-width characters without reporting a rename", () => {
    expect(uniqueHeaders(["\uFEFFFirst Name ", " Email\u200B", "Com\u200Dpany\u2060"])).toEqual({
      headers: ["First Name", "Email", "Company"],
      renamed: [],
    });
  });

  it("names a blank header after its 1-based position", () => {
    expect(uniqueHeaders(["Email", "", "  "])).toEqual({
      headers: ["Email", "Column 2", "Column 3"],
      renamed: [
        { index: 1, original: "", header: "Column 2" },
        { index: 2, original: "  ", header: "Column 3" },
      ],
    });
  });

  it("numbers repeated headers from (2), ignoring case", () => {
    expect(uniqueHeaders(["Email", "Name", "Email", "email"])).toEqual({
      headers: ["Email", "Name", "Email (2)", "email (3)"],
      renamed: [
        { index: 2, original: "Email", header: "Email (2)" },
        { index: 3, original: "email", header: "email (3)" },
      ],
    });
  });

  it("never gives a generated name that another column already has", () => {
    expect(uniqueHeaders(["Email", "Email", "Email (2)", "", "Column 4"]).headers).toEqual([
      "Email",
      "Email (3)",
      "Email (2)",
      "Column 4 (2)",
      "Column 4",
    ]);
  });

  it("treats a header that only differs by spaces as a repeat", () => {
    expect(uniqueHeaders(["Email", " Email "]).headers).toEqual(["Email", "Email (2)"]);
  });
});
