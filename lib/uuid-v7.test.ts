import { describe, expect, it } from "vitest";
import { newUuidV7s } from "./uuid-v7";

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("newUuidV7s", () => {
  it("makes version 7, variant 10 UUIDs stamped with the current millisecond", () => {
    const before = Date.now();
    const [id] = newUuidV7s(1);
    expect(id).toMatch(UUID_V7);
    const ms = Number.parseInt((id as string).replace("-", "").slice(0, 12), 16);
    expect(ms).toBeGreaterThanOrEqual(before);
    expect(ms).toBeLessThanOrEqual(Date.now() + 1);
  });

  it("makes ids that sort as text in the order they were made, many per millisecond too", () => {
    const ids = [...newUuidV7s(20_000), ...newUuidV7s(3)];
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => UUID_V7.test(id))).toBe(true);
    expect([...ids].sort()).toEqual(ids);
  });
});
