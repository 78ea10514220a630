import { describe, expect, it } from "vitest";
import { listedRowErrors, recordedRowErrors } from "./row-errors";
import type { RowOutcome } from "./row-outcome";

const OUTCOMES: RowOutcome[] = [
  { kind: "failed", reason: "email-missing" },
  { kind: "created", leadId: "a" },
  { kind: "failed", reason: "email-invalid", email: "nope" },
  { kind: "failed", reason: "not-saved", email: "b@x.dev" },
];
const lineOf = (index: number) => index + 2;

describe("row errors", () => {
  it("keeps every failed row in the record, by row number, with the email it had", () => {
    expect(recordedRowErrors(OUTCOMES, lineOf)).toEqual([
      { row: 2, error: "Email is required" },
      { row: 4, email: "nope", error: "Invalid email format" },
      { row: 5, email: "b@x.dev", error: "Could not be saved; retry this row" },
    ]);
  });

  it("lists the first ones by email, else by row, in a door's own words", () => {
    const messages = {
      "email-missing": "Email is required",
      "email-invalid": "Invalid email",
      "lead-invalid": "Invalid lead",
      "not-saved": "Not saved",
    };
    expect(listedRowErrors(OUTCOMES, { limit: 2, messages, rowNumberOf: lineOf })).toEqual([
      { row: 2, error: "Email is required" },
      { email: "nope", error: "Invalid email" },
    ]);
  });
});
