-- Disable the enforcement of foreign-keys constraints
PRAGMA foreign_keys = off;
-- Create "new_comments" table
CREATE TABLE `new_comments` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `body` text NOT NULL, `origin` text NOT NULL DEFAULT ('TRADEWIND'), `author_name` text NOT NULL DEFAULT (''), `author_email` text NOT NULL DEFAULT (''), `ironclad_comment_id` text NOT NULL DEFAULT (''), `edited_at` datetime NULL, `deleted_at` datetime NULL, `sync_status` text NOT NULL DEFAULT ('NOT_SYNCED'), `sync_action` text NULL, `sync_error` text NOT NULL DEFAULT (''), `sync_attempts` integer NOT NULL DEFAULT (0), `queued_at` datetime NULL, `next_attempt_at` datetime NULL, `linked_workflow_comments` text NULL, `request_comments` text NOT NULL, `user_comments` text NULL, PRIMARY KEY (`id`), CONSTRAINT `comments_linked_workflows_comments` FOREIGN KEY (`linked_workflow_comments`) REFERENCES `linked_workflows` (`id`) ON DELETE SET NULL, CONSTRAINT `comments_requests_comments` FOREIGN KEY (`request_comments`) REFERENCES `requests` (`id`) ON DELETE NO ACTION, CONSTRAINT `comments_users_comments` FOREIGN KEY (`user_comments`) REFERENCES `users` (`id`) ON DELETE SET NULL);
-- Copy rows from old table "comments" to new temporary table "new_comments"
INSERT INTO `new_comments` (`id`, `created_at`, `updated_at`, `body`, `origin`, `author_name`, `author_email`, `ironclad_comment_id`, `deleted_at`, `request_comments`, `user_comments`) SELECT `id`, `created_at`, `updated_at`, `body`, `origin`, `author_name`, `author_email`, `ironclad_comment_id`, `deleted_at`, `request_comments`, `user_comments` FROM `comments`;
-- Drop "comments" table after copying rows
DROP TABLE `comments`;
-- Rename temporary table "new_comments" to "comments"
ALTER TABLE `new_comments` RENAME TO `comments`;
-- Create index "comment_request_comments" to table: "comments"
CREATE INDEX `comment_request_comments` ON `comments` (`request_comments`);
-- Create index "comment_linked_workflow_comments" to table: "comments"
CREATE INDEX `comment_linked_workflow_comments` ON `comments` (`linked_workflow_comments`);
-- Create index "comment_ironclad_comment_id" to table: "comments"
CREATE UNIQUE INDEX `comment_ironclad_comment_id` ON `comments` (`ironclad_comment_id`) WHERE ironclad_comment_id <> '';
-- Create index "comment_sync_status" to table: "comments"
CREATE INDEX `comment_sync_status` ON `comments` (`sync_status`);
-- Create "new_connections" table
CREATE TABLE `new_connections` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `name` text NOT NULL, `environment` text NOT NULL, `base_url` text NOT NULL, `status` text NOT NULL DEFAULT ('PENDING'), `client_id` text NOT NULL DEFAULT (''), `client_secret_enc` blob NULL, `access_token_enc` blob NULL, `refresh_token_enc` blob NULL, `token_expiry` datetime NULL, `scopes` json NULL, `integration_user_id` text NOT NULL DEFAULT (''), `integration_user_email` text NOT NULL DEFAULT (''), `integration_user_name` text NOT NULL DEFAULT (''), `company_id` text NOT NULL DEFAULT (''), `company_name` text NOT NULL DEFAULT (''), `webhook_id` text NOT NULL DEFAULT (''), `webhook_url` text NOT NULL DEFAULT (''), `webhook_status` text NOT NULL DEFAULT ('NONE'), `last_error` text NOT NULL DEFAULT (''), `last_error_code` text NULL, `missing_scopes` json NULL, `last_verified_at` datetime NULL, `comment_delete` text NOT NULL DEFAULT ('UNKNOWN'), `oauth_state_hash` text NULL, `oauth_state_user_id` text NOT NULL DEFAULT (''), `oauth_state_expires_at` datetime NULL, `user_connections` text NULL, PRIMARY KEY (`id`), CONSTRAINT `connections_users_connections` FOREIGN KEY (`user_connections`) REFERENCES `users` (`id`) ON DELETE SET NULL);
-- Copy rows from old table "connections" to new temporary table "new_connections"
INSERT INTO `new_connections` (`id`, `created_at`, `updated_at`, `name`, `environment`, `base_url`, `status`, `client_id`, `client_secret_enc`, `access_token_enc`, `refresh_token_enc`, `token_expiry`, `scopes`, `integration_user_id`, `integration_user_email`, `integration_user_name`, `company_id`, `company_name`, `webhook_id`, `webhook_url`, `webhook_status`, `last_error`, `last_error_code`, `missing_scopes`, `last_verified_at`, `oauth_state_hash`, `oauth_state_user_id`, `oauth_state_expires_at`, `user_connections`) SELECT `id`, `created_at`, `updated_at`, `name`, `environment`, `base_url`, `status`, `client_id`, `client_secret_enc`, `access_token_enc`, `refresh_token_enc`, `token_expiry`, `scopes`, `integration_user_id`, `integration_user_email`, `integration_user_name`, `company_id`, `company_name`, `webhook_id`, `webhook_url`, `webhook_status`, `last_error`, `last_error_code`, `missing_scopes`, `last_verified_at`, `oauth_state_hash`, `oauth_state_user_id`, `oauth_state_expires_at`, `user_connections` FROM `connections`;
-- Drop "connections" table after copying rows
DROP TABLE `connections`;
-- Rename temporary table "new_connections" to "connections"
ALTER TABLE `new_connections` RENAME TO `connections`;
-- Create index "connections_oauth_state_hash_key" to table: "connections"
CREATE UNIQUE INDEX `connections_oauth_state_hash_key` ON `connections` (`oauth_state_hash`);
-- Add column "comments_synced_at" to table: "linked_workflows"
ALTER TABLE `linked_workflows` ADD COLUMN `comments_synced_at` datetime NULL;
-- Enable back the enforcement of foreign-keys constraints
PRAGMA foreign_keys = on;
