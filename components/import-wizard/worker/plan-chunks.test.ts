import { describe, expect, it } from "vitest";
import { chunkCountOf, chunkRows, chunkSizesOf, planChunks } from "./plan-chunks";
import type { RowCheck } from "./row-checks";

const oneCharacter = () => 1;

describe("planChunks", () => {
  it("sends first occurrences and failing rows, and holds back repeats and skipped rows", () => {
    const checks: RowCheck[] = ["send", "repeated", "failed", "skipped", "send"];
    const plan = planChunks(checks.length, (row) => checks[row] as RowCheck, oneCharacter);
    expect([...plan.rows]).toEqual([0, 2, 4]);
    expect(chunkCountOf(plan)).toBe(1);
  });

  it("cuts the sent rows into chunks of CHUNK_ROWS, the last one shorter", () => {
    const plan = planChunks(2_500, () => "send", oneCharacter);
    expect(chunkSizesOf(plan)).toEqual([1_000, 1_000, 500]);
    expect(chunkRows(plan, 1)[0]).toBe(1_000);
    expect(chunkCountOf(planChunks(3, () => "skipped", oneCharacter))).toBe(0);
  });

  it("cuts a chunk short when its rows are long, so its request stays under the body limit", () => {
    const plan = planChunks(
      5,
      () => "send",
      () => 400,
      { rows: 10, characters: 1_000 },
    );
    expect(chunkSizesOf(plan)).toEqual([2, 2, 1]);
    const alone = planChunks(
      1,
      () => "send",
      () => 5_000,
      { characters: 1_000 },
    );
    expect(chunkSizesOf(alone)).toEqual([1]);
  });
});
