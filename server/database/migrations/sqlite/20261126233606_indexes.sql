-- Create index "apitoken_user_api_tokens" to table: "api_tokens"
CREATE INDEX `apitoken_user_api_tokens` ON `api_tokens` (`user_api_tokens`);
-- Create index "answer_request_answers" to table: "answers"
CREATE INDEX `answer_request_answers` ON `answers` (`request_answers`);
-- Create index "auditentry_created_at" to table: "audit_entries"
CREATE INDEX `auditentry_created_at` ON `audit_entries` (`created_at`);
-- Create index "comment_request_comments" to table: "comments"
CREATE INDEX `comment_request_comments` ON `comments` (`request_comments`);
-- Create index "linkedworkflow_request_linked_workflows" to table: "linked_workflows"
CREATE INDEX `linkedworkflow_request_linked_workflows` ON `linked_workflows` (`request_linked_workflows`);
-- Create index "linkedworkflow_ironclad_id" to table: "linked_workflows"
CREATE INDEX `linkedworkflow_ironclad_id` ON `linked_workflows` (`ironclad_id`);
-- Create index "request_created_at" to table: "requests"
CREATE INDEX `request_created_at` ON `requests` (`created_at`);
-- Create index "request_user_requests" to table: "requests"
CREATE INDEX `request_user_requests` ON `requests` (`user_requests`);
-- Create index "request_status" to table: "requests"
CREATE INDEX `request_status` ON `requests` (`status`);
-- Create index "session_user_sessions" to table: "sessions"
CREATE INDEX `session_user_sessions` ON `sessions` (`user_sessions`);
-- Create index "task_request_tasks" to table: "tasks"
CREATE INDEX `task_request_tasks` ON `tasks` (`request_tasks`);
-- Create index "task_status" to table: "tasks"
CREATE INDEX `task_status` ON `tasks` (`status`);
-- Create index "syncevent_request_sync_events" to table: "sync_events"
CREATE INDEX `syncevent_request_sync_events` ON `sync_events` (`request_sync_events`);
-- Create index "syncevent_connection_sync_events" to table: "sync_events"
CREATE INDEX `syncevent_connection_sync_events` ON `sync_events` (`connection_sync_events`);
-- Create index "syncevent_created_at" to table: "sync_events"
CREATE INDEX `syncevent_created_at` ON `sync_events` (`created_at`);
