-- Modify "answers" table
ALTER TABLE "answers" ADD COLUMN "question_options" jsonb NULL;
-- Modify "connections" table
ALTER TABLE "connections" ADD COLUMN "company_id" character varying NOT NULL DEFAULT '', ADD COLUMN "webhook_url" character varying NOT NULL DEFAULT '', ADD COLUMN "last_error_code" character varying NULL, ADD COLUMN "missing_scopes" jsonb NULL, ADD COLUMN "oauth_state_hash" character varying NULL, ADD COLUMN "oauth_state_user_id" character varying NOT NULL DEFAULT '', ADD COLUMN "oauth_state_expires_at" timestamptz NULL;
-- Create index "connections_oauth_state_hash_key" to table: "connections"
CREATE UNIQUE INDEX "connections_oauth_state_hash_key" ON "connections" ("oauth_state_hash");
-- Modify "field_mappings" table
ALTER TABLE "field_mappings" ADD COLUMN "question_key" character varying NOT NULL DEFAULT '', ADD COLUMN "question_label" character varying NOT NULL DEFAULT '';
-- Modify "form_questions" table
ALTER TABLE "form_questions" ADD COLUMN "source_field_key" character varying NOT NULL DEFAULT '';
-- Modify "ironclad_fields" table
ALTER TABLE "ironclad_fields" ADD COLUMN "description" character varying NOT NULL DEFAULT '', ADD COLUMN "free_text_allowed" boolean NOT NULL DEFAULT false, ADD COLUMN "kind" character varying NOT NULL DEFAULT 'TEXT', ADD COLUMN "answer_options" jsonb NULL;
-- Modify "ironclad_workflows" table
ALTER TABLE "ironclad_workflows" ADD COLUMN "drift_summary" character varying NOT NULL DEFAULT '', ADD COLUMN "field_count" bigint NOT NULL DEFAULT 0, ADD COLUMN "needs_review_count" bigint NOT NULL DEFAULT 0;
-- Modify "mappings" table
ALTER TABLE "mappings" ADD COLUMN "form_version" bigint NOT NULL DEFAULT 0;
-- Modify "sync_events" table
ALTER TABLE "sync_events" ADD COLUMN "ironclad_workflow_sync_events" character varying NULL, ADD CONSTRAINT "sync_events_ironclad_workflows_sync_events" FOREIGN KEY ("ironclad_workflow_sync_events") REFERENCES "ironclad_workflows" ("id") ON UPDATE NO ACTION ON DELETE SET NULL;
