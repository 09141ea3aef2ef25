CREATE TABLE `notice_items` (
	`notice_id` integer NOT NULL,
	`item_no` integer NOT NULL,
	`finding_id` integer,
	`register` text,
	`record_id` text,
	PRIMARY KEY(`notice_id`, `item_no`),
	FOREIGN KEY (`notice_id`) REFERENCES `notices_received`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`finding_id`) REFERENCES `findings`(`id`) ON UPDATE no action ON DELETE no action
) STRICT;
--> statement-breakpoint
CREATE INDEX `notice_items_finding_idx` ON `notice_items` (`finding_id`);--> statement-breakpoint
CREATE TABLE `notices_received` (
	`id` integer PRIMARY KEY NOT NULL,
	`supervisor_code` text NOT NULL,
	`seq` integer NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`content` text NOT NULL,
	`notice_hash` text NOT NULL,
	`issued_at` text NOT NULL,
	`inspection_id` integer,
	`leaving_id` integer,
	`imported_at` text NOT NULL,
	`imported_by` integer,
	FOREIGN KEY (`inspection_id`) REFERENCES `inspections`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`leaving_id`) REFERENCES `leaving_procedures`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`imported_by`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action
) STRICT;
--> statement-breakpoint
CREATE UNIQUE INDEX `notices_received_seq_uq` ON `notices_received` (`supervisor_code`,`seq`);--> statement-breakpoint
CREATE INDEX `notices_received_leaving_idx` ON `notices_received` (`leaving_id`);--> statement-breakpoint
CREATE TABLE `notices_sent` (
	`id` integer PRIMARY KEY NOT NULL,
	`unit_code` text NOT NULL,
	`seq` integer NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`content` text NOT NULL,
	`notice_hash` text NOT NULL,
	`file_name` text NOT NULL,
	`created_at` text NOT NULL,
	`created_by` integer,
	FOREIGN KEY (`unit_code`) REFERENCES `counterparts`(`unit_code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action
) STRICT;
--> statement-breakpoint
CREATE UNIQUE INDEX `notices_sent_unit_seq_uq` ON `notices_sent` (`unit_code`,`seq`);