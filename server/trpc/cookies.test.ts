import { describe, expect, it } from "vitest";
import { clearedCookie, isHttpsRequest, readCookie, sessionCookie } from "./cookies";

const EXPIRES = new Date("2026-12-01T00:00:00Z");

describe("session cookies", () => {
  it("are httpOnly and SameSite=Lax, and Secure only over HTTPS", () => {
    const plain = sessionCookie("lp_session", "a b", EXPIRES, { secure: false });
    expect(plain).toBe(
      "lp_session=a%20b; Path=/; HttpOnly; SameSite=Lax; Expires=Tue, 01 Dec 2026 00:00:00 GMT",
    );
    expect(sessionCookie("lp_session", "t", EXPIRES, { secure: true })).toContain("; Secure;");
    expect(clearedCookie("lp_session", { secure: true })).toBe(
      "lp_session=; Path=/; HttpOnly; SameSite=Lax; Secure; Max-Age=0",
    );
    expect(clearedCookie("lp_session", { secure: false })).not.toContain("Secure");
  });

  it("read back what was set", () => {
    const headers = new Headers({ cookie: "other=1; lp_session=a%20b" });
    expect(readCookie(headers, "lp_session")).toBe("a b");
    expect(readCookie(headers, "missing")).toBeUndefined();
  });
});

describe("isHttpsRequest", () => {
  const request = (url: string, headers: Record<string, string> = {}) =>
    new Request(url, { headers });

  it("follows the URL, or the proxy's X-Forwarded-Proto when there is one", () => {
    expect(isHttpsRequest(request("https://app.leadport.dev/api/trpc"))).toBe(true);
    expect(isHttpsRequest(request("http://localhost:3000/api/trpc"))).toBe(false);
    expect(
      isHttpsRequest(request("http://10.0.0.5/api/trpc", { "x-forwarded-proto": "https, http" })),
    ).toBe(true);
    expect(
      isHttpsRequest(request("https://10.0.0.5/api/trpc", { "x-forwarded-proto": "http" })),
    ).toBe(false);
  });
});
