CREATE TABLE "import_chunks" (
	"workspace_id" text NOT NULL,
	"import_id" text NOT NULL,
	"chunk_index" integer NOT NULL,
	"row_count" integer NOT NULL,
	"outcomes" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "import_chunks_workspace_id_import_id_chunk_index_pk" PRIMARY KEY("workspace_id","import_id","chunk_index")
);
--> statement-breakpoint
CREATE TABLE "saved_mappings" (
	"workspace_id" text NOT NULL,
	"header_set_hash" text NOT NULL,
	"mapping" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "saved_mappings_workspace_id_header_set_hash_pk" PRIMARY KEY("workspace_id","header_set_hash")
);
--> statement-breakpoint
ALTER TABLE "imports" ADD COLUMN "processed_rows" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "import_chunks" ADD CONSTRAINT "import_chunks_workspace_id_import_id_imports_workspace_id_id_fk" FOREIGN KEY ("workspace_id","import_id") REFERENCES "public"."imports"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saved_mappings" ADD CONSTRAINT "saved_mappings_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;