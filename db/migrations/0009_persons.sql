CREATE TABLE `departments` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`key_dept` integer DEFAULT 0 NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`created_at` text NOT NULL
) STRICT;
--> statement-breakpoint
CREATE UNIQUE INDEX `departments_name_uq` ON `departments` (`name`);--> statement-breakpoint
CREATE TABLE `person_events` (
	`id` integer PRIMARY KEY NOT NULL,
	`person_id` integer NOT NULL,
	`kind` text NOT NULL,
	`on` text NOT NULL,
	`at` text NOT NULL,
	`account_id` integer,
	`approval_id` integer,
	`summary` text NOT NULL,
	`detail` text NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`approval_id`) REFERENCES `approvals`(`id`) ON UPDATE no action ON DELETE no action
) STRICT;
--> statement-breakpoint
CREATE INDEX `person_events_person_idx` ON `person_events` (`person_id`,`id`);--> statement-breakpoint
CREATE TABLE `person_posts` (
	`id` integer PRIMARY KEY NOT NULL,
	`person_id` integer NOT NULL,
	`post` text NOT NULL,
	`level` text NOT NULL,
	`started_on` text NOT NULL,
	`ended_on` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action
) STRICT;
--> statement-breakpoint
CREATE INDEX `person_posts_person_idx` ON `person_posts` (`person_id`,`ended_on`);--> statement-breakpoint
CREATE TABLE `persons` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`gender` text NOT NULL,
	`id_number` text NOT NULL,
	`department_id` integer NOT NULL,
	`political_status` text,
	`phone` text,
	`clearance` text,
	`clearance_rank` integer DEFAULT 0 NOT NULL,
	`cleared_on` text,
	`highest_level` text,
	`is_classifier` integer DEFAULT 0 NOT NULL,
	`is_key_dept_staff` integer DEFAULT 0 NOT NULL,
	`post_cert_no` text,
	`post_cert_on` text,
	`status` text NOT NULL,
	`proposed_on` text NOT NULL,
	`posted_on` text,
	`left_on` text,
	`leaving_kind` text,
	`separation_years` integer,
	`separation_extra_months` integer DEFAULT 0 NOT NULL,
	`separation_ends_on` text,
	`departed_on` text,
	`departure_kind` text,
	`next_vetting_on` text,
	`account_id` integer,
	`notes` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action
) STRICT;
--> statement-breakpoint
CREATE UNIQUE INDEX `persons_id_number_uq` ON `persons` (`id_number`);--> statement-breakpoint
CREATE UNIQUE INDEX `persons_account_uq` ON `persons` (`account_id`);--> statement-breakpoint
CREATE INDEX `persons_name_idx` ON `persons` (`name`,`id`);--> statement-breakpoint
CREATE INDEX `persons_department_idx` ON `persons` (`department_id`,`name`);--> statement-breakpoint
CREATE INDEX `persons_status_idx` ON `persons` (`status`,`name`);--> statement-breakpoint
CREATE INDEX `persons_clearance_idx` ON `persons` (`clearance_rank`,`name`);--> statement-breakpoint
CREATE INDEX `persons_cleared_idx` ON `persons` (`cleared_on`);--> statement-breakpoint
CREATE INDEX `persons_separation_idx` ON `persons` (`separation_ends_on`);--> statement-breakpoint
CREATE INDEX `persons_vetting_due_idx` ON `persons` (`next_vetting_on`);--> statement-breakpoint
CREATE TABLE `clearance_decisions` (
	`id` integer PRIMARY KEY NOT NULL,
	`person_id` integer NOT NULL,
	`from_clearance` text,
	`to_clearance` text NOT NULL,
	`reason` text NOT NULL,
	`status` text NOT NULL,
	`last_step` text NOT NULL,
	`approved_on` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action
) STRICT;
--> statement-breakpoint
CREATE INDEX `clearance_decisions_person_idx` ON `clearance_decisions` (`person_id`,`id`);--> statement-breakpoint
CREATE TABLE `clearance_steps` (
	`id` integer PRIMARY KEY NOT NULL,
	`decision_id` integer NOT NULL,
	`step` text NOT NULL,
	`approval_id` integer NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`decision_id`) REFERENCES `clearance_decisions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`approval_id`) REFERENCES `approvals`(`id`) ON UPDATE no action ON DELETE no action
) STRICT;
--> statement-breakpoint
CREATE UNIQUE INDEX `clearance_steps_uq` ON `clearance_steps` (`decision_id`,`step`);--> statement-breakpoint
CREATE TABLE `person_trainings` (
	`id` integer PRIMARY KEY NOT NULL,
	`person_id` integer NOT NULL,
	`kind` text NOT NULL,
	`trained_on` text NOT NULL,
	`hours` real NOT NULL,
	`content` text NOT NULL,
	`recorder` text,
	`scan_attachment_id` integer,
	`created_at` text NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`scan_attachment_id`) REFERENCES `attachments`(`id`) ON UPDATE no action ON DELETE no action
) STRICT;
--> statement-breakpoint
CREATE INDEX `person_trainings_person_idx` ON `person_trainings` (`person_id`,`trained_on`);--> statement-breakpoint
CREATE TABLE `pledges` (
	`id` integer PRIMARY KEY NOT NULL,
	`person_id` integer NOT NULL,
	`kind` text NOT NULL,
	`signed_on` text NOT NULL,
	`year` integer,
	`travel_id` integer,
	`leaving_id` integer,
	`scan_attachment_id` integer,
	`notes` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`scan_attachment_id`) REFERENCES `attachments`(`id`) ON UPDATE no action ON DELETE no action
) STRICT;
--> statement-breakpoint
CREATE INDEX `pledges_person_idx` ON `pledges` (`person_id`,`kind`,`signed_on`);--> statement-breakpoint
CREATE INDEX `pledges_year_idx` ON `pledges` (`kind`,`year`);--> statement-breakpoint
CREATE TABLE `vettings` (
	`id` integer PRIMARY KEY NOT NULL,
	`person_id` integer NOT NULL,
	`kind` text NOT NULL,
	`vetted_on` text NOT NULL,
	`result` text NOT NULL,
	`form` text NOT NULL,
	`next_due_on` text,
	`approval_id` integer,
	`scan_attachment_id` integer,
	`created_at` text NOT NULL,
	`created_by` integer,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`approval_id`) REFERENCES `approvals`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`scan_attachment_id`) REFERENCES `attachments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action
) STRICT;
--> statement-breakpoint
CREATE INDEX `vettings_person_idx` ON `vettings` (`person_id`,`vetted_on`);--> statement-breakpoint
CREATE TABLE `passport_movements` (
	`id` integer PRIMARY KEY NOT NULL,
	`passport_id` integer NOT NULL,
	`travel_id` integer,
	`handed_out_on` text NOT NULL,
	`due_back_on` text NOT NULL,
	`returned_on` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`passport_id`) REFERENCES `passports`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`travel_id`) REFERENCES `private_travel`(`id`) ON UPDATE no action ON DELETE no action
) STRICT;
--> statement-breakpoint
CREATE INDEX `passport_movements_passport_idx` ON `passport_movements` (`passport_id`,`returned_on`);--> statement-breakpoint
CREATE INDEX `passport_movements_due_idx` ON `passport_movements` (`returned_on`,`due_back_on`);--> statement-breakpoint
CREATE TABLE `passports` (
	`id` integer PRIMARY KEY NOT NULL,
	`person_id` integer NOT NULL,
	`kind` text NOT NULL,
	`number` text NOT NULL,
	`expires_on` text,
	`in_custody` integer DEFAULT 1 NOT NULL,
	`received_on` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action
) STRICT;
--> statement-breakpoint
CREATE INDEX `passports_person_idx` ON `passports` (`person_id`);--> statement-breakpoint
CREATE TABLE `private_travel` (
	`id` integer PRIMARY KEY NOT NULL,
	`person_id` integer NOT NULL,
	`destination` text NOT NULL,
	`purpose` text NOT NULL,
	`applied_on` text NOT NULL,
	`planned_depart_on` text NOT NULL,
	`planned_return_on` text NOT NULL,
	`status` text NOT NULL,
	`needs_approval` integer NOT NULL,
	`educated_on` text,
	`educated_by` text,
	`pledge_id` integer,
	`departed_on` text,
	`returned_on` text,
	`return_report` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action
) STRICT;
--> statement-breakpoint
CREATE INDEX `private_travel_person_idx` ON `private_travel` (`person_id`,`applied_on`);--> statement-breakpoint
CREATE INDEX `private_travel_status_idx` ON `private_travel` (`status`,`planned_return_on`);--> statement-breakpoint
CREATE TABLE `travel_steps` (
	`id` integer PRIMARY KEY NOT NULL,
	`travel_id` integer NOT NULL,
	`step` text NOT NULL,
	`approval_id` integer NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`travel_id`) REFERENCES `private_travel`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`approval_id`) REFERENCES `approvals`(`id`) ON UPDATE no action ON DELETE no action
) STRICT;
--> statement-breakpoint
CREATE INDEX `travel_steps_travel_idx` ON `travel_steps` (`travel_id`);--> statement-breakpoint
CREATE TABLE `leaving_procedures` (
	`id` integer PRIMARY KEY NOT NULL,
	`person_id` integer NOT NULL,
	`kind` text NOT NULL,
	`status` text NOT NULL,
	`started_on` text NOT NULL,
	`reason` text NOT NULL,
	`destination` text,
	`talk_on` text,
	`talk_present` text,
	`talk_notes` text,
	`carriers_cleared_on` text,
	`carriers_checked` text,
	`devices_returned` text,
	`devices_returned_on` text,
	`account_done_on` text,
	`account_disabled_id` integer,
	`pledge_id` integer,
	`approval_id` integer,
	`approved_on` text,
	`clearance` text,
	`separation_years` integer,
	`separation_ends_on` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`approval_id`) REFERENCES `approvals`(`id`) ON UPDATE no action ON DELETE no action
) STRICT;
--> statement-breakpoint
CREATE INDEX `leaving_procedures_person_idx` ON `leaving_procedures` (`person_id`,`status`);--> statement-breakpoint
CREATE TABLE `allowance_lines` (
	`id` integer PRIMARY KEY NOT NULL,
	`statement_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	`name` text NOT NULL,
	`department` text NOT NULL,
	`clearance` text NOT NULL,
	`segments` text NOT NULL,
	`due` integer NOT NULL,
	`deducted` integer NOT NULL,
	`paid` integer NOT NULL,
	`change_note` text,
	`deduction_reason` text,
	FOREIGN KEY (`statement_id`) REFERENCES `allowance_statements`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action
) STRICT;
--> statement-breakpoint
CREATE INDEX `allowance_lines_statement_idx` ON `allowance_lines` (`statement_id`,`department`,`name`);--> statement-breakpoint
CREATE TABLE `allowance_statements` (
	`id` integer PRIMARY KEY NOT NULL,
	`period` text NOT NULL,
	`department_id` integer,
	`status` text NOT NULL,
	`rates` text NOT NULL,
	`total_due` integer NOT NULL,
	`total_deducted` integer NOT NULL,
	`total_paid` integer NOT NULL,
	`created_at` text NOT NULL,
	`created_by` integer,
	FOREIGN KEY (`department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action
) STRICT;
--> statement-breakpoint
CREATE UNIQUE INDEX `allowance_statements_uq` ON `allowance_statements` (`period`,`department_id`);--> statement-breakpoint
CREATE INDEX `allowance_statements_period_idx` ON `allowance_statements` (`period`);