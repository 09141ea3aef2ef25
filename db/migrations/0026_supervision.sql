CREATE TABLE `supervision_figures` (
	`unit_code` text NOT NULL,
	`figure` text NOT NULL,
	`key` text NOT NULL,
	`n` integer NOT NULL,
	PRIMARY KEY(`unit_code`, `figure`, `key`)
) STRICT;
--> statement-breakpoint
CREATE TABLE `supervision_received` (
	`id` integer PRIMARY KEY NOT NULL,
	`unit_code` text,
	`chain` integer,
	`seq` integer,
	`profile` text,
	`created_at` text,
	`package_hash` text,
	`file_name` text NOT NULL,
	`bytes` integer NOT NULL,
	`received_at` text NOT NULL,
	`refusal` text,
	`message` text
) STRICT;
--> statement-breakpoint
CREATE INDEX `supervision_received_unit_idx` ON `supervision_received` (`unit_code`,`id`);--> statement-breakpoint
CREATE TABLE `supervision_replaced_keys` (
	`unit_code` text NOT NULL,
	`chain` integer NOT NULL,
	`sign_key_id` text NOT NULL,
	`sign_public_key` blob NOT NULL,
	`enc_key_id` text NOT NULL,
	`enc_public_key` blob NOT NULL,
	`fingerprint` text NOT NULL,
	`replaced_at` text NOT NULL,
	`replaced_by` integer,
	`reason` text NOT NULL,
	PRIMARY KEY(`unit_code`, `chain`),
	FOREIGN KEY (`unit_code`) REFERENCES `counterparts`(`unit_code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`replaced_by`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action
) STRICT;
--> statement-breakpoint
CREATE TABLE `supervision_replaced_packages` (
	`unit_code` text NOT NULL,
	`chain` integer NOT NULL,
	`seq` integer NOT NULL,
	`package_hash` text NOT NULL,
	`profile` text NOT NULL,
	`created_at` text NOT NULL,
	`imported_at` text NOT NULL,
	`counts` text NOT NULL,
	`audit_head` text NOT NULL,
	`bytes` integer,
	PRIMARY KEY(`unit_code`, `chain`, `seq`)
) STRICT;
--> statement-breakpoint
CREATE TABLE `supervision_replaced_records` (
	`unit_code` text NOT NULL,
	`chain` integer NOT NULL,
	`register` text NOT NULL,
	`record_id` text NOT NULL,
	`data` text NOT NULL,
	`seq` integer NOT NULL,
	PRIMARY KEY(`unit_code`, `chain`, `register`, `record_id`)
) STRICT;
--> statement-breakpoint
CREATE TABLE `supervision_settings` (
	`id` integer PRIMARY KEY NOT NULL,
	`report_interval_days` integer DEFAULT 30 NOT NULL,
	`annual_due` text DEFAULT '01-31' NOT NULL,
	`due_soon_days` integer DEFAULT 7 NOT NULL,
	`updated_at` text NOT NULL
) STRICT;
--> statement-breakpoint
CREATE TABLE `supervision_units` (
	`unit_code` text PRIMARY KEY NOT NULL,
	`chain` integer DEFAULT 1 NOT NULL,
	`awaiting_full` integer DEFAULT false NOT NULL,
	`restarted_at` text,
	`report_interval_days` integer,
	`last_data_at` text,
	`last_data_profile` text,
	`last_annual_year` integer,
	`last_annual_at` text,
	FOREIGN KEY (`unit_code`) REFERENCES `counterparts`(`unit_code`) ON UPDATE no action ON DELETE no action
) STRICT;
--> statement-breakpoint
ALTER TABLE `imported_records` ADD `record_no` integer GENERATED ALWAYS AS (CASE WHEN record_id <> '' AND record_id NOT GLOB '*[^0-9]*' THEN CAST(record_id AS INTEGER) END) VIRTUAL;--> statement-breakpoint
CREATE INDEX `imported_records_natural_idx` ON `imported_records` (`unit_code`,`register`,`record_no`,`record_id`);