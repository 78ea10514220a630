import { describe, expect, it } from "vitest";
import { countryToRegion } from "./country";

describe("countryToRegion", () => {
  it.each([
    ["US", "US"],
    ["us", "US"],
    ["USA", "US"],
    ["U.S.", "US"],
    ["U.S.A.", "US"],
    ["United States", "US"],
    ["united states of america", "US"],
    ["UK", "GB"],
    ["GB", "GB"],
    ["United Kingdom", "GB"],
    ["Great Britain", "GB"],
    ["England", "GB"],
    ["Deutschland", "DE"],
    ["GERMANY", "DE"],
    ["France", "FR"],
    ["España", "ES"],
    ["Espana", "ES"],
    ["Spain", "ES"],
    ["Brasil", "BR"],
    ["Brazil", "BR"],
    ["Italia", "IT"],
    ["Nederland", "NL"],
    ["The Netherlands", "NL"],
    ["Schweiz", "CH"],
    ["Österreich", "AT"],
    ["OSTERREICH", "AT"],
    ["  south   korea ", "KR"],
    ["People's Republic of China", "CN"],
    ["中国", "CN"],
    ["Türkiye", "TR"],
    ["México", "MX"],
    ["Thailand", "TH"],
    ["fr", "FR"],
    ["JP", "JP"],
    ["ch", "CH"],
    ["DEU", "DE"],
  ])("maps %j to %s", (country, region) => {
    expect(countryToRegion(country)).toBe(region);
  });

  it.each([[undefined], [""], ["   "], ["XX"], ["ZZZ"], ["Atlantis"], ["Remote"]])(
    "gives no region for %j",
    (country) => {
      expect(countryToRegion(country)).toBeUndefined();
    },
  );

  it("answers the same the second time (memoised)", () => {
    expect(countryToRegion("Deutschland")).toBe("DE");
    expect(countryToRegion("Deutschland")).toBe("DE");
  });
});
