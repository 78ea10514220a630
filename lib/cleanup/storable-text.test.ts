import { describe, expect, it } from "vitest";
import { echoableText, hasUnstorableCharacter, storableText } from "./storable-text";

describe("storable text", () => {
  it.each([
    ["a\u0000b", true],
    ["lone high \uD800", true],
    ["lone low \uDC00 here", true],
    ["emoji 😀 pair", false],
    ["tab\tline\nbreak\r", false],
    ["bell\u0007", false],
  ])("knows whether %j can be stored: %s", (text, isUnstorable) => {
    expect(hasUnstorableCharacter(text)).toBe(isUnstorable);
  });

  it("removes NUL and control characters, keeps tabs and line breaks, replaces lone surrogates", () => {
    expect(storableText("A\u0000n\u0007a\u001B\u0085 Smith\t\r\n")).toBe("Ana Smith\t\r\n");
    expect(storableText("bro\uD83Dken 😀")).toBe("bro\uFFFDken 😀");
  });

  it("echoes unstorable characters as U+FFFD and leaves the rest alone", () => {
    expect(echoableText("a\u0000b\uDC00c\u0007")).toBe("a\uFFFDb\uFFFDc\u0007");
  });
});
