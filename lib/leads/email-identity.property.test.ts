import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { emailIdentity } from "./email-identity";

/** What surrounds an address pasted from anywhere: spaces, tabs, line breaks, NBSP, a BOM. */
const surrounding = fc.string({ unit: fc.constantFrom(" ", "\t", "\n", "\r", "\u00A0", "\uFEFF") });

describe("emailIdentity", () => {
  it("ignores case and surrounding whitespace, cleanup on or off", () => {
    fc.assert(
      fc.property(
        fc.mixedCase(fc.emailAddress()),
        surrounding,
        surrounding,
        fc.boolean(),
        (email, before, after, dataCleanup) => {
          const plain = emailIdentity(email.toLowerCase(), dataCleanup);
          expect(emailIdentity(`${before}${email}${after}`, dataCleanup)).toBe(plain);
          expect(emailIdentity(email.toUpperCase(), dataCleanup)).toBe(plain);
        },
      ),
      { numRuns: 1_000 },
    );
  });

  it("is one key or none for any text, and the key is its own identity", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "binary", maxLength: 60 }),
        fc.boolean(),
        (text, dataCleanup) => {
          const key = emailIdentity(text, dataCleanup);
          if (key !== null) expect(emailIdentity(key, dataCleanup)).toBe(key);
        },
      ),
      { numRuns: 2_000 },
    );
  });
});
