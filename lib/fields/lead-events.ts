/**
 * What a lead's history records besides imports (lead_events.kind). `import-undone`: an import's
 * undo deleted the lead or gave it back its values (`details`: `{ importId, change }`).
 */
export const LEAD_EVENT_KINDS = [
  "edited",
  "deleted",
  "tag-added",
  "tag-removed",
  "import-undone",
] as const;
export type LeadEventKind = (typeof LEAD_EVENT_KINDS)[number];
