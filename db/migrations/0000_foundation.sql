CREATE TABLE `unit_profile` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`unit_code` text NOT NULL,
	`host_level` text NOT NULL,
	`admin_mode` text NOT NULL,
	`mode` text DEFAULT 'unit' NOT NULL,
	`created_at` text NOT NULL,
	CONSTRAINT "unit_profile_singleton" CHECK("unit_profile"."id" = 1)
) STRICT;
--> statement-breakpoint
CREATE TABLE `accounts` (
	`id` integer PRIMARY KEY NOT NULL,
	`username` text NOT NULL,
	`display_name` text NOT NULL,
	`role` text NOT NULL,
	`status` text DEFAULT 'active' NOT NULL,
	`created_at` text NOT NULL,
	`password_changed_at` text NOT NULL,
	`last_login_at` text
) STRICT;
--> statement-breakpoint
CREATE UNIQUE INDEX `accounts_username_uq` ON `accounts` (`username`);--> statement-breakpoint
CREATE TABLE `audit_log` (
	`seq` integer PRIMARY KEY NOT NULL,
	`at` text NOT NULL,
	`account_id` integer,
	`actor` text NOT NULL,
	`action` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text,
	`detail` text NOT NULL,
	`prev_hash` text NOT NULL,
	`hash` text NOT NULL
) STRICT;
--> statement-breakpoint
CREATE INDEX `audit_log_at_idx` ON `audit_log` (`at`);--> statement-breakpoint
CREATE INDEX `audit_log_entity_idx` ON `audit_log` (`entity`,`entity_id`);--> statement-breakpoint
CREATE INDEX `audit_log_account_idx` ON `audit_log` (`account_id`,`at`);--> statement-breakpoint
CREATE TABLE `attachments` (
	`id` integer PRIMARY KEY NOT NULL,
	`file_name` text NOT NULL,
	`mime` text NOT NULL,
	`size` integer NOT NULL,
	`sha256` text NOT NULL,
	`data` blob NOT NULL,
	`created_at` text NOT NULL,
	`created_by` integer,
	FOREIGN KEY (`created_by`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action
) STRICT;
--> statement-breakpoint
CREATE TABLE `approvals` (
	`id` integer PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`subject_type` text NOT NULL,
	`subject_id` text NOT NULL,
	`approver_account_id` integer,
	`approver_name` text,
	`approver_title` text,
	`decision` text NOT NULL,
	`decided_at` text NOT NULL,
	`document_no` text,
	`opinion` text,
	`scan_attachment_id` integer,
	`recorded_by` integer,
	`created_at` text NOT NULL,
	FOREIGN KEY (`approver_account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`scan_attachment_id`) REFERENCES `attachments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "approvals_has_approver" CHECK("approvals"."approver_account_id" IS NOT NULL OR ("approvals"."approver_name" IS NOT NULL AND length(trim("approvals"."approver_name")) > 0))
) STRICT;
--> statement-breakpoint
CREATE INDEX `approvals_subject_idx` ON `approvals` (`subject_type`,`subject_id`);--> statement-breakpoint
CREATE INDEX `approvals_decided_idx` ON `approvals` (`decided_at`);