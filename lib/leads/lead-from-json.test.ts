import { describe, expect, it } from "vitest";
import { leadInputSchema } from "@/lib/schemas/lead";
import { leadFromJson } from "./lead-from-json";

const fromBody = (body: string) => leadFromJson(leadInputSchema.parse(JSON.parse(body)));

describe("leadFromJson", () => {
  it("takes seed 003's spellings unless the API's own names are sent", () => {
    expect(fromBody('{"email": "a@acme.com", "company": "Acme", "title": "CTO"}')).toMatchObject({
      companyName: "Acme",
      jobTitle: "CTO",
    });
    expect(fromBody('{"company": "Old", "companyName": "New"}').companyName).toBe("New");
  });

  it("keeps every key it is given as a custom field, __proto__ and constructor included", () => {
    const input = JSON.parse(
      '{"email": "a@acme.com", "__proto__": "x", "constructor": "y", "customFields": {"plan": "pro"}}',
    );
    expect(JSON.stringify(leadFromJson(input).customFields)).toBe(
      '{"__proto__":"x","constructor":"y","plan":"pro"}',
    );
  });
});
