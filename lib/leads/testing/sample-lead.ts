import type { Lead } from "@/lib/schemas/lead";

/** A lead as the API returns it, with some fields, tags and custom fields set, for unit tests. */
export const SAMPLE_LEAD: Lead = {
  id: "l1",
  email: "ada@example.com",
  firstName: "Ada",
  lastName: null,
  companyName: "Analytical",
  jobTitle: null,
  phone: null,
  linkedinUrl: null,
  website: null,
  city: null,
  state: null,
  country: "GB",
  timezone: null,
  notes: null,
  source: null,
  status: null,
  emailStatus: "unverified",
  tags: ["vip"],
  customFields: { Industry: "Computing", Size: "1" },
  createdAt: "2026-01-01T00:00:00.000Z",
  updatedAt: "2026-01-01T00:00:00.000Z",
};
