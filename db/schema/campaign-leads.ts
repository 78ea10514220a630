import { foreignKey, index, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { MEMBERSHIP_STATUSES } from "@/lib/fields/campaign-statuses";
import { campaigns } from "./campaigns";
import { leads } from "./leads";

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
    foreignKey({
      columns: [t.workspaceId, t.campaignId],
      foreignColumns: [campaigns.workspaceId, campaigns.id],
    }).onDelete("cascade"),
    foreignKey({
      columns: [t.workspaceId, t.leadId],
      foreignColumns: [leads.workspaceId, leads.id],
    }).onDelete("cascade"),
    index("campaign_leads_lead_idx").on(t.workspaceId, t.leadId),
  ],
);
