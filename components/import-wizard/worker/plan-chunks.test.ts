import { describe, expect, it } from "vitest";
import { planChunks } from "./plan-chunks";

describe("planChunks", () => {
  it("sends the first occurrence of an email and reports later ones as repeats", () => {
    const plan = planChunks(
      [{ email: "a@x.com" }, { email: "b@x.com" }, { email: " A@X.com " }, { email: "b@x.com" }],
      false,
      { rows: 2 },
    );
    expect(plan.chunks).toEqual([[0, 1]]);
    expect(plan.repeats).toEqual([
      [2, 0],
      [3, 1],
    ]);
  });

  it("matches emails after cleanup only when cleanup is on", () => {
    const records = [{ email: "a@x.com" }, { email: "mailto:a@x.com" }];
    expect(planChunks(records, true).repeats).toEqual([[1, 0]]);
    expect(planChunks(records, false).repeats).toEqual([]);
  });

  it("sends rows without a valid email so the server reports them", () => {
    const plan = planChunks(
      [{}, { email: "nope" }, { email: "nope" }, { email: "c@x.com" }],
      true,
      { rows: 3 },
    );
    expect(plan.chunks).toEqual([[0, 1, 2], [3]]);
    expect(plan.repeats).toEqual([]);
  });

  it("cuts a chunk short when its rows are long, so its request stays under the body limit", () => {
    const records = [1, 2, 3, 4, 5].map((i) => ({ email: `r${i}@x.com`, notes: "n".repeat(400) }));
    const plan = planChunks(records, true, { rows: 10, characters: 1_000 });
    expect(plan.chunks).toEqual([[0, 1], [2, 3], [4]]);
    const alone = planChunks([{ email: "big@x.com", notes: "n".repeat(5_000) }], true, {
      characters: 1_000,
    });
    expect(alone.chunks).toEqual([[0]]);
  });
});
