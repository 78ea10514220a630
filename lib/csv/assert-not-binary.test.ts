import { describe, expect, it } from "vitest";
import { assertNotBinary, BINARY_FILE_MESSAGE } from "./assert-not-binary";
import { CsvFormatError } from "./csv-format-error";

describe("assertNotBinary", () => {
  it("rejects text with a NUL character", () => {
    expect(() => assertNotBinary("a,b\n1,\u00002\n")).toThrow(
      new CsvFormatError(BINARY_FILE_MESSAGE),
    );
  });

  it("rejects a NUL far past the sampled start", () => {
    expect(() => assertNotBinary(`${"a,b\n".repeat(100_000)}\u0000`)).toThrow(CsvFormatError);
  });

  it("rejects text where control characters are more than a few percent", () => {
    const noisy = "ab\u0001cd\u0002ef\u0003gh\u0004".repeat(50);
    expect(() => assertNotBinary(noisy)).toThrow(BINARY_FILE_MESSAGE);
  });

  it("accepts tabs, line breaks, form feeds, vertical tabs and a trailing Ctrl-Z", () => {
    expect(() => assertNotBinary("a\tb\r\n1\t2\u000b3\n\f\u001a")).not.toThrow();
  });

  it("accepts a stray control character in an otherwise normal file", () => {
    expect(() =>
      assertNotBinary(`Name,Notes\n${"Zoë,called back\n".repeat(40)}Liam,\u0007\n`),
    ).not.toThrow();
  });

  it("accepts an empty text", () => {
    expect(() => assertNotBinary("")).not.toThrow();
  });
});
