import { describe, expect, it } from "vitest";
import { leadsFromRows } from "./leads-from-rows";

describe("leadsFromRows", () => {
  it.each([
    ["a, b;c|d", ["a", "b", "c", "d"]],
    ["* myContacts ::: Clients", ["* myContacts", "Clients"]],
    ['"Webinar 2026","Customer"', ["Webinar 2026", "Customer"]],
  ])("splits the tag list %j as exports write it", (value, tags) => {
    const [record] = leadsFromRows(
      [["a@x.io", value]],
      [
        { index: 0, target: "email" },
        { index: 1, target: "tags" },
      ],
    );
    expect(record?.tags).toEqual(tags);
  });
});
