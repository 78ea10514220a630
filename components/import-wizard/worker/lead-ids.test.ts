import { describe, expect, it } from "vitest";
import { LeadIds } from "./lead-ids";

describe("LeadIds", () => {
  it("gives back UUIDs and ids of any other form as they were set", () => {
    const ids = new LeadIds(3);
    ids.set(0, "0f8e1c2a-9b3d-4e5f-8a6b-7c8d9e0f1a2b");
    ids.set(2, "lead_42");
    expect(ids.get(0)).toBe("0f8e1c2a-9b3d-4e5f-8a6b-7c8d9e0f1a2b");
    expect(ids.get(1)).toBeUndefined();
    expect(ids.get(2)).toBe("lead_42");
    ids.set(2, "00000000-0000-4000-8000-000000000000");
    expect(ids.get(2)).toBe("00000000-0000-4000-8000-000000000000");
  });
});
