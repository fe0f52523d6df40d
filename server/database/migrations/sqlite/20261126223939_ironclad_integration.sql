-- Disable the enforcement of foreign-keys constraints
PRAGMA foreign_keys = off;
-- Add column "question_options" to table: "answers"
ALTER TABLE `answers` ADD COLUMN `question_options` json NULL;
-- Create "new_connections" table
CREATE TABLE `new_connections` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `name` text NOT NULL, `environment` text NOT NULL, `base_url` text NOT NULL, `status` text NOT NULL DEFAULT ('PENDING'), `client_id` text NOT NULL DEFAULT (''), `client_secret_enc` blob NULL, `access_token_enc` blob NULL, `refresh_token_enc` blob NULL, `token_expiry` datetime NULL, `scopes` json NULL, `integration_user_id` text NOT NULL DEFAULT (''), `integration_user_email` text NOT NULL DEFAULT (''), `integration_user_name` text NOT NULL DEFAULT (''), `company_id` text NOT NULL DEFAULT (''), `company_name` text NOT NULL DEFAULT (''), `webhook_id` text NOT NULL DEFAULT (''), `webhook_url` text NOT NULL DEFAULT (''), `webhook_status` text NOT NULL DEFAULT ('NONE'), `last_error` text NOT NULL DEFAULT (''), `last_error_code` text NULL, `missing_scopes` json NULL, `last_verified_at` datetime NULL, `oauth_state_hash` text NULL, `oauth_state_user_id` text NOT NULL DEFAULT (''), `oauth_state_expires_at` datetime NULL, `user_connections` text NULL, PRIMARY KEY (`id`), CONSTRAINT `connections_users_connections` FOREIGN KEY (`user_connections`) REFERENCES `users` (`id`) ON DELETE SET NULL);
-- Copy rows from old table "connections" to new temporary table "new_connections"
INSERT INTO `new_connections` (`id`, `created_at`, `updated_at`, `name`, `environment`, `base_url`, `status`, `client_id`, `client_secret_enc`, `access_token_enc`, `refresh_token_enc`, `token_expiry`, `scopes`, `integration_user_id`, `integration_user_email`, `integration_user_name`, `company_name`, `webhook_id`, `webhook_status`, `last_error`, `last_verified_at`, `user_connections`) SELECT `id`, `created_at`, `updated_at`, `name`, `environment`, `base_url`, `status`, `client_id`, `client_secret_enc`, `access_token_enc`, `refresh_token_enc`, `token_expiry`, `scopes`, `integration_user_id`, `integration_user_email`, `integration_user_name`, `company_name`, `webhook_id`, `webhook_status`, `last_error`, `last_verified_at`, `user_connections` FROM `connections`;
-- Drop "connections" table after copying rows
DROP TABLE `connections`;
-- Rename temporary table "new_connections" to "connections"
ALTER TABLE `new_connections` RENAME TO `connections`;
-- Create index "connections_oauth_state_hash_key" to table: "connections"
CREATE UNIQUE INDEX `connections_oauth_state_hash_key` ON `connections` (`oauth_state_hash`);
-- Create "new_field_mappings" table
CREATE TABLE `new_field_mappings` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `field_key` text NOT NULL, `source` text NOT NULL, `fixed_value` json NULL, `option_map` json NULL, `question_key` text NOT NULL DEFAULT (''), `question_label` text NOT NULL DEFAULT (''), `form_question_field_mappings` text NULL, `ironclad_field_field_mappings` text NULL, `mapping_field_mappings` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `field_mappings_form_questions_field_mappings` FOREIGN KEY (`form_question_field_mappings`) REFERENCES `form_questions` (`id`) ON DELETE SET NULL, CONSTRAINT `field_mappings_ironclad_fields_field_mappings` FOREIGN KEY (`ironclad_field_field_mappings`) REFERENCES `ironclad_fields` (`id`) ON DELETE SET NULL, CONSTRAINT `field_mappings_mappings_field_mappings` FOREIGN KEY (`mapping_field_mappings`) REFERENCES `mappings` (`id`) ON DELETE NO ACTION);
-- Copy rows from old table "field_mappings" to new temporary table "new_field_mappings"
INSERT INTO `new_field_mappings` (`id`, `created_at`, `updated_at`, `field_key`, `source`, `fixed_value`, `option_map`, `form_question_field_mappings`, `ironclad_field_field_mappings`, `mapping_field_mappings`) SELECT `id`, `created_at`, `updated_at`, `field_key`, `source`, `fixed_value`, `option_map`, `form_question_field_mappings`, `ironclad_field_field_mappings`, `mapping_field_mappings` FROM `field_mappings`;
-- Drop "field_mappings" table after copying rows
DROP TABLE `field_mappings`;
-- Rename temporary table "new_field_mappings" to "field_mappings"
ALTER TABLE `new_field_mappings` RENAME TO `field_mappings`;
-- Create "new_form_questions" table
CREATE TABLE `new_form_questions` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `key` text NOT NULL, `label` text NOT NULL, `help_text` text NOT NULL DEFAULT (''), `type` text NOT NULL, `required` bool NOT NULL DEFAULT (false), `options` json NULL, `condition` json NULL, `position` integer NOT NULL DEFAULT (0), `source_field_key` text NOT NULL DEFAULT (''), `form_page_questions` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `form_questions_form_pages_questions` FOREIGN KEY (`form_page_questions`) REFERENCES `form_pages` (`id`) ON DELETE NO ACTION);
-- Copy rows from old table "form_questions" to new temporary table "new_form_questions"
INSERT INTO `new_form_questions` (`id`, `created_at`, `updated_at`, `key`, `label`, `help_text`, `type`, `required`, `options`, `condition`, `position`, `form_page_questions`) SELECT `id`, `created_at`, `updated_at`, `key`, `label`, `help_text`, `type`, `required`, `options`, `condition`, `position`, `form_page_questions` FROM `form_questions`;
-- Drop "form_questions" table after copying rows
DROP TABLE `form_questions`;
-- Rename temporary table "new_form_questions" to "form_questions"
ALTER TABLE `new_form_questions` RENAME TO `form_questions`;
-- Create "new_ironclad_fields" table
CREATE TABLE `new_ironclad_fields` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `key` text NOT NULL, `label` text NOT NULL, `description` text NOT NULL DEFAULT (''), `type` text NOT NULL, `element_type` text NOT NULL DEFAULT (''), `required` text NOT NULL, `options` json NULL, `free_text_allowed` bool NOT NULL DEFAULT (false), `kind` text NOT NULL DEFAULT ('TEXT'), `answer_options` json NULL, `default_value` json NULL, `table_columns` json NULL, `condition` json NULL, `position` integer NOT NULL DEFAULT (0), `removed` bool NOT NULL DEFAULT (false), `review_state` text NOT NULL DEFAULT ('OK'), `review_reasons` json NULL, `review_note` text NOT NULL DEFAULT (''), `ironclad_hash` text NOT NULL DEFAULT (''), `reviewed_at` datetime NULL, `ironclad_workflow_fields` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `ironclad_fields_ironclad_workflows_fields` FOREIGN KEY (`ironclad_workflow_fields`) REFERENCES `ironclad_workflows` (`id`) ON DELETE NO ACTION);
-- Copy rows from old table "ironclad_fields" to new temporary table "new_ironclad_fields"
INSERT INTO `new_ironclad_fields` (`id`, `created_at`, `updated_at`, `key`, `label`, `type`, `element_type`, `required`, `options`, `default_value`, `table_columns`, `condition`, `position`, `removed`, `review_state`, `review_reasons`, `review_note`, `ironclad_hash`, `reviewed_at`, `ironclad_workflow_fields`) SELECT `id`, `created_at`, `updated_at`, `key`, `label`, `type`, `element_type`, `required`, `options`, `default_value`, `table_columns`, `condition`, `position`, `removed`, `review_state`, `review_reasons`, `review_note`, `ironclad_hash`, `reviewed_at`, `ironclad_workflow_fields` FROM `ironclad_fields`;
-- Drop "ironclad_fields" table after copying rows
DROP TABLE `ironclad_fields`;
-- Rename temporary table "new_ironclad_fields" to "ironclad_fields"
ALTER TABLE `new_ironclad_fields` RENAME TO `ironclad_fields`;
-- Create index "ironcladfield_key_ironclad_workflow_fields" to table: "ironclad_fields"
CREATE UNIQUE INDEX `ironcladfield_key_ironclad_workflow_fields` ON `ironclad_fields` (`key`, `ironclad_workflow_fields`);
-- Create "new_ironclad_workflows" table
CREATE TABLE `new_ironclad_workflows` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `template_id` text NOT NULL, `name` text NOT NULL, `comment_sync` bool NOT NULL DEFAULT (true), `schema_hash` text NOT NULL DEFAULT (''), `last_synced_at` datetime NULL, `drift` text NOT NULL DEFAULT ('NONE'), `drift_summary` text NOT NULL DEFAULT (''), `field_count` integer NOT NULL DEFAULT (0), `needs_review_count` integer NOT NULL DEFAULT (0), `connection_ironclad_workflows` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `ironclad_workflows_connections_ironclad_workflows` FOREIGN KEY (`connection_ironclad_workflows`) REFERENCES `connections` (`id`) ON DELETE NO ACTION);
-- Copy rows from old table "ironclad_workflows" to new temporary table "new_ironclad_workflows"
INSERT INTO `new_ironclad_workflows` (`id`, `created_at`, `updated_at`, `template_id`, `name`, `comment_sync`, `schema_hash`, `last_synced_at`, `drift`, `connection_ironclad_workflows`) SELECT `id`, `created_at`, `updated_at`, `template_id`, `name`, `comment_sync`, `schema_hash`, `last_synced_at`, `drift`, `connection_ironclad_workflows` FROM `ironclad_workflows`;
-- Drop "ironclad_workflows" table after copying rows
DROP TABLE `ironclad_workflows`;
-- Rename temporary table "new_ironclad_workflows" to "ironclad_workflows"
ALTER TABLE `new_ironclad_workflows` RENAME TO `ironclad_workflows`;
-- Create index "ironcladworkflow_template_id_connection_ironclad_workflows" to table: "ironclad_workflows"
CREATE UNIQUE INDEX `ironcladworkflow_template_id_connection_ironclad_workflows` ON `ironclad_workflows` (`template_id`, `connection_ironclad_workflows`);
-- Create "new_mappings" table
CREATE TABLE `new_mappings` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `version` integer NOT NULL DEFAULT (1), `current` bool NOT NULL DEFAULT (true), `warnings` json NULL, `affected_by_drift` bool NOT NULL DEFAULT (false), `form_version` integer NOT NULL DEFAULT (0), `ironclad_workflow_mappings` text NOT NULL, `request_form_mappings` text NOT NULL, `user_mappings` text NULL, PRIMARY KEY (`id`), CONSTRAINT `mappings_ironclad_workflows_mappings` FOREIGN KEY (`ironclad_workflow_mappings`) REFERENCES `ironclad_workflows` (`id`) ON DELETE NO ACTION, CONSTRAINT `mappings_request_forms_mappings` FOREIGN KEY (`request_form_mappings`) REFERENCES `request_forms` (`id`) ON DELETE NO ACTION, CONSTRAINT `mappings_users_mappings` FOREIGN KEY (`user_mappings`) REFERENCES `users` (`id`) ON DELETE SET NULL);
-- Copy rows from old table "mappings" to new temporary table "new_mappings"
INSERT INTO `new_mappings` (`id`, `created_at`, `updated_at`, `version`, `current`, `warnings`, `affected_by_drift`, `ironclad_workflow_mappings`, `request_form_mappings`, `user_mappings`) SELECT `id`, `created_at`, `updated_at`, `version`, `current`, `warnings`, `affected_by_drift`, `ironclad_workflow_mappings`, `request_form_mappings`, `user_mappings` FROM `mappings`;
-- Drop "mappings" table after copying rows
DROP TABLE `mappings`;
-- Rename temporary table "new_mappings" to "mappings"
ALTER TABLE `new_mappings` RENAME TO `mappings`;
-- Create "new_sync_events" table
CREATE TABLE `new_sync_events` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `direction` text NOT NULL, `kind` text NOT NULL, `status` text NOT NULL DEFAULT ('PENDING'), `summary` text NOT NULL DEFAULT (''), `attempts` integer NOT NULL DEFAULT (0), `error` text NOT NULL DEFAULT (''), `http_status` integer NULL, `ironclad_event_id` text NULL, `payload` json NULL, `connection_sync_events` text NULL, `ironclad_workflow_sync_events` text NULL, `request_sync_events` text NULL, PRIMARY KEY (`id`), CONSTRAINT `sync_events_connections_sync_events` FOREIGN KEY (`connection_sync_events`) REFERENCES `connections` (`id`) ON DELETE SET NULL, CONSTRAINT `sync_events_ironclad_workflows_sync_events` FOREIGN KEY (`ironclad_workflow_sync_events`) REFERENCES `ironclad_workflows` (`id`) ON DELETE SET NULL, CONSTRAINT `sync_events_requests_sync_events` FOREIGN KEY (`request_sync_events`) REFERENCES `requests` (`id`) ON DELETE SET NULL);
-- Copy rows from old table "sync_events" to new temporary table "new_sync_events"
INSERT INTO `new_sync_events` (`id`, `created_at`, `updated_at`, `direction`, `kind`, `status`, `summary`, `attempts`, `error`, `http_status`, `ironclad_event_id`, `payload`, `connection_sync_events`, `request_sync_events`) SELECT `id`, `created_at`, `updated_at`, `direction`, `kind`, `status`, `summary`, `attempts`, `error`, `http_status`, `ironclad_event_id`, `payload`, `connection_sync_events`, `request_sync_events` FROM `sync_events`;
-- Drop "sync_events" table after copying rows
DROP TABLE `sync_events`;
-- Rename temporary table "new_sync_events" to "sync_events"
ALTER TABLE `new_sync_events` RENAME TO `sync_events`;
-- Create index "sync_events_ironclad_event_id_key" to table: "sync_events"
CREATE UNIQUE INDEX `sync_events_ironclad_event_id_key` ON `sync_events` (`ironclad_event_id`);
-- Enable back the enforcement of foreign-keys constraints
PRAGMA foreign_keys = on;
