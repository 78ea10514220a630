ALTER TABLE "import_chunks" ALTER COLUMN "report" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "imports" ALTER COLUMN "door" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "import_chunks" DROP COLUMN "outcomes";--> statement-breakpoint
ALTER TABLE "imports" DROP COLUMN "source";--> statement-breakpoint
ALTER TABLE "imports" DROP COLUMN "endpoint";