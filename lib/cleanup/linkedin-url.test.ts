import { describe, expect, it } from "vitest";
import { cleanLinkedinUrl } from "./linkedin-url";

const JANE = "https://www.linkedin.com/in/jane-doe-123";

describe("cleanLinkedinUrl", () => {
  it.each([
    "https://uk.linkedin.com/in/jane-doe-123/?trk=x",
    "https://www.linkedin.com/in/jane-doe-123",
    "https://www.linkedin.com/in/jane-doe-123/",
    "http://www.linkedin.com/in/jane-doe-123",
    "www.linkedin.com/in/jane-doe-123",
    "linkedin.com/in/jane-doe-123",
    "//linkedin.com/in/jane-doe-123",
    "  HTTPS://WWW.LINKEDIN.COM/in/jane-doe-123  ",
    "https://mobile.linkedin.com/in/jane-doe-123",
    "https://m.linkedin.com/in/jane-doe-123?utm_source=share#top",
    "https://de.linkedin.com/in/jane-doe-123/en",
    "https://www.linkedin.com/in/jane-doe-123/details/experience/",
    "https://www.linkedin.com/mwlite/in/jane-doe-123",
  ])("turns %j into the canonical profile URL", (raw) => {
    expect(cleanLinkedinUrl(raw)).toBe(JANE);
  });

  it.each([
    ["https://www.linkedin.com/in/Jane-Doe-123", JANE],
    ["https://www.linkedin.com/in/JANE-DOE-123/", JANE],
  ])("lower-cases the case-insensitive slug of %j", (raw, expected) => {
    expect(cleanLinkedinUrl(raw)).toBe(expected);
  });

  it.each([
    [
      "https://www.linkedin.com/in/jos%C3%A9-garc%C3%ADa",
      "https://www.linkedin.com/in/josé-garcía",
    ],
    ["https://www.linkedin.com/in/JOSÉ-garcía", "https://www.linkedin.com/in/josé-garcía"],
    ["https://www.linkedin.com/in/a%2Fb", "https://www.linkedin.com/in/a%2fb"],
    ["https://www.linkedin.com/in/100%-jane", "https://www.linkedin.com/in/100%-jane"],
  ])("decodes the slug of %j unless decoding would break the path", (raw, expected) => {
    expect(cleanLinkedinUrl(raw)).toBe(expected);
  });

  it.each([
    ["https://www.linkedin.com/company/acme/", "https://www.linkedin.com/company/acme"],
    [
      "linkedin.com/company/Acme-Corp/about/?viewAsMember=true",
      "https://www.linkedin.com/company/acme-corp",
    ],
    ["https://uk.linkedin.com/company/12345", "https://www.linkedin.com/company/12345"],
    [
      "https://www.linkedin.com/school/stanford-university/",
      "https://www.linkedin.com/school/stanford-university",
    ],
  ])("keeps the path form of the page %j", (raw, expected) => {
    expect(cleanLinkedinUrl(raw)).toBe(expected);
  });

  it.each([
    ["  https://twitter.com/janedoe  ", "https://twitter.com/janedoe"],
    ["https://notlinkedin.com.evil.io/in/jane", "https://notlinkedin.com.evil.io/in/jane"],
    ["https://notlinkedin.com/in/jane", "https://notlinkedin.com/in/jane"],
    ["https://www.linkedin.com/feed/", "https://www.linkedin.com/feed/"],
    ["https://www.linkedin.com/in/", "https://www.linkedin.com/in/"],
    ["jane-doe-123", "jane-doe-123"],
    ["", ""],
  ])("returns %j, which is no LinkedIn profile or page, trimmed and unchanged", (raw, expected) => {
    expect(cleanLinkedinUrl(raw)).toBe(expected);
  });
});
