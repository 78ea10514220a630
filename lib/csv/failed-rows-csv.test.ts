import { describe, expect, it } from "vitest";
import { parseCsv } from "@/lib/csv/parse-csv";
import { buildFailedRowsCsv } from "./failed-rows-csv";

describe("buildFailedRowsCsv", () => {
  it("keeps the header, adds an Error column and reads back with the same headers", () => {
    const csv = buildFailedRowsCsv(
      ["Email", "Name"],
      [{ cells: ["not-an-email", "=1+1"], error: "Invalid email format" }],
    );
    const parsed = parseCsv(csv);
    expect(parsed.headers).toEqual(["Email", "Name", "Error"]);
    expect(parsed.rows).toEqual([["not-an-email", "'=1+1", "Invalid email format"]]);
  });
});
