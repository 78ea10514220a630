import { describe, expect, it } from "vitest";
import { cleanPhone } from "./phone";

describe("cleanPhone", () => {
  it.each([
    ["+44 (0)20 7946 0958", undefined, "+442079460958"],
    ["+44 (0)20 7946 0958", "US", "+442079460958"],
    ["0044 20 7946 0958", undefined, "+442079460958"],
    ["020-7946-0958", "GB", "+442079460958"],
    ["07700 900123", "GB", "+447700900123"],
    ["(415) 555-2671", "US", "+14155552671"],
    ["415.555.2671", "US", "+14155552671"],
    ["+1 415-555-2671", undefined, "+14155552671"],
    ["tel:+1-415-555-2671", undefined, "+14155552671"],
    ["TEL: 020 7946 0958", "GB", "+442079460958"],
    ["011 44 20 7946 0958", "US", "+442079460958"],
    ["030 1234567", "DE", "+49301234567"],
    ["+49 (0) 30 1234567", undefined, "+49301234567"],
    ["06 12 34 56 78", "FR", "+33612345678"],
    ["(11) 98765-4321", "BR", "+5511987654321"],
    ["+44 20 7946 0958 (mobile)", undefined, "+442079460958"],
  ] as const)("turns %j (region %s) into %j", (raw, region, expected) => {
    expect(cleanPhone(raw, region)).toBe(expected);
  });

  it.each([
    ["1-800-FLOWERS", "US", "+18003569377"],
    ["1-800-flowers", "US", "+18003569377"],
    ["+1 800 GOT JUNK", undefined, "+18004685865"],
  ] as const)("spells out the vanity number %j", (raw, region, expected) => {
    expect(cleanPhone(raw, region)).toBe(expected);
  });

  it.each([
    ["+1 415 555 2671 x123", undefined, "+14155552671;ext=123"],
    ["(415) 555-2671 ext. 45", "US", "+14155552671;ext=45"],
    ["020 7946 0958 #9", "GB", "+442079460958;ext=9"],
    ["+14155552671;ext=123", undefined, "+14155552671;ext=123"],
    ["1-800-FLOWERS x7", "US", "+18003569377;ext=7"],
  ] as const)("keeps the extension of %j in RFC 3966 form", (raw, region, expected) => {
    expect(cleanPhone(raw, region)).toBe(expected);
  });

  it.each([
    ["12/03/2024", "US"],
    ["12/03/2024", "DE"],
    ["03.12.2024", "DE"],
    ["2024-03-12", "GB"],
    ["2024-03-12T09:30:00Z", "GB"],
    ["3/12/24", "US"],
    ["31-12-2024", "FR"],
  ] as const)("keeps the date-looking phone %j as it was (region %s)", (raw, region) => {
    expect(cleanPhone(raw, region)).toBe(raw);
  });

  it.each([
    ["4155552671", undefined, "4155552671"],
    ["  (415)   555-2671 ", undefined, "(415) 555-2671"],
    ["555-1234", "US", "555-1234"],
    ["call after 5pm", "US", "call after 5pm"],
    ["n/a", "GB", "n/a"],
    ["4.41207946096E+11", "GB", "4.41207946096E+11"],
    ["tel:12345", "US", "12345"],
    ["+1 (555)", undefined, "+1 (555)"],
  ] as const)(
    "keeps %j, which is no possible number, trimmed and collapsed",
    (raw, region, expected) => {
      expect(cleanPhone(raw, region)).toBe(expected);
    },
  );

  it("gives the same answer from its memo as from a fresh parse", () => {
    const first = cleanPhone("020 7946 0958", "GB");
    expect(cleanPhone("020 7946 0958", "GB")).toBe(first);
    expect(cleanPhone("020 7946 0958")).toBe("020 7946 0958");
  });

  it("is idempotent on its own output", () => {
    for (const raw of ["+44 (0)20 7946 0958", "(415) 555-2671 ext. 45", "12/03/2024"]) {
      const once = cleanPhone(raw, "US");
      expect(cleanPhone(once, "US")).toBe(once);
    }
  });
});
