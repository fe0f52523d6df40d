-- Modify "connections" table
ALTER TABLE "connections" ADD COLUMN "comment_delete" character varying NOT NULL DEFAULT 'UNKNOWN';
-- Modify "linked_workflows" table
ALTER TABLE "linked_workflows" ADD COLUMN "comments_synced_at" timestamptz NULL;
-- Modify "comments" table
ALTER TABLE "comments" ADD COLUMN "edited_at" timestamptz NULL, ADD COLUMN "sync_status" character varying NOT NULL DEFAULT 'NOT_SYNCED', ADD COLUMN "sync_action" character varying NULL, ADD COLUMN "sync_error" character varying NOT NULL DEFAULT '', ADD COLUMN "sync_attempts" bigint NOT NULL DEFAULT 0, ADD COLUMN "queued_at" timestamptz NULL, ADD COLUMN "next_attempt_at" timestamptz NULL, ADD COLUMN "linked_workflow_comments" character varying NULL, ADD CONSTRAINT "comments_linked_workflows_comments" FOREIGN KEY ("linked_workflow_comments") REFERENCES "linked_workflows" ("id") ON UPDATE NO ACTION ON DELETE SET NULL;
-- Create index "comment_ironclad_comment_id" to table: "comments"
CREATE UNIQUE INDEX "comment_ironclad_comment_id" ON "comments" ("ironclad_comment_id") WHERE ((ironclad_comment_id)::text <> ''::text);
-- Create index "comment_linked_workflow_comments" to table: "comments"
CREATE INDEX "comment_linked_workflow_comments" ON "comments" ("linked_workflow_comments");
-- Create index "comment_sync_status" to table: "comments"
CREATE INDEX "comment_sync_status" ON "comments" ("sync_status");
