/** What a lead's history records besides imports (lead_events.kind). */
export const LEAD_EVENT_KINDS = ["edited", "deleted", "tag-added", "tag-removed"] as const;
export type LeadEventKind = (typeof LEAD_EVENT_KINDS)[number];
