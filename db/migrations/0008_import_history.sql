CREATE TABLE "import_batches" (
	"workspace_id" text NOT NULL,
	"import_id" text NOT NULL,
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "import_batches_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"written_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created" text[] DEFAULT '{}'::text[] NOT NULL,
	"changed" jsonb,
	CONSTRAINT "import_batches_workspace_id_import_id_id_pk" PRIMARY KEY("workspace_id","import_id","id")
);
--> statement-breakpoint
CREATE TABLE "import_events" (
	"workspace_id" text NOT NULL,
	"import_id" text NOT NULL,
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "import_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"kind" text NOT NULL,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"actor_user_id" text,
	"actor_key_id" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "import_events_workspace_id_import_id_id_pk" PRIMARY KEY("workspace_id","import_id","id")
);
--> statement-breakpoint
DROP INDEX "imports_listing_idx";--> statement-breakpoint
ALTER TABLE "import_chunks" ALTER COLUMN "outcomes" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "imports" ALTER COLUMN "started_at" SET DATA TYPE timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "imports" ALTER COLUMN "started_at" SET DEFAULT now();--> statement-breakpoint
ALTER TABLE "campaign_leads" ADD COLUMN "import_id" text;--> statement-breakpoint
ALTER TABLE "import_chunks" ADD COLUMN "report" text;--> statement-breakpoint
ALTER TABLE "imports" ADD COLUMN "door" text;--> statement-breakpoint
ALTER TABLE "imports" ADD COLUMN "actor_user_id" text;--> statement-breakpoint
ALTER TABLE "imports" ADD COLUMN "actor_key_id" text;--> statement-breakpoint
ALTER TABLE "imports" ADD COLUMN "campaign_id" text;--> statement-breakpoint
ALTER TABLE "imports" ADD COLUMN "campaign_added" integer;--> statement-breakpoint
ALTER TABLE "imports" ADD COLUMN "campaign_already_members" integer;--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "undo_window_days" integer DEFAULT 30 NOT NULL;--> statement-breakpoint
ALTER TABLE "import_batches" ADD CONSTRAINT "import_batches_workspace_id_import_id_imports_workspace_id_id_fk" FOREIGN KEY ("workspace_id","import_id") REFERENCES "public"."imports"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_events" ADD CONSTRAINT "import_events_workspace_id_import_id_imports_workspace_id_id_fk" FOREIGN KEY ("workspace_id","import_id") REFERENCES "public"."imports"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "imports_listing_idx" ON "imports" USING btree ("workspace_id","started_at","id");