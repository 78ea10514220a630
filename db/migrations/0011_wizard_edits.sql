ALTER TABLE "import_chunks" ADD COLUMN "edits" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "imports" ADD COLUMN "skipped_rows" jsonb DEFAULT '[]'::jsonb NOT NULL;