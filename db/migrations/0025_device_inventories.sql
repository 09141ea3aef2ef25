CREATE TABLE `device_inventories` (
	`id` integer PRIMARY KEY NOT NULL,
	`family` text NOT NULL,
	`scope` text NOT NULL,
	`scope_id` integer,
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
CREATE INDEX `device_inventories_status_idx` ON `device_inventories` (`family`,`status`,`started_on`);--> statement-breakpoint
CREATE TABLE `device_inventory_lines` (
	`id` integer PRIMARY KEY NOT NULL,
	`inventory_id` integer NOT NULL,
	`device_id` integer NOT NULL,
	`expected_holder` text,
	`expected_location` text,
	`expected_status` text NOT NULL,
	`result` text DEFAULT 'pending' NOT NULL,
	`note` text,
	`checked_at` text,
	`resolved_at` text,
	`resolution` text,
	FOREIGN KEY (`inventory_id`) REFERENCES `device_inventories`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`device_id`) REFERENCES `devices`(`id`) ON UPDATE no action ON DELETE no action
) STRICT;
--> statement-breakpoint
CREATE UNIQUE INDEX `device_inventory_lines_device_uq` ON `device_inventory_lines` (`inventory_id`,`device_id`);--> statement-breakpoint
CREATE INDEX `device_inventory_lines_open_idx` ON `device_inventory_lines` (`resolved_at`,`result`);