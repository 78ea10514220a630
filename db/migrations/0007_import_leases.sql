ALTER TABLE "idempotency_keys" ADD COLUMN "runner_id" text;--> statement-breakpoint
ALTER TABLE "imports" ADD COLUMN "runner_id" text;--> statement-breakpoint
ALTER TABLE "imports" ADD COLUMN "heartbeat_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "imports_running_idx" ON "imports" USING btree ("runner_id") WHERE "imports"."status" = 'running';