import { describe, expect, it } from "vitest";
import { type FindReplace, replacerOf } from "./find-replace";

const spec = (patch: Partial<FindReplace>): FindReplace => ({
  column: 0,
  find: "",
  replace: "",
  isWholeCell: false,
  isCaseSensitive: false,
  ...patch,
});

describe("replacerOf", () => {
  it("replaces every occurrence of literal text, ignoring case unless asked", () => {
    const replace = replacerOf(spec({ find: "(AT)", replace: "@" }));
    expect(replace("office(at)beacon.com")).toBe("office@beacon.com");
    expect(replace("a(at)b(At)c")).toBe("a@b@c");
    expect(replace("nothing here")).toBeNull();
    const exact = replacerOf(spec({ find: "Inc", replace: "Inc.", isCaseSensitive: true }));
    expect(exact("inc")).toBeNull();
    expect(exact("Acme Inc")).toBe("Acme Inc.");
  });

  it("takes the text literally: dots, stars and dollar signs are themselves", () => {
    expect(replacerOf(spec({ find: ".con", replace: ".com" }))("a@gmail.con")).toBe("a@gmail.com");
    expect(replacerOf(spec({ find: ".", replace: "" }))("abc")).toBeNull();
    expect(replacerOf(spec({ find: "x", replace: "$&$&" }))("x")).toBe("$&$&");
  });

  it("in whole-cell mode replaces only cells that are the text, and can fill empty cells", () => {
    const whole = replacerOf(spec({ find: "n/a", replace: "", isWholeCell: true }));
    expect(whole(" N/A ")).toBe("");
    expect(whole("n/a please")).toBeNull();
    const fill = replacerOf(spec({ find: "", replace: "US", isWholeCell: true }));
    expect(fill("")).toBe("US");
    expect(fill("FR")).toBeNull();
    expect(replacerOf(spec({ find: "", replace: "x" }))("")).toBeNull();
  });
});
