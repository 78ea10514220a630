import { describe, expect, it } from "vitest";
import { cleanWebsite } from "./website";

describe("cleanWebsite", () => {
  it.each([
    ["acme.com", "https://acme.com"],
    ["  www.acme.co.uk ", "https://www.acme.co.uk"],
    ["acme.com/about?ref=csv", "https://acme.com/about?ref=csv"],
    ["Acme.COM", "https://Acme.COM"],
    ["münchen-gmbh.de", "https://münchen-gmbh.de"],
    ["shop.acme.io:8443/app", "https://shop.acme.io:8443/app"],
  ])("adds https:// to the bare domain %j", (raw, expected) => {
    expect(cleanWebsite(raw)).toBe(expected);
  });

  it.each([
    ["http://acme.com", "http://acme.com"],
    [" https://www.acme.com/ ", "https://www.acme.com/"],
    ["HTTPS://ACME.COM", "HTTPS://ACME.COM"],
    ["N/A", "N/A"],
    ["none", "none"],
    ["john@acme.com", "john@acme.com"],
    ["acme", "acme"],
    ["192.168.0.1", "192.168.0.1"],
    ["  see   LinkedIn ", "see LinkedIn"],
    ["acme.com\tor\tacme.io", "acme.com or acme.io"],
    ["", ""],
  ])("keeps %j, which has a scheme or is no domain, trimmed", (raw, expected) => {
    expect(cleanWebsite(raw)).toBe(expected);
  });
});
