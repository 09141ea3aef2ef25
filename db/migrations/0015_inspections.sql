CREATE TABLE `finding_events` (
	`id` integer PRIMARY KEY NOT NULL,
	`finding_id` integer NOT NULL,
	`kind` text NOT NULL,
	`on` text NOT NULL,
	`summary` text NOT NULL,
	`created_at` text NOT NULL,
	`created_by` integer,
	FOREIGN KEY (`finding_id`) REFERENCES `findings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action
) STRICT;
--> statement-breakpoint
CREATE INDEX `finding_events_finding_idx` ON `finding_events` (`finding_id`,`id`);--> statement-breakpoint
CREATE TABLE `findings` (
	`id` integer PRIMARY KEY NOT NULL,
	`inspection_id` integer NOT NULL,
	`item_id` integer,
	`area` text NOT NULL,
	`what` text NOT NULL,
	`severity` text NOT NULL,
	`department_id` integer,
	`responsible_person_id` integer,
	`requirement` text,
	`deadline` text,
	`status` text NOT NULL,
	`rectification` text,
	`rectified_on` text,
	`rectified_by_id` integer,
	`verifier_id` integer,
	`verified_on` text,
	`evidence` text,
	`evidence_attachment_id` integer,
	`carry_over_reason` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`inspection_id`) REFERENCES `inspections`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`item_id`) REFERENCES `inspection_items`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`responsible_person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`rectified_by_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`verifier_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`evidence_attachment_id`) REFERENCES `attachments`(`id`) ON UPDATE no action ON DELETE no action
) STRICT;
--> statement-breakpoint
CREATE INDEX `findings_check_idx` ON `findings` (`inspection_id`,`id`);--> statement-breakpoint
CREATE INDEX `findings_status_idx` ON `findings` (`status`,`deadline`);--> statement-breakpoint
CREATE INDEX `findings_department_idx` ON `findings` (`department_id`,`status`,`deadline`);--> statement-breakpoint
CREATE INDEX `findings_deadline_idx` ON `findings` (`deadline`,`status`);--> statement-breakpoint
CREATE TABLE `inspection_items` (
	`id` integer PRIMARY KEY NOT NULL,
	`inspection_id` integer NOT NULL,
	`seq` integer NOT NULL,
	`area` text NOT NULL,
	`text` text NOT NULL,
	`answer` text,
	`note` text,
	`evidence_attachment_id` integer,
	FOREIGN KEY (`inspection_id`) REFERENCES `inspections`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`evidence_attachment_id`) REFERENCES `attachments`(`id`) ON UPDATE no action ON DELETE no action
) STRICT;
--> statement-breakpoint
CREATE INDEX `inspection_items_check_idx` ON `inspection_items` (`inspection_id`,`seq`);--> statement-breakpoint
CREATE TABLE `inspections` (
	`id` integer PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`period` text NOT NULL,
	`checked_on` text NOT NULL,
	`department_id` integer,
	`person_id` integer,
	`areas` text NOT NULL,
	`inspectors` text NOT NULL,
	`authority` text,
	`opinion` text,
	`status` text NOT NULL,
	`closed_on` text,
	`created_at` text NOT NULL,
	`created_by` integer,
	FOREIGN KEY (`department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action
) STRICT;
--> statement-breakpoint
CREATE INDEX `inspections_date_idx` ON `inspections` (`checked_on`,`id`);--> statement-breakpoint
CREATE INDEX `inspections_kind_idx` ON `inspections` (`kind`,`checked_on`);--> statement-breakpoint
CREATE INDEX `inspections_status_idx` ON `inspections` (`status`,`checked_on`);--> statement-breakpoint
CREATE INDEX `inspections_department_idx` ON `inspections` (`department_id`,`checked_on`);--> statement-breakpoint
CREATE TABLE `incident_entries` (
	`id` integer PRIMARY KEY NOT NULL,
	`incident_id` integer NOT NULL,
	`kind` text NOT NULL,
	`at` text NOT NULL,
	`by` text,
	`text` text NOT NULL,
	`nature` text,
	`unit_nature` text,
	`scan_attachment_id` integer,
	`created_at` text NOT NULL,
	`created_by` integer,
	FOREIGN KEY (`incident_id`) REFERENCES `incidents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`scan_attachment_id`) REFERENCES `attachments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action
) STRICT;
--> statement-breakpoint
CREATE INDEX `incident_entries_incident_idx` ON `incident_entries` (`incident_id`,`kind`,`id`);--> statement-breakpoint
CREATE TABLE `incident_links` (
	`id` integer PRIMARY KEY NOT NULL,
	`incident_id` integer NOT NULL,
	`kind` text NOT NULL,
	`ref_id` integer NOT NULL,
	`label` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`incident_id`) REFERENCES `incidents`(`id`) ON UPDATE no action ON DELETE no action
) STRICT;
--> statement-breakpoint
CREATE INDEX `incident_links_incident_idx` ON `incident_links` (`incident_id`,`id`);--> statement-breakpoint
CREATE INDEX `incident_links_ref_idx` ON `incident_links` (`kind`,`ref_id`);--> statement-breakpoint
CREATE TABLE `incident_reports` (
	`id` integer PRIMARY KEY NOT NULL,
	`incident_id` integer NOT NULL,
	`recipient` text NOT NULL,
	`recipient_name` text NOT NULL,
	`reported_at` text NOT NULL,
	`method` text NOT NULL,
	`reported_by` text NOT NULL,
	`note` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`incident_id`) REFERENCES `incidents`(`id`) ON UPDATE no action ON DELETE no action
) STRICT;
--> statement-breakpoint
CREATE INDEX `incident_reports_incident_idx` ON `incident_reports` (`incident_id`,`recipient`);--> statement-breakpoint
CREATE TABLE `incidents` (
	`id` integer PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`kind` text NOT NULL,
	`department_id` integer,
	`discovered_at` text NOT NULL,
	`discovered_place` text NOT NULL,
	`discovered_by` text NOT NULL,
	`discovered_by_title` text,
	`discovery_how` text NOT NULL,
	`party` text,
	`party_title` text,
	`occurred_at` text,
	`occurred_place` text,
	`method` text,
	`level` text,
	`summary` text NOT NULL,
	`status` text NOT NULL,
	`reported_at` text,
	`closed_on` text,
	`created_at` text NOT NULL,
	`created_by` integer,
	FOREIGN KEY (`department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action
) STRICT;
--> statement-breakpoint
CREATE INDEX `incidents_discovered_idx` ON `incidents` (`discovered_at`,`id`);--> statement-breakpoint
CREATE INDEX `incidents_status_idx` ON `incidents` (`status`,`discovered_at`);--> statement-breakpoint
CREATE INDEX `incidents_department_idx` ON `incidents` (`department_id`,`discovered_at`);