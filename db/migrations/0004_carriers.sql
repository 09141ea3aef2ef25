CREATE TABLE `classification_items` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`level` text NOT NULL,
	`term_kind` text NOT NULL,
	`term_years` integer,
	`term_months` integer,
	`declassify_condition` text,
	`classifier_name` text NOT NULL,
	`department` text,
	`basis` text,
	`key_department` integer DEFAULT 0 NOT NULL,
	`active` integer DEFAULT 1 NOT NULL,
	`notes` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` integer,
	FOREIGN KEY (`created_by`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action
) STRICT;
--> statement-breakpoint
CREATE INDEX `classification_items_active_idx` ON `classification_items` (`active`,`level`);--> statement-breakpoint
CREATE TABLE `carrier_attachments` (
	`carrier_id` integer NOT NULL,
	`attachment_id` integer NOT NULL,
	`label` text NOT NULL,
	`created_at` text NOT NULL,
	PRIMARY KEY(`carrier_id`, `attachment_id`),
	FOREIGN KEY (`carrier_id`) REFERENCES `carriers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`attachment_id`) REFERENCES `attachments`(`id`) ON UPDATE no action ON DELETE no action
) STRICT;
--> statement-breakpoint
CREATE TABLE `carrier_copies` (
	`id` integer PRIMARY KEY NOT NULL,
	`carrier_id` integer NOT NULL,
	`copy_no` integer NOT NULL,
	`status` text NOT NULL,
	`holder_name` text NOT NULL,
	`holder_dept` text,
	`holder_key` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`carrier_id`) REFERENCES `carriers`(`id`) ON UPDATE no action ON DELETE no action
) STRICT;
--> statement-breakpoint
CREATE UNIQUE INDEX `carrier_copies_no_uq` ON `carrier_copies` (`carrier_id`,`copy_no`);--> statement-breakpoint
CREATE INDEX `carrier_copies_holder_idx` ON `carrier_copies` (`holder_key`,`status`);--> statement-breakpoint
CREATE TABLE `carrier_events` (
	`id` integer PRIMARY KEY NOT NULL,
	`carrier_id` integer NOT NULL,
	`copy_id` integer,
	`kind` text NOT NULL,
	`on` text NOT NULL,
	`at` text NOT NULL,
	`account_id` integer,
	`counterpart` text,
	`approval_id` integer,
	`detail` text NOT NULL,
	FOREIGN KEY (`carrier_id`) REFERENCES `carriers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`copy_id`) REFERENCES `carrier_copies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`approval_id`) REFERENCES `approvals`(`id`) ON UPDATE no action ON DELETE no action
) STRICT;
--> statement-breakpoint
CREATE INDEX `carrier_events_carrier_idx` ON `carrier_events` (`carrier_id`,`id`);--> statement-breakpoint
CREATE INDEX `carrier_events_copy_idx` ON `carrier_events` (`copy_id`);--> statement-breakpoint
CREATE TABLE `carrier_knowers` (
	`id` integer PRIMARY KEY NOT NULL,
	`carrier_id` integer NOT NULL,
	`name` text NOT NULL,
	`department` text,
	`person_key` text NOT NULL,
	`known_on` text NOT NULL,
	`how` text NOT NULL,
	`within_range` integer DEFAULT 1 NOT NULL,
	`approval_id` integer,
	`created_at` text NOT NULL,
	FOREIGN KEY (`carrier_id`) REFERENCES `carriers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`approval_id`) REFERENCES `approvals`(`id`) ON UPDATE no action ON DELETE no action
) STRICT;
--> statement-breakpoint
CREATE INDEX `carrier_knowers_carrier_idx` ON `carrier_knowers` (`carrier_id`);--> statement-breakpoint
CREATE INDEX `carrier_knowers_person_idx` ON `carrier_knowers` (`person_key`);--> statement-breakpoint
CREATE TABLE `carrier_movements` (
	`id` integer PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`carrier_id` integer NOT NULL,
	`copy_id` integer NOT NULL,
	`person_name` text NOT NULL,
	`person_dept` text,
	`person_key` text NOT NULL,
	`outside` integer DEFAULT 0 NOT NULL,
	`companions` text,
	`destination` text,
	`purpose` text,
	`started_on` text NOT NULL,
	`due_on` text NOT NULL,
	`returned_on` text,
	`prev_holder_name` text NOT NULL,
	`prev_holder_dept` text,
	`approval_id` integer,
	`created_at` text NOT NULL,
	FOREIGN KEY (`carrier_id`) REFERENCES `carriers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`copy_id`) REFERENCES `carrier_copies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`approval_id`) REFERENCES `approvals`(`id`) ON UPDATE no action ON DELETE no action
) STRICT;
--> statement-breakpoint
CREATE INDEX `carrier_movements_copy_idx` ON `carrier_movements` (`copy_id`,`returned_on`);--> statement-breakpoint
CREATE INDEX `carrier_movements_carrier_idx` ON `carrier_movements` (`carrier_id`);--> statement-breakpoint
CREATE INDEX `carrier_movements_due_idx` ON `carrier_movements` (`returned_on`,`due_on`);--> statement-breakpoint
CREATE TABLE `carriers` (
	`id` integer PRIMARY KEY NOT NULL,
	`carrier_no` text NOT NULL,
	`type` text NOT NULL,
	`name` text NOT NULL,
	`doc_no` text,
	`issuer` text,
	`level` text NOT NULL,
	`level_rank` integer NOT NULL,
	`term_kind` text NOT NULL,
	`term_years` integer,
	`term_months` integer,
	`term_until` text,
	`declassify_condition` text,
	`term_ends_on` text,
	`issued_on` text NOT NULL,
	`registered_on` text NOT NULL,
	`need_to_know` text NOT NULL,
	`pages` integer,
	`capacity` text,
	`source` text NOT NULL,
	`original_id` integer,
	`copy_mode` text,
	`copy_stamp` text,
	`own_classification` integer NOT NULL,
	`department` text NOT NULL,
	`custodian_name` text NOT NULL,
	`custodian_key` text NOT NULL,
	`location` text,
	`secret_points` text,
	`classification_item_id` integer,
	`signed_by` text,
	`status` text NOT NULL,
	`class_state` text DEFAULT 'classified' NOT NULL,
	`declassified_on` text,
	`last_review_year` integer,
	`loan_due_on` text,
	`copy_count` integer NOT NULL,
	`live_copies` integer NOT NULL,
	`notes` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` integer,
	FOREIGN KEY (`original_id`) REFERENCES `carriers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`classification_item_id`) REFERENCES `classification_items`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action
) STRICT;
--> statement-breakpoint
CREATE UNIQUE INDEX `carriers_no_uq` ON `carriers` (`carrier_no`);--> statement-breakpoint
CREATE INDEX `carriers_registered_idx` ON `carriers` (`registered_on`);--> statement-breakpoint
CREATE INDEX `carriers_name_idx` ON `carriers` (`name`,`doc_no`);--> statement-breakpoint
CREATE INDEX `carriers_issued_idx` ON `carriers` (`issued_on`);--> statement-breakpoint
CREATE INDEX `carriers_level_rank_idx` ON `carriers` (`level_rank`,`registered_on`);--> statement-breakpoint
CREATE INDEX `carriers_level_idx` ON `carriers` (`level`,`registered_on`);--> statement-breakpoint
CREATE INDEX `carriers_status_idx` ON `carriers` (`status`,`registered_on`);--> statement-breakpoint
CREATE INDEX `carriers_type_idx` ON `carriers` (`type`,`registered_on`);--> statement-breakpoint
CREATE INDEX `carriers_department_idx` ON `carriers` (`department`,`registered_on`);--> statement-breakpoint
CREATE INDEX `carriers_custodian_idx` ON `carriers` (`custodian_key`,`registered_on`);--> statement-breakpoint
CREATE INDEX `carriers_term_end_idx` ON `carriers` (`term_ends_on`,`registered_on`);--> statement-breakpoint
CREATE INDEX `carriers_loan_due_idx` ON `carriers` (`loan_due_on`,`registered_on`);--> statement-breakpoint
CREATE INDEX `carriers_review_idx` ON `carriers` (`last_review_year`,`registered_on`) WHERE own_classification = 1 AND class_state = 'classified' AND source <> 'copied';--> statement-breakpoint
CREATE INDEX `carriers_original_idx` ON `carriers` (`original_id`);--> statement-breakpoint
CREATE TABLE `classification_decisions` (
	`id` integer PRIMARY KEY NOT NULL,
	`carrier_id` integer NOT NULL,
	`kind` text NOT NULL,
	`decided_on` text NOT NULL,
	`proposer_name` text,
	`decided_by` text NOT NULL,
	`authority` text NOT NULL,
	`reason` text NOT NULL,
	`level_before` text,
	`level_after` text,
	`term_before` text,
	`term_after` text,
	`range_before` text,
	`range_after` text,
	`notice_no` text,
	`notice_to` text,
	`review_year` integer,
	`basis_item_id` integer,
	`approval_id` integer,
	`created_at` text NOT NULL,
	`created_by` integer,
	FOREIGN KEY (`carrier_id`) REFERENCES `carriers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`basis_item_id`) REFERENCES `classification_items`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`approval_id`) REFERENCES `approvals`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action
) STRICT;
--> statement-breakpoint
CREATE INDEX `classification_decisions_carrier_idx` ON `classification_decisions` (`carrier_id`,`id`);--> statement-breakpoint
CREATE INDEX `classification_decisions_year_idx` ON `classification_decisions` (`review_year`);--> statement-breakpoint
CREATE TABLE `destruction_batches` (
	`id` integer PRIMARY KEY NOT NULL,
	`batch_no` text NOT NULL,
	`destroyed_at` text NOT NULL,
	`place` text NOT NULL,
	`method` text NOT NULL,
	`reason` text NOT NULL,
	`responsible_name` text NOT NULL,
	`receiver_name` text,
	`approval_id` integer NOT NULL,
	`created_at` text NOT NULL,
	`created_by` integer,
	FOREIGN KEY (`approval_id`) REFERENCES `approvals`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action
) STRICT;
--> statement-breakpoint
CREATE UNIQUE INDEX `destruction_batches_no_uq` ON `destruction_batches` (`batch_no`);--> statement-breakpoint
CREATE INDEX `destruction_batches_at_idx` ON `destruction_batches` (`destroyed_at`);--> statement-breakpoint
CREATE TABLE `destruction_items` (
	`copy_id` integer PRIMARY KEY NOT NULL,
	`batch_id` integer NOT NULL,
	`carrier_id` integer NOT NULL,
	FOREIGN KEY (`copy_id`) REFERENCES `carrier_copies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`batch_id`) REFERENCES `destruction_batches`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`carrier_id`) REFERENCES `carriers`(`id`) ON UPDATE no action ON DELETE no action
) STRICT;
--> statement-breakpoint
CREATE INDEX `destruction_items_batch_idx` ON `destruction_items` (`batch_id`);--> statement-breakpoint
CREATE TABLE `destruction_witnesses` (
	`id` integer PRIMARY KEY NOT NULL,
	`batch_id` integer NOT NULL,
	`name` text NOT NULL,
	`title` text,
	`department` text,
	FOREIGN KEY (`batch_id`) REFERENCES `destruction_batches`(`id`) ON UPDATE no action ON DELETE no action
) STRICT;
--> statement-breakpoint
CREATE INDEX `destruction_witnesses_batch_idx` ON `destruction_witnesses` (`batch_id`);--> statement-breakpoint
CREATE TABLE `inventories` (
	`id` integer PRIMARY KEY NOT NULL,
	`scope` text NOT NULL,
	`scope_value` text,
	`scope_label` text NOT NULL,
	`started_on` text NOT NULL,
	`closed_on` text,
	`status` text NOT NULL,
	`report` text,
	`note` text,
	`created_at` text NOT NULL,
	`created_by` integer,
	FOREIGN KEY (`created_by`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action
) STRICT;
--> statement-breakpoint
CREATE INDEX `inventories_status_idx` ON `inventories` (`status`,`started_on`);--> statement-breakpoint
CREATE TABLE `inventory_lines` (
	`id` integer PRIMARY KEY NOT NULL,
	`inventory_id` integer NOT NULL,
	`copy_id` integer NOT NULL,
	`carrier_id` integer NOT NULL,
	`expected_holder` text NOT NULL,
	`expected_status` text NOT NULL,
	`result` text DEFAULT 'pending' NOT NULL,
	`note` text,
	`checked_at` text,
	`resolved_at` text,
	`resolution` text,
	FOREIGN KEY (`inventory_id`) REFERENCES `inventories`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`copy_id`) REFERENCES `carrier_copies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`carrier_id`) REFERENCES `carriers`(`id`) ON UPDATE no action ON DELETE no action
) STRICT;
--> statement-breakpoint
CREATE UNIQUE INDEX `inventory_lines_copy_uq` ON `inventory_lines` (`inventory_id`,`copy_id`);--> statement-breakpoint
CREATE INDEX `inventory_lines_open_idx` ON `inventory_lines` (`resolved_at`,`result`);