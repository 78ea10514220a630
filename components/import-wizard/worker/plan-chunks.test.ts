import { describe, expect, it } from "vitest";
import { planChunks } from "./plan-chunks";

describe("planChunks", () => {
  it("sends the first occurrence of an email and reports later ones as repeats", () => {
    const plan = planChunks(
      [{ email: "a@x.com" }, { email: "b@x.com" }, { email: " A@X.com " }, { email: "b@x.com" }],
      false,
      2,
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
      3,
    );
    expect(plan.chunks).toEqual([[0, 1, 2], [3]]);
    expect(plan.repeats).toEqual([]);
  });
});
