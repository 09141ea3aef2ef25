CREATE TABLE `device_checks` (
	`id` integer PRIMARY KEY NOT NULL,
	`device_id` integer NOT NULL,
	`kind` text NOT NULL,
	`checked_on` text NOT NULL,
	`checker_name` text NOT NULL,
	`result` text NOT NULL,
	`findings` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`device_id`) REFERENCES `devices`(`id`) ON UPDATE no action ON DELETE no action
) STRICT;
--> statement-breakpoint
CREATE INDEX `device_checks_device_idx` ON `device_checks` (`device_id`,`kind`,`checked_on`);--> statement-breakpoint
CREATE TABLE `device_events` (
	`id` integer PRIMARY KEY NOT NULL,
	`device_id` integer NOT NULL,
	`kind` text NOT NULL,
	`on` text NOT NULL,
	`at` text NOT NULL,
	`account_id` integer,
	`counterpart` text,
	`approval_id` integer,
	`detail` text NOT NULL,
	FOREIGN KEY (`device_id`) REFERENCES `devices`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`approval_id`) REFERENCES `approvals`(`id`) ON UPDATE no action ON DELETE no action
) STRICT;
--> statement-breakpoint
CREATE INDEX `device_events_device_idx` ON `device_events` (`device_id`,`id`);--> statement-breakpoint
CREATE INDEX `device_events_kind_on_idx` ON `device_events` (`kind`,`on`);--> statement-breakpoint
CREATE TABLE `device_movements` (
	`id` integer PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`device_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	`person_name` text NOT NULL,
	`reason` text,
	`connect_device_id` integer,
	`content_level` text,
	`destination` text,
	`started_on` text NOT NULL,
	`due_on` text NOT NULL,
	`returned_on` text,
	`checker_name` text,
	`check_result` text,
	`prev_status` text NOT NULL,
	`approval_id` integer,
	`created_at` text NOT NULL,
	FOREIGN KEY (`device_id`) REFERENCES `devices`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`connect_device_id`) REFERENCES `devices`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`approval_id`) REFERENCES `approvals`(`id`) ON UPDATE no action ON DELETE no action
) STRICT;
--> statement-breakpoint
CREATE INDEX `device_movements_device_idx` ON `device_movements` (`device_id`,`returned_on`);--> statement-breakpoint
CREATE INDEX `device_movements_due_idx` ON `device_movements` (`returned_on`,`due_on`);--> statement-breakpoint
CREATE TABLE `device_repairs` (
	`id` integer PRIMARY KEY NOT NULL,
	`device_id` integer NOT NULL,
	`mode` text NOT NULL,
	`fault` text NOT NULL,
	`vendor` text,
	`vendor_qualified` integer DEFAULT 0 NOT NULL,
	`agreement_signed` integer DEFAULT 0 NOT NULL,
	`escort_name` text,
	`storage_removed` integer DEFAULT 0 NOT NULL,
	`storage_kept_by` text,
	`sent_by` text,
	`started_on` text NOT NULL,
	`returned_on` text,
	`result` text,
	`old_disk_serials` text,
	`new_disk_serials` text,
	`handed_over_by` text,
	`received_by` text,
	`prev_status` text NOT NULL,
	`approval_id` integer,
	`created_at` text NOT NULL,
	FOREIGN KEY (`device_id`) REFERENCES `devices`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`approval_id`) REFERENCES `approvals`(`id`) ON UPDATE no action ON DELETE no action
) STRICT;
--> statement-breakpoint
CREATE INDEX `device_repairs_device_idx` ON `device_repairs` (`device_id`,`returned_on`);--> statement-breakpoint
CREATE INDEX `device_repairs_started_idx` ON `device_repairs` (`started_on`);--> statement-breakpoint
CREATE TABLE `device_usage` (
	`id` integer PRIMARY KEY NOT NULL,
	`device_id` integer NOT NULL,
	`person_id` integer,
	`user_name` text NOT NULL,
	`started_at` text NOT NULL,
	`ended_at` text,
	`purpose` text NOT NULL,
	`max_level` text,
	`prints` integer DEFAULT 0 NOT NULL,
	`burns` integer DEFAULT 0 NOT NULL,
	`imports` integer DEFAULT 0 NOT NULL,
	`exports` integer DEFAULT 0 NOT NULL,
	`print_detail` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`device_id`) REFERENCES `devices`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action
) STRICT;
--> statement-breakpoint
CREATE INDEX `device_usage_device_idx` ON `device_usage` (`device_id`,`started_at`);--> statement-breakpoint
CREATE INDEX `device_usage_started_idx` ON `device_usage` (`started_at`);--> statement-breakpoint
CREATE TABLE `devices` (
	`id` integer PRIMARY KEY NOT NULL,
	`family` text NOT NULL,
	`device_no` text NOT NULL,
	`asset_no` text,
	`kind` text NOT NULL,
	`class` text NOT NULL,
	`level` text,
	`level_rank` integer NOT NULL,
	`brand_model` text,
	`serial_no` text,
	`disk_serials` text DEFAULT '[]' NOT NULL,
	`mac` text,
	`capacity` text,
	`custodian_person_id` integer,
	`custodian_name` text,
	`department_id` integer,
	`location` text,
	`purpose` text,
	`os` text,
	`os_installed_on` text,
	`enabled_on` text,
	`registered_on` text NOT NULL,
	`secret_network` integer DEFAULT 0 NOT NULL,
	`on_internet` integer DEFAULT 0 NOT NULL,
	`monitor_installed` integer DEFAULT 0 NOT NULL,
	`max_written_rank` integer DEFAULT 0 NOT NULL,
	`storage_state` text DEFAULT 'installed' NOT NULL,
	`status` text NOT NULL,
	`holder_person_id` integer,
	`holder_name` text,
	`due_on` text,
	`is_host` integer DEFAULT 0 NOT NULL,
	`notes` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` integer,
	FOREIGN KEY (`custodian_person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`holder_person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action
) STRICT;
--> statement-breakpoint
CREATE UNIQUE INDEX `devices_no_uq` ON `devices` (`device_no`);--> statement-breakpoint
CREATE INDEX `devices_registered_idx` ON `devices` (`family`,`registered_on`);--> statement-breakpoint
CREATE INDEX `devices_family_no_idx` ON `devices` (`family`,`device_no`);--> statement-breakpoint
CREATE INDEX `devices_level_rank_idx` ON `devices` (`family`,`level_rank`,`registered_on`);--> statement-breakpoint
CREATE INDEX `devices_kind_idx` ON `devices` (`family`,`kind`,`registered_on`);--> statement-breakpoint
CREATE INDEX `devices_class_idx` ON `devices` (`family`,`class`,`registered_on`);--> statement-breakpoint
CREATE INDEX `devices_status_idx` ON `devices` (`family`,`status`,`registered_on`);--> statement-breakpoint
CREATE INDEX `devices_department_idx` ON `devices` (`family`,`department_id`,`registered_on`);--> statement-breakpoint
CREATE INDEX `devices_custodian_idx` ON `devices` (`custodian_person_id`,`status`);--> statement-breakpoint
CREATE INDEX `devices_holder_idx` ON `devices` (`holder_person_id`,`status`);--> statement-breakpoint
CREATE INDEX `devices_due_idx` ON `devices` (`due_on`);--> statement-breakpoint
CREATE INDEX `devices_facets_idx` ON `devices` (`family`,`class`,`level`,`kind`,`status`,`department_id`);