import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseCsv } from "./parse-csv";

const SPECTRUM = new URL("../../../shared/testdata/csv-spectrum/", import.meta.url);
const CASES = readdirSync(new URL("csvs/", SPECTRUM))
  .filter((file) => file.endsWith(".csv"))
  .map((file) => file.slice(0, -".csv".length))
  .sort();

/**
 * Where this copy of csv-spectrum disagrees with itself. Its location_coordinates.json is a bare
 * object whose phone number (1234567890) is not the CSV's (2095257564); upstream both say
 * 02095257564 and the JSON is an array. The CSV is what we parse, so its bytes win.
 */
const EXPECTED_FIXES: Record<string, (expected: unknown) => unknown> = {
  location_coordinates: (expected) => [
    { ...(expected as Record<string, string>), "Contact Phone Number": "2095257564" },
  ],
};

function readCase(name: string): Uint8Array {
  const bytes = new Uint8Array(readFileSync(new URL(`csvs/${name}.csv`, SPECTRUM)));
  // This copy's *_crlf files lost their CRs (a git line-ending conversion); put them back so the
  // case tests what its name and its JSON (`"Once upon \r\na time"`) say.
  if (!name.endsWith("_crlf") || bytes.includes(0x0d)) return bytes;
  const text = new TextDecoder().decode(bytes).replaceAll("\n", "\r\n");
  return new TextEncoder().encode(text);
}

function toObjects(headers: readonly string[], rows: readonly string[][]) {
  return rows.map((row) =>
    Object.fromEntries(headers.map((header, index) => [header, row[index]])),
  );
}

describe("parseCsv on csv-spectrum", () => {
  it("finds the conformance cases", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(12);
  });

  it.each(CASES)("parses %s.csv to the records in %s.json", (name) => {
    const json: unknown = JSON.parse(readFileSync(new URL(`json/${name}.json`, SPECTRUM), "utf8"));
    const expected = EXPECTED_FIXES[name]?.(json) ?? json;
    const parsed = parseCsv(readCase(name));
    expect(parsed.delimiter).toBe(",");
    expect(parsed.hasUnterminatedQuote).toBe(false);
    expect(toObjects(parsed.headers, parsed.rows)).toEqual(expected);
  });

  it("keeps the CRs inside a quoted field of a CRLF file", () => {
    const parsed = parseCsv(readCase("newlines_crlf"));
    expect(parsed.rows[1]?.[0]).toBe("Once upon \r\na time");
  });
});
