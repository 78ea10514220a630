import { describe, expect, it } from "vitest";
import { EmailIndex, identityHash } from "./email-index";

/** An index over rows whose identities are given, every one forced into `hash` when asked. */
function indexOver(identities: Array<string | null>) {
  return new EmailIndex((row) => identities[row] ?? null);
}

describe("EmailIndex", () => {
  it("names the first row of an identity, whatever order rows are added in", () => {
    const identities = ["", "", "a@x.com", "", "", "a@x.com", "", "", "", "a@x.com"];
    const index = indexOver(identities);
    const hash = identityHash("a@x.com");
    for (const row of [5, 9, 2]) index.add(hash, row);
    expect(index.firstOf(hash, 9, "a@x.com")).toBe(2);
    expect(index.rowsOf(hash)).toEqual([2, 5, 9]);
  });

  it("hands the first place to the next row when the first one leaves", () => {
    const index = indexOver(["", "a@x.com", "", "", "a@x.com", "", "", "a@x.com"]);
    const hash = identityHash("a@x.com");
    for (const row of [1, 4, 7]) index.add(hash, row);
    index.remove(hash, 1);
    expect(index.firstOf(hash, 7, "a@x.com")).toBe(4);
    index.remove(hash, 7);
    index.remove(hash, 4);
    expect(index.rowsOf(hash)).toEqual([]);
  });

  it("tells apart two identities that share a hash", () => {
    const identities = ["a@x.com", "b@y.com", "a@x.com", "b@y.com"];
    const index = indexOver(identities);
    for (const row of [0, 1, 2, 3]) index.add(7, row);
    expect(index.firstOf(7, 1, "b@y.com")).toBe(1);
    expect(index.firstOf(7, 2, "a@x.com")).toBe(0);
    expect(index.firstOf(7, 3, "b@y.com")).toBe(1);
  });

  it("hashes the same identity alike and different ones apart", () => {
    expect(identityHash("a@x.com")).toBe(identityHash("a@x.com"));
    expect(identityHash("a@x.com")).not.toBe(identityHash("b@x.com"));
  });
});
