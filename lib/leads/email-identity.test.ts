import { describe, expect, it } from "vitest";
import { emailIdentity, noIdentityReason } from "./email-identity";

describe("emailIdentity", () => {
  it.each([
    ["  John@Acme.com ", "john@acme.com"],
    ["JANE.DOE@EXAMPLE.CO.UK", "jane.doe@example.co.uk"],
  ])("trims and lower-cases %j whether cleanup is on or off", (raw, expected) => {
    expect(emailIdentity(raw, false)).toBe(expected);
    expect(emailIdentity(raw, true)).toBe(expected);
  });

  it("removes mailto: and brackets only when cleanup is on", () => {
    expect(emailIdentity("mailto:JOHN@ACME.COM", true)).toBe("john@acme.com");
    expect(emailIdentity("John <john@acme.com>", true)).toBe("john@acme.com");
    expect(emailIdentity("mailto:JOHN@ACME.COM", false)).toBeNull();
  });

  it("strips invisible characters with cleanup on and refuses them as invalid with it off", () => {
    const lookalike = "john\u200B@acme.com";
    expect(emailIdentity(lookalike, true)).toBe("john@acme.com");
    expect(emailIdentity(lookalike, false)).toBeNull();
    expect(noIdentityReason(lookalike, false)).toBe("email-invalid");
  });

  it.each([[undefined], [""], ["   "], ["nope"], ["mailto:"], ["a@b"]])(
    "has none for %j",
    (raw) => {
      expect(emailIdentity(raw, true)).toBeNull();
      expect(emailIdentity(raw, false)).toBeNull();
    },
  );
});

describe("noIdentityReason", () => {
  it("says missing when nothing is left once cleaned, invalid otherwise", () => {
    expect(noIdentityReason(undefined, true)).toBe("email-missing");
    expect(noIdentityReason("  ", false)).toBe("email-missing");
    expect(noIdentityReason("mailto:", true)).toBe("email-missing");
    expect(noIdentityReason("mailto:", false)).toBe("email-invalid");
    expect(noIdentityReason("nope", true)).toBe("email-invalid");
  });
});
