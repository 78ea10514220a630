import { describe, expect, it } from "vitest";
import { DAMAGE_MESSAGES, type DamageKind, findDamage } from "./damaged-values";
import type { MappingTarget } from "./mapping-target";

const phone = { target: "phone", header: "Phone" } as const;
const corporatePhone = { target: "custom:Corporate Phone", header: "Corporate Phone" } as const;
const zip = { target: "custom:Zip", header: "Zip" } as const;
const salesforceZip = { target: "custom:Zip/Postal Code", header: "Zip/Postal Code" } as const;
const plz = { target: "custom:PLZ", header: "PLZ" } as const;
const city = { target: "city", header: "City" } as const;
const phoneSentToNotes = { target: "notes", header: "Phone notes" } as const;

describe("findDamage", () => {
  it.each<[string, { target: MappingTarget; header: string }, DamageKind | null]>([
    ["4.15555E+09", phone, "scientific-notation"],
    ["4,15555E+09", phone, "scientific-notation"],
    ["4.15555e+09", corporatePhone, "scientific-notation"],
    ["1.23457E+11", { target: "custom:Record ID", header: "Record ID" }, "scientific-notation"],
    ["+1 415 555 1234", phone, null],
    ["4155551234", phone, null],
    ["#N/A", city, "spreadsheet-error"],
    ["#VALUE!", phone, "spreadsheet-error"],
    ["#REF!", zip, "spreadsheet-error"],
    ["#NAME?", { target: "firstName", header: "First Name" }, "spreadsheet-error"],
    ["#DIV/0!", { target: "custom:Revenue", header: "Revenue" }, "spreadsheet-error"],
    ["#NULL!", city, "spreadsheet-error"],
    ["#NUM!", city, "spreadsheet-error"],
    [" #n/a ", city, "spreadsheet-error"],
    ["Err:502", city, "spreadsheet-error"],
    ["#1 customer", { target: "notes", header: "Notes" }, null],
    ["1900-01-00", phone, "date-in-phone"],
    ["00/01/1900", phone, "date-in-phone"],
    ["12/03/2024", phone, "date-in-phone"],
    ["12.03.2024", corporatePhone, "date-in-phone"],
    ["2024-03-12 00:00:00", phone, "date-in-phone"],
    ["12/03/2024", city, null],
    ["12/03/2024", phoneSentToNotes, null],
    ["030/1234567", phone, null],
    ["2134", zip, "lost-leading-zero"],
    ["501", zip, "lost-leading-zero"],
    ["2134-1234", salesforceZip, "lost-leading-zero"],
    ["02134", zip, null],
    ["94105", zip, null],
    ["1067", plz, null],
    ["2134", city, null],
    ["", phone, null],
    ["Jane", { target: "firstName", header: "First Name" }, null],
  ])("flags %j in %o as %s", (value, column, kind) => {
    expect(findDamage(value, column)).toBe(kind);
  });

  it("has a sentence for every kind", () => {
    for (const message of Object.values(DAMAGE_MESSAGES)) expect(message).toMatch(/^[A-Z].*\.$/);
  });

  it("checks a million cells quickly", () => {
    const values = ["+1 415 555 1234", "Jane", "4.15555E+09", "#N/A", "jane@acme.com", "2134"];
    const columns = [phone, zip, city];
    const started = performance.now();
    let found = 0;
    for (let i = 0; i < 1_000_000; i++) {
      if (findDamage(values[i % 6] ?? "", columns[i % 3] ?? city)) found++;
    }
    expect(found).toBeGreaterThan(0);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
