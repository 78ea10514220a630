import { describe, expect, it } from "vitest";
import { numberText, plainNumber, serialToIso, unescapeOoxml } from "./cell-text";
import { GENERAL } from "./number-format";

describe("plainNumber", () => {
  it.each([
    [447712345678, "447712345678"],
    [4.47712345678e11, "447712345678"],
    [1e21, "1000000000000000000000"],
    [0.30000000000000004, "0.3"],
    [1.5e-7, "0.00000015"],
    [-2.5e22, "-25000000000000000000000"],
    [12000, "12000"],
  ])("writes %s as %s, never in exponent notation", (value, text) => {
    expect(plainNumber(value)).toBe(text);
  });
});

describe("serialToIso", () => {
  const date = { hasDate: true, hasTime: false };
  const dateTime = { hasDate: true, hasTime: true };
  it.each([
    [45356, date, false, "2024-03-05"],
    [45356.6041666667, dateTime, false, "2024-03-05T14:30:00"],
    [45356.6041666667, date, false, "2024-03-05"],
    [45356, dateTime, false, "2024-03-05"],
    [1, date, false, "1900-01-01"],
    [59, date, false, "1900-02-28"],
    [61, date, false, "1900-03-01"],
    [0, date, true, "1904-01-01"],
    [43894, date, true, "2024-03-05"],
    [0.75, { hasDate: false, hasTime: true }, false, "18:00:00"],
    [45356.99999999, dateTime, false, "2024-03-06"],
  ])("reads serial %s (%o, 1904: %s) as %s", (serial, format, is1904, iso) => {
    expect(serialToIso(serial, format, is1904)).toBe(iso);
  });
});

describe("numberText", () => {
  it("pads a ZIP code formatted 00000 and shows a percentage as a person sees it", () => {
    expect(numberText("2134", { kind: "zeros", width: 5 }, false)).toBe("02134");
    expect(numberText("0.15", { kind: "percent" }, false)).toBe("15%");
    expect(numberText("0.1235", { kind: "percent" }, false)).toBe("12.35%");
  });

  it("keeps what is not a number as it was written", () => {
    expect(numberText("", GENERAL, false)).toBe("");
    expect(numberText("abc", GENERAL, false)).toBe("abc");
    expect(numberText("4.47712345678E+11", GENERAL, false)).toBe("447712345678");
  });
});

describe("unescapeOoxml", () => {
  it("turns _xHHHH_ escapes into their characters", () => {
    expect(unescapeOoxml("line_x000D_\nnext")).toBe("line\r\nnext");
    expect(unescapeOoxml("a_x005F_x000D_b")).toBe("a_x000D_b");
    expect(unescapeOoxml("plain_text")).toBe("plain_text");
  });
});
