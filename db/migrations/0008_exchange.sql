CREATE TABLE `counterparts` (
	`unit_code` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`role` text NOT NULL,
	`sign_key_id` text NOT NULL,
	`sign_public_key` blob NOT NULL,
	`enc_key_id` text NOT NULL,
	`enc_public_key` blob NOT NULL,
	`fingerprint` text NOT NULL,
	`report_interval_days` integer DEFAULT 30 NOT NULL,
	`imported_at` text NOT NULL,
	`imported_by` integer,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`imported_by`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action
) STRICT;
--> statement-breakpoint
CREATE TABLE `exchange_channels` (
	`unit_code` text PRIMARY KEY NOT NULL,
	`last_seq` integer NOT NULL,
	`last_hash` text NOT NULL,
	`last_received_at` text NOT NULL,
	`last_created_at` text NOT NULL,
	`last_profile` text NOT NULL,
	FOREIGN KEY (`unit_code`) REFERENCES `counterparts`(`unit_code`) ON UPDATE no action ON DELETE no action
) STRICT;
--> statement-breakpoint
CREATE TABLE `exchange_incoming` (
	`unit_code` text NOT NULL,
	`seq` integer NOT NULL,
	`package_hash` text NOT NULL,
	`profile` text NOT NULL,
	`created_at` text NOT NULL,
	`imported_at` text NOT NULL,
	`counts` text NOT NULL,
	`audit_head` text NOT NULL,
	`imported_by` integer,
	PRIMARY KEY(`unit_code`, `seq`),
	FOREIGN KEY (`unit_code`) REFERENCES `counterparts`(`unit_code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`imported_by`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action
) STRICT;
--> statement-breakpoint
CREATE TABLE `exchange_outgoing` (
	`id` integer PRIMARY KEY NOT NULL,
	`receiver_code` text NOT NULL,
	`seq` integer NOT NULL,
	`package_hash` text NOT NULL,
	`prev_hash` text NOT NULL,
	`profile` text NOT NULL,
	`created_at` text NOT NULL,
	`base_seq` integer,
	`file_name` text NOT NULL,
	`file_sha256` text NOT NULL,
	`file_size` integer NOT NULL,
	`counts` text NOT NULL,
	`carrier_id` integer,
	`acknowledged_at` text,
	`receipt_imported_at` text,
	`created_by` integer,
	FOREIGN KEY (`carrier_id`) REFERENCES `carriers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action
) STRICT;
--> statement-breakpoint
CREATE UNIQUE INDEX `exchange_outgoing_channel_uq` ON `exchange_outgoing` (`receiver_code`,`seq`);--> statement-breakpoint
CREATE TABLE `imported_records` (
	`unit_code` text NOT NULL,
	`register` text NOT NULL,
	`record_id` text NOT NULL,
	`data` text NOT NULL,
	`seq` integer NOT NULL,
	PRIMARY KEY(`unit_code`, `register`, `record_id`),
	CONSTRAINT "imported_records_json" CHECK(json_valid("imported_records"."data"))
) STRICT;
--> statement-breakpoint
CREATE INDEX `imported_records_seq_idx` ON `imported_records` (`unit_code`,`seq`);