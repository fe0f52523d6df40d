-- Disable the enforcement of foreign-keys constraints
PRAGMA foreign_keys = off;
-- Create "new_linked_workflows" table
CREATE TABLE `new_linked_workflows` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `ironclad_id` text NOT NULL DEFAULT (''), `readable_id` text NOT NULL DEFAULT (''), `launch_job_id` text NOT NULL DEFAULT (''), `launch_attempted_at` datetime NULL, `launch_attributes` json NULL, `url` text NOT NULL DEFAULT (''), `title` text NOT NULL DEFAULT (''), `step` text NOT NULL DEFAULT (''), `status` text NOT NULL DEFAULT (''), `packet_status` text NOT NULL DEFAULT (''), `approvals` json NULL, `signers` json NULL, `ironclad_updated_at` datetime NULL, `last_event_at` datetime NULL, `connection_linked_workflows` text NULL, `ironclad_workflow_linked_workflows` text NULL, `request_linked_workflows` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `linked_workflows_connections_linked_workflows` FOREIGN KEY (`connection_linked_workflows`) REFERENCES `connections` (`id`) ON DELETE SET NULL, CONSTRAINT `linked_workflows_ironclad_workflows_linked_workflows` FOREIGN KEY (`ironclad_workflow_linked_workflows`) REFERENCES `ironclad_workflows` (`id`) ON DELETE SET NULL, CONSTRAINT `linked_workflows_requests_linked_workflows` FOREIGN KEY (`request_linked_workflows`) REFERENCES `requests` (`id`) ON DELETE NO ACTION);
-- Copy rows from old table "linked_workflows" to new temporary table "new_linked_workflows"
INSERT INTO `new_linked_workflows` (`id`, `created_at`, `updated_at`, `ironclad_id`, `readable_id`, `launch_job_id`, `title`, `step`, `status`, `approvals`, `signers`, `last_event_at`, `connection_linked_workflows`, `ironclad_workflow_linked_workflows`, `request_linked_workflows`) SELECT `id`, `created_at`, `updated_at`, `ironclad_id`, `readable_id`, `launch_job_id`, `title`, `step`, `status`, `approvals`, `signers`, `last_event_at`, `connection_linked_workflows`, `ironclad_workflow_linked_workflows`, `request_linked_workflows` FROM `linked_workflows`;
-- Drop "linked_workflows" table after copying rows
DROP TABLE `linked_workflows`;
-- Rename temporary table "new_linked_workflows" to "linked_workflows"
ALTER TABLE `new_linked_workflows` RENAME TO `linked_workflows`;
-- Create index "linkedworkflow_request_linked_workflows" to table: "linked_workflows"
CREATE INDEX `linkedworkflow_request_linked_workflows` ON `linked_workflows` (`request_linked_workflows`);
-- Create index "linkedworkflow_ironclad_id" to table: "linked_workflows"
CREATE INDEX `linkedworkflow_ironclad_id` ON `linked_workflows` (`ironclad_id`);
-- Create "new_tasks" table
CREATE TABLE `new_tasks` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `name` text NOT NULL, `type` text NOT NULL, `action` text NOT NULL DEFAULT ('NONE'), `status` text NOT NULL DEFAULT ('PENDING'), `position` integer NOT NULL DEFAULT (0), `detail` text NOT NULL DEFAULT (''), `error` text NOT NULL DEFAULT (''), `note` text NOT NULL DEFAULT (''), `attempts` integer NOT NULL DEFAULT (0), `started_at` datetime NULL, `completed_at` datetime NULL, `linked_workflow_tasks` text NULL, `request_tasks` text NOT NULL, `task_definition_tasks` text NULL, `user_completed_tasks` text NULL, PRIMARY KEY (`id`), CONSTRAINT `tasks_linked_workflows_tasks` FOREIGN KEY (`linked_workflow_tasks`) REFERENCES `linked_workflows` (`id`) ON DELETE SET NULL, CONSTRAINT `tasks_requests_tasks` FOREIGN KEY (`request_tasks`) REFERENCES `requests` (`id`) ON DELETE NO ACTION, CONSTRAINT `tasks_task_definitions_tasks` FOREIGN KEY (`task_definition_tasks`) REFERENCES `task_definitions` (`id`) ON DELETE SET NULL, CONSTRAINT `tasks_users_completed_tasks` FOREIGN KEY (`user_completed_tasks`) REFERENCES `users` (`id`) ON DELETE SET NULL);
-- Copy rows from old table "tasks" to new temporary table "new_tasks"
INSERT INTO `new_tasks` (`id`, `created_at`, `updated_at`, `name`, `type`, `action`, `status`, `position`, `detail`, `error`, `attempts`, `started_at`, `completed_at`, `linked_workflow_tasks`, `request_tasks`, `task_definition_tasks`) SELECT `id`, `created_at`, `updated_at`, `name`, `type`, `action`, `status`, `position`, `detail`, `error`, `attempts`, `started_at`, `completed_at`, `linked_workflow_tasks`, `request_tasks`, `task_definition_tasks` FROM `tasks`;
-- Drop "tasks" table after copying rows
DROP TABLE `tasks`;
-- Rename temporary table "new_tasks" to "tasks"
ALTER TABLE `new_tasks` RENAME TO `tasks`;
-- Create index "task_request_tasks" to table: "tasks"
CREATE INDEX `task_request_tasks` ON `tasks` (`request_tasks`);
-- Create index "task_status" to table: "tasks"
CREATE INDEX `task_status` ON `tasks` (`status`);
-- Create "new_task_definitions" table
CREATE TABLE `new_task_definitions` (`id` text NOT NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `name` text NOT NULL, `type` text NOT NULL, `provider` text NOT NULL DEFAULT ('NONE'), `action` text NOT NULL DEFAULT ('NONE'), `position` integer NOT NULL DEFAULT (0), `assignee_role` text NULL, `ironclad_workflow_task_definitions` text NULL, `mapping_task_definitions` text NULL, `task_definition_monitors` text NULL, `user_task_definitions` text NULL, `workflow_task_definitions` text NOT NULL, PRIMARY KEY (`id`), CONSTRAINT `task_definitions_ironclad_workflows_task_definitions` FOREIGN KEY (`ironclad_workflow_task_definitions`) REFERENCES `ironclad_workflows` (`id`) ON DELETE SET NULL, CONSTRAINT `task_definitions_mappings_task_definitions` FOREIGN KEY (`mapping_task_definitions`) REFERENCES `mappings` (`id`) ON DELETE SET NULL, CONSTRAINT `task_definitions_task_definitions_monitors` FOREIGN KEY (`task_definition_monitors`) REFERENCES `task_definitions` (`id`) ON DELETE SET NULL, CONSTRAINT `task_definitions_users_task_definitions` FOREIGN KEY (`user_task_definitions`) REFERENCES `users` (`id`) ON DELETE SET NULL, CONSTRAINT `task_definitions_workflows_task_definitions` FOREIGN KEY (`workflow_task_definitions`) REFERENCES `workflows` (`id`) ON DELETE NO ACTION);
-- Copy rows from old table "task_definitions" to new temporary table "new_task_definitions"
INSERT INTO `new_task_definitions` (`id`, `created_at`, `updated_at`, `name`, `type`, `provider`, `action`, `position`, `ironclad_workflow_task_definitions`, `mapping_task_definitions`, `workflow_task_definitions`) SELECT `id`, `created_at`, `updated_at`, `name`, `type`, `provider`, `action`, `position`, `ironclad_workflow_task_definitions`, `mapping_task_definitions`, `workflow_task_definitions` FROM `task_definitions`;
-- Drop "task_definitions" table after copying rows
DROP TABLE `task_definitions`;
-- Rename temporary table "new_task_definitions" to "task_definitions"
ALTER TABLE `new_task_definitions` RENAME TO `task_definitions`;
-- Enable back the enforcement of foreign-keys constraints
PRAGMA foreign_keys = on;
