import { describe, expect, it } from "vitest";
import { isCrossSiteRequest } from "./is-cross-site-request";

const post = (headers: Record<string, string>) =>
  new Request("http://app.leadport.test/api/trpc/auth.signOut", {
    method: "POST",
    headers: { host: "app.leadport.test", ...headers },
  });

describe("isCrossSiteRequest", () => {
  it.each([
    ["same-origin", false],
    ["none", false],
    ["same-site", true],
    ["cross-site", true],
  ])("follows Sec-Fetch-Site %s", (site, isCrossSite) => {
    expect(isCrossSiteRequest(post({ "sec-fetch-site": site }))).toBe(isCrossSite);
  });

  it("trusts Sec-Fetch-Site over an Origin that would say otherwise", () => {
    const request = post({ "sec-fetch-site": "cross-site", origin: "http://app.leadport.test" });
    expect(isCrossSiteRequest(request)).toBe(true);
  });

  it("compares Origin with Host when the browser sends no Sec-Fetch-Site", () => {
    expect(isCrossSiteRequest(post({ origin: "http://app.leadport.test" }))).toBe(false);
    expect(isCrossSiteRequest(post({ origin: "https://evil.leadport.test" }))).toBe(true);
    expect(isCrossSiteRequest(post({ origin: "http://app.leadport.test:8080" }))).toBe(true);
    expect(isCrossSiteRequest(post({ origin: "null" }))).toBe(true);
  });

  it("lets a request without either header through: no browser sent it", () => {
    expect(isCrossSiteRequest(post({}))).toBe(false);
  });
});
