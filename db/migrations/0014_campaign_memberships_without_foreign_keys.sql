ALTER TABLE "campaign_leads" DROP CONSTRAINT "campaign_leads_workspace_id_campaign_id_campaigns_workspace_id_id_fk";
--> statement-breakpoint
ALTER TABLE "campaign_leads" DROP CONSTRAINT "campaign_leads_workspace_id_lead_id_leads_workspace_id_id_fk";
