CREATE TABLE `agreements` (
	`id` integer PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`person_id` integer,
	`staff_id` integer,
	`partner` text,
	`signed_on` text NOT NULL,
	`term_ends_on` text,
	`non_compete_from` text,
	`non_compete_ends_on` text,
	`scan_attachment_id` integer,
	`notes` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`staff_id`) REFERENCES `staff_members`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`scan_attachment_id`) REFERENCES `attachments`(`id`) ON UPDATE no action ON DELETE no action
) STRICT;
--> statement-breakpoint
CREATE INDEX `agreements_person_idx` ON `agreements` (`person_id`,`kind`);--> statement-breakpoint
CREATE INDEX `agreements_staff_idx` ON `agreements` (`staff_id`,`kind`);--> statement-breakpoint
CREATE INDEX `agreements_term_idx` ON `agreements` (`term_ends_on`);--> statement-breakpoint
CREATE INDEX `agreements_non_compete_idx` ON `agreements` (`non_compete_ends_on`);--> statement-breakpoint
CREATE INDEX `agreements_signed_idx` ON `agreements` (`signed_on`,`id`);--> statement-breakpoint
CREATE TABLE `appraisals` (
	`id` integer PRIMARY KEY NOT NULL,
	`person_id` integer NOT NULL,
	`kind` text NOT NULL,
	`year` integer NOT NULL,
	`appraised_on` text NOT NULL,
	`result` text NOT NULL,
	`score` real,
	`appraiser` text NOT NULL,
	`remarks` text,
	`session_id` integer,
	`reviewed_on` text,
	`review_note` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`session_id`) REFERENCES `training_sessions`(`id`) ON UPDATE no action ON DELETE no action
) STRICT;
--> statement-breakpoint
CREATE INDEX `appraisals_person_idx` ON `appraisals` (`person_id`,`kind`,`year`);--> statement-breakpoint
CREATE INDEX `appraisals_year_idx` ON `appraisals` (`year`,`kind`,`result`);--> statement-breakpoint
CREATE TABLE `sanctions` (
	`id` integer PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`matter` text NOT NULL,
	`person_id` integer,
	`staff_id` integer,
	`department_id` integer,
	`on` text NOT NULL,
	`category` text NOT NULL,
	`basis` text NOT NULL,
	`approver` text NOT NULL,
	`approved_on` text NOT NULL,
	`document_no` text,
	`source_ref` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`staff_id`) REFERENCES `staff_members`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE no action
) STRICT;
--> statement-breakpoint
CREATE INDEX `sanctions_on_idx` ON `sanctions` (`on`,`id`);--> statement-breakpoint
CREATE INDEX `sanctions_person_idx` ON `sanctions` (`person_id`,`on`);--> statement-breakpoint
CREATE TABLE `staff_members` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`department_id` integer NOT NULL,
	`post` text,
	`joined_on` text,
	`left_on` text,
	`person_id` integer,
	`created_at` text NOT NULL,
	FOREIGN KEY (`department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action
) STRICT;
--> statement-breakpoint
CREATE INDEX `staff_members_department_idx` ON `staff_members` (`department_id`,`name`);--> statement-breakpoint
CREATE INDEX `staff_members_name_idx` ON `staff_members` (`name`);--> statement-breakpoint
CREATE UNIQUE INDEX `staff_members_person_uq` ON `staff_members` (`person_id`);--> statement-breakpoint
CREATE TABLE `training_attendance` (
	`id` integer PRIMARY KEY NOT NULL,
	`session_id` integer NOT NULL,
	`person_id` integer,
	`staff_id` integer,
	`status` text NOT NULL,
	`absence_reason` text,
	`made_up_on` text,
	`held_on` text NOT NULL,
	`hours` real NOT NULL,
	`scan_attachment_id` integer,
	`created_at` text NOT NULL,
	FOREIGN KEY (`session_id`) REFERENCES `training_sessions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`staff_id`) REFERENCES `staff_members`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`scan_attachment_id`) REFERENCES `attachments`(`id`) ON UPDATE no action ON DELETE no action
) STRICT;
--> statement-breakpoint
CREATE INDEX `training_attendance_session_idx` ON `training_attendance` (`session_id`,`person_id`);--> statement-breakpoint
CREATE INDEX `training_attendance_person_idx` ON `training_attendance` (`person_id`,`held_on`,`status`,`hours`);--> statement-breakpoint
CREATE INDEX `training_attendance_staff_idx` ON `training_attendance` (`staff_id`,`held_on`);--> statement-breakpoint
CREATE INDEX `training_attendance_held_idx` ON `training_attendance` (`held_on`,`person_id`,`status`,`hours`);--> statement-breakpoint
CREATE TABLE `training_sessions` (
	`id` integer PRIMARY KEY NOT NULL,
	`purpose` text NOT NULL,
	`form` text NOT NULL,
	`status` text NOT NULL,
	`topic` text NOT NULL,
	`year` integer NOT NULL,
	`planned_on` text,
	`held_on` text,
	`organizer` text,
	`speaker` text,
	`scope` text,
	`content` text NOT NULL,
	`hours` real NOT NULL,
	`place` text,
	`recorder` text,
	`materials` text DEFAULT '[]' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`created_by` integer,
	FOREIGN KEY (`created_by`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action
) STRICT;
--> statement-breakpoint
CREATE INDEX `training_sessions_year_idx` ON `training_sessions` (`year`,`status`,`held_on`);--> statement-breakpoint
CREATE INDEX `training_sessions_held_idx` ON `training_sessions` (`held_on`,`id`);--> statement-breakpoint
CREATE INDEX `training_sessions_planned_idx` ON `training_sessions` (`planned_on`,`id`);--> statement-breakpoint
CREATE INDEX `training_sessions_form_idx` ON `training_sessions` (`form`,`held_on`);