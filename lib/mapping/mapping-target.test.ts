import { describe, expect, it } from "vitest";
import {
  customTarget,
  InvalidMappingError,
  parseMappingJson,
  parseMappingTarget,
  unknownColumnsMessage,
} from "./mapping-target";

describe("parseMappingTarget", () => {
  it.each([
    ["email", "email"],
    ["firstName", "firstName"],
    ["emailStatus", "emailStatus"],
    ["tags", "tags"],
    ["FirstName", "firstName"],
    [" EMAIL ", "email"],
    ["company", "companyName"],
    ["title", "jobTitle"],
    ["skip", "skip"],
    ["Skip", "skip"],
    ["custom:Industry", "custom:Industry"],
    ["custom: Annual Revenue ", "custom:Annual Revenue"],
    ["Custom:Industry", "custom:Industry"],
    ["custom:email", "custom:email"],
  ])("reads %j as %j", (text, target) => {
    expect(parseMappingTarget(text)).toBe(target);
  });

  it.each([
    "",
    "bogus",
    "first name",
    "first_name",
    "custom:",
    "custom:   ",
    "customIndustry",
    "ignore",
  ])("refuses %j", (text) => {
    expect(parseMappingTarget(text)).toBeNull();
  });
});

describe("parseMappingJson", () => {
  it("reads seed 001's mapping", () => {
    const json =
      '{"Email": "email", "First Name": "firstName", "Company": "companyName", "Industry": "custom:Industry"}';
    expect(parseMappingJson(json)).toEqual({
      Email: "email",
      "First Name": "firstName",
      Company: "companyName",
      Industry: "custom:Industry",
    });
  });

  it("accepts an empty object", () => {
    expect(parseMappingJson("{}")).toEqual({});
  });

  it("keeps a __proto__ header as an ordinary key", () => {
    const mapping = parseMappingJson('{"__proto__": "email"}');
    expect(Object.keys(mapping)).toEqual(["__proto__"]);
    expect(Object.getPrototypeOf(mapping)).toBe(Object.prototype);
  });

  it.each([
    ["not json", "not json"],
    ["an empty string", ""],
    ["an array", "[]"],
    ["null", "null"],
    ["a JSON string", '"email"'],
    ["a number", "5"],
    ["a number value", '{"Email": 5}'],
    ["a null value", '{"Email": null}'],
    ["an array value", '{"Email": ["email"]}'],
    ["an unknown target", '{"Email": "bogus"}'],
    ["a custom target without a name", '{"X": "custom:"}'],
  ])("refuses %s with Invalid mapping JSON", (_, json) => {
    expect(() => parseMappingJson(json)).toThrow(InvalidMappingError);
    expect(() => parseMappingJson(json)).toThrow(/^Invalid mapping JSON$/);
  });
});

describe("customTarget", () => {
  it.each([
    ["Industry", 0, "custom:Industry"],
    [" Seniority ", 3, "custom:Seniority"],
    ["", 2, "custom:Column 3"],
  ])("keeps %j (column %i) as %j", (header, index, target) => {
    expect(customTarget(header, index)).toBe(target);
  });
});

describe("unknownColumnsMessage", () => {
  it("quotes every header the file lacks", () => {
    expect(unknownColumnsMessage(["Foo", "Bar Baz"])).toBe(
      'Mapping names columns not in the file: "Foo", "Bar Baz"',
    );
  });

  it("names ten at most, each cut at 100 characters, and counts the rest", () => {
    const columns = Array.from({ length: 5_000 }, (_, i) => `${"x".repeat(120)}${i}`);
    const message = unknownColumnsMessage(columns);
    expect(message).toMatch(/ and 4,990 more$/);
    expect(message.match(/"x{100}…"/g)).toHaveLength(10);
    expect(message.length).toBeLessThan(1_200);
  });
});
