CREATE TABLE "saved_sheet_choices" (
	"workspace_id" text NOT NULL,
	"sheet_set_hash" text NOT NULL,
	"sheet" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "saved_sheet_choices_workspace_id_sheet_set_hash_pk" PRIMARY KEY("workspace_id","sheet_set_hash")
);
--> statement-breakpoint
ALTER TABLE "imports" ADD COLUMN "sheet" text;--> statement-breakpoint
ALTER TABLE "saved_sheet_choices" ADD CONSTRAINT "saved_sheet_choices_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;