import { index, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { MEMBERSHIP_STATUSES } from "@/lib/fields/campaign-statuses";

export const campaignLeads = pgTable(
  "campaign_leads",
  {
    workspaceId: text("workspace_id").notNull(),
    campaignId: text("campaign_id").notNull(),
    leadId: text("lead_id").notNull(),
    status: text("status", { enum: MEMBERSHIP_STATUSES }).notNull().default("pending"),
    /** The import that added this membership (campaign doors), so undoing it removes just these. */
    importId: text("import_id"),
    createdAt: timestamp("created_at", { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.campaignId, t.leadId] }),
    // No foreign keys: PostgreSQL checks one per inserted row (a lookup and a row lock each),
    // which took adding a million leads to a campaign from about 13 s to 35 s (bench/results/
    // plans-million.md). insert-memberships.ts inserts only ids read from the workspace's leads
    // while it holds the campaign row; deleteCampaign deletes the memberships with the campaign;
    // leads are only ever soft-deleted.
    index("campaign_leads_lead_idx").on(t.workspaceId, t.leadId),
  ],
);
