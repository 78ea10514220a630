ALTER TABLE "leads" DROP CONSTRAINT "leads_workspace_id_workspaces_id_fk";
