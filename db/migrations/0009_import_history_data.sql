-- Each import names its door (it was told by its endpoint), and a completed import is `finished`.
UPDATE "imports" SET "door" = CASE "endpoint"
  WHEN 'POST /v1/leads/bulk' THEN 'bulk'
  WHEN 'POST /v1/leads/bulk-import' THEN 'bulk-import'
  WHEN 'POST /v1/leads/import/csv' THEN 'csv'
  WHEN 'POST /v1/campaigns/{id}/leads/import/csv' THEN 'campaign-csv'
  WHEN 'POST /v1/campaigns/{id}/leads' THEN 'campaign-leads'
  WHEN 'web wizard' THEN 'wizard'
  ELSE CASE "source" WHEN 'ui' THEN 'wizard' WHEN 'csv' THEN 'csv' ELSE 'bulk' END
END;--> statement-breakpoint
UPDATE "imports" SET "status" = 'finished' WHERE "status" = 'completed';--> statement-breakpoint
-- The wizard's chunks keep their outcomes as lines of text (lib/leads/row-report-lines.ts).
UPDATE "import_chunks" SET "report" = coalesce((
  SELECT string_agg((o ->> 'row') || E'\t' || CASE o ->> 'kind'
      WHEN 'created' THEN 'c' || (o ->> 'leadId')
      WHEN 'updated' THEN 'u' || (o ->> 'leadId')
      WHEN 'restored' THEN 'r' || (o ->> 'leadId')
      WHEN 'existing' THEN 'e' || (o ->> 'leadId')
      WHEN 'deleted-match' THEN 'd' || (o ->> 'leadId')
      WHEN 'repeated' THEN 'p' || (o ->> 'firstRow')
      ELSE 'f' || CASE o ->> 'reason' WHEN 'email-missing' THEN 'm' WHEN 'email-invalid' THEN 'i' ELSE 'n' END
        || coalesce((o -> 'email')::text, '')
    END, E'\n' ORDER BY position)
  FROM jsonb_array_elements("outcomes") WITH ORDINALITY AS e(o, position)), '');
--> statement-breakpoint
-- Lead ids are random: PostgreSQL's compression gains nothing on them, so it is not attempted.
ALTER TABLE "import_batches" ALTER COLUMN "created" SET STORAGE EXTERNAL;--> statement-breakpoint
ALTER TABLE "import_chunks" ALTER COLUMN "report" SET STORAGE EXTERNAL;
