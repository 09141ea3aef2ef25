CREATE TABLE `review_steps` (
	`id` integer PRIMARY KEY NOT NULL,
	`review_id` integer NOT NULL,
	`step` text NOT NULL,
	`approval_id` integer NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`review_id`) REFERENCES `reviews`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`approval_id`) REFERENCES `approvals`(`id`) ON UPDATE no action ON DELETE no action
) STRICT;
--> statement-breakpoint
CREATE INDEX `review_steps_review_idx` ON `review_steps` (`review_id`);--> statement-breakpoint
CREATE TABLE `reviews` (
	`id` integer PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`summary` text NOT NULL,
	`handler_person_id` integer NOT NULL,
	`department_id` integer NOT NULL,
	`purpose` text NOT NULL,
	`recipient` text,
	`applied_on` text NOT NULL,
	`status` text NOT NULL,
	`outcome` text,
	`amendments` text,
	`abroad_basis` text,
	`decided_on` text,
	`carrier_id` integer,
	`attachment_id` integer,
	`created_at` text NOT NULL,
	FOREIGN KEY (`handler_person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`carrier_id`) REFERENCES `carriers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`attachment_id`) REFERENCES `attachments`(`id`) ON UPDATE no action ON DELETE no action
) STRICT;
--> statement-breakpoint
CREATE INDEX `reviews_applied_idx` ON `reviews` (`applied_on`,`id`);--> statement-breakpoint
CREATE INDEX `reviews_status_idx` ON `reviews` (`status`,`applied_on`);--> statement-breakpoint
CREATE INDEX `reviews_purpose_idx` ON `reviews` (`purpose`,`applied_on`);--> statement-breakpoint
CREATE INDEX `reviews_department_idx` ON `reviews` (`department_id`,`applied_on`);--> statement-breakpoint
CREATE TABLE `key_site_checks` (
	`id` integer PRIMARY KEY NOT NULL,
	`site_id` integer NOT NULL,
	`checked_on` text NOT NULL,
	`checker` text NOT NULL,
	`result` text NOT NULL,
	`findings` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`site_id`) REFERENCES `key_sites`(`id`) ON UPDATE no action ON DELETE no action
) STRICT;
--> statement-breakpoint
CREATE INDEX `key_site_checks_site_idx` ON `key_site_checks` (`site_id`,`checked_on`);--> statement-breakpoint
CREATE TABLE `key_site_duties` (
	`id` integer PRIMARY KEY NOT NULL,
	`site_id` integer NOT NULL,
	`duty_on` text NOT NULL,
	`person_name` text NOT NULL,
	`shift` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`site_id`) REFERENCES `key_sites`(`id`) ON UPDATE no action ON DELETE no action
) STRICT;
--> statement-breakpoint
CREATE INDEX `key_site_duties_site_idx` ON `key_site_duties` (`site_id`,`duty_on`);--> statement-breakpoint
CREATE TABLE `key_site_protections` (
	`id` integer PRIMARY KEY NOT NULL,
	`site_id` integer NOT NULL,
	`category` text NOT NULL,
	`item` text NOT NULL,
	`quantity` integer DEFAULT 1 NOT NULL,
	`note` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`site_id`) REFERENCES `key_sites`(`id`) ON UPDATE no action ON DELETE no action
) STRICT;
--> statement-breakpoint
CREATE INDEX `key_site_protections_site_idx` ON `key_site_protections` (`site_id`);--> statement-breakpoint
CREATE TABLE `key_site_visits` (
	`id` integer PRIMARY KEY NOT NULL,
	`site_id` integer NOT NULL,
	`visitor_name` text NOT NULL,
	`visitor_org` text,
	`purpose` text NOT NULL,
	`escort_name` text NOT NULL,
	`in_at` text NOT NULL,
	`out_at` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`site_id`) REFERENCES `key_sites`(`id`) ON UPDATE no action ON DELETE no action
) STRICT;
--> statement-breakpoint
CREATE INDEX `key_site_visits_site_idx` ON `key_site_visits` (`site_id`,`in_at`);--> statement-breakpoint
CREATE INDEX `key_site_visits_open_idx` ON `key_site_visits` (`out_at`,`in_at`);--> statement-breakpoint
CREATE TABLE `key_sites` (
	`id` integer PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`level` text NOT NULL,
	`department_id` integer,
	`manager_person_id` integer NOT NULL,
	`location` text,
	`phone` text,
	`staff_count` integer DEFAULT 0 NOT NULL,
	`reason` text NOT NULL,
	`status` text NOT NULL,
	`proposed_on` text NOT NULL,
	`approved_on` text,
	`approval_id` integer,
	`check_every_days` integer DEFAULT 90 NOT NULL,
	`last_checked_on` text,
	`revoked_on` text,
	`revoked_by` text,
	`revoke_reason` text,
	`revoke_approval_id` integer,
	`created_at` text NOT NULL,
	FOREIGN KEY (`department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`manager_person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`approval_id`) REFERENCES `approvals`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`revoke_approval_id`) REFERENCES `approvals`(`id`) ON UPDATE no action ON DELETE no action
) STRICT;
--> statement-breakpoint
CREATE INDEX `key_sites_status_idx` ON `key_sites` (`status`,`name`);--> statement-breakpoint
CREATE INDEX `key_sites_kind_idx` ON `key_sites` (`kind`,`name`);--> statement-breakpoint
CREATE INDEX `key_sites_name_idx` ON `key_sites` (`name`);--> statement-breakpoint
CREATE TABLE `classified_meetings` (
	`id` integer PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`level` text NOT NULL,
	`starts_on` text NOT NULL,
	`ends_on` text NOT NULL,
	`place` text NOT NULL,
	`host_department_id` integer NOT NULL,
	`attendees` text NOT NULL,
	`plan_attachment_id` integer,
	`venue_compliant` integer DEFAULT 0 NOT NULL,
	`identity_checked` integer DEFAULT 0 NOT NULL,
	`educated` integer DEFAULT 0 NOT NULL,
	`measures` text,
	`status` text NOT NULL,
	`approval_id` integer,
	`closed_on` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`host_department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`plan_attachment_id`) REFERENCES `attachments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`approval_id`) REFERENCES `approvals`(`id`) ON UPDATE no action ON DELETE no action
) STRICT;
--> statement-breakpoint
CREATE INDEX `classified_meetings_starts_idx` ON `classified_meetings` (`starts_on`,`id`);--> statement-breakpoint
CREATE INDEX `classified_meetings_status_idx` ON `classified_meetings` (`status`,`starts_on`);--> statement-breakpoint
CREATE TABLE `committee_meetings` (
	`id` integer PRIMARY KEY NOT NULL,
	`held_on` text NOT NULL,
	`topics` text NOT NULL,
	`chair` text NOT NULL,
	`attendees` text NOT NULL,
	`recorder` text NOT NULL,
	`minutes` text,
	`minutes_attachment_id` integer,
	`created_at` text NOT NULL,
	FOREIGN KEY (`minutes_attachment_id`) REFERENCES `attachments`(`id`) ON UPDATE no action ON DELETE no action
) STRICT;
--> statement-breakpoint
CREATE INDEX `committee_meetings_held_idx` ON `committee_meetings` (`held_on`);--> statement-breakpoint
CREATE TABLE `committee_members` (
	`id` integer PRIMARY KEY NOT NULL,
	`person_id` integer NOT NULL,
	`role` text NOT NULL,
	`title` text,
	`phone` text,
	`joined_on` text NOT NULL,
	`left_on` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action
) STRICT;
--> statement-breakpoint
CREATE INDEX `committee_members_role_idx` ON `committee_members` (`left_on`,`role`);--> statement-breakpoint
CREATE TABLE `committee_tasks` (
	`id` integer PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`meeting_id` integer,
	`year` integer NOT NULL,
	`content` text NOT NULL,
	`owner_person_id` integer NOT NULL,
	`due_on` text,
	`status` text NOT NULL,
	`done_on` text,
	`done_note` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `committee_meetings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`owner_person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action
) STRICT;
--> statement-breakpoint
CREATE INDEX `committee_tasks_status_idx` ON `committee_tasks` (`status`,`due_on`);--> statement-breakpoint
CREATE INDEX `committee_tasks_meeting_idx` ON `committee_tasks` (`meeting_id`);--> statement-breakpoint
CREATE INDEX `committee_tasks_year_idx` ON `committee_tasks` (`year`,`kind`);--> statement-breakpoint
CREATE TABLE `committee_years` (
	`year` integer PRIMARY KEY NOT NULL,
	`plan` text,
	`plan_adopted_on` text,
	`summary` text,
	`summary_on` text,
	`created_at` text NOT NULL
) STRICT;
--> statement-breakpoint
CREATE TABLE `meeting_materials` (
	`id` integer PRIMARY KEY NOT NULL,
	`meeting_id` integer NOT NULL,
	`carrier_id` integer NOT NULL,
	`copy_id` integer NOT NULL,
	`issued_to` text NOT NULL,
	`issued_on` text NOT NULL,
	`collected_on` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `classified_meetings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`carrier_id`) REFERENCES `carriers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`copy_id`) REFERENCES `carrier_copies`(`id`) ON UPDATE no action ON DELETE no action
) STRICT;
--> statement-breakpoint
CREATE INDEX `meeting_materials_meeting_idx` ON `meeting_materials` (`meeting_id`,`collected_on`);--> statement-breakpoint
CREATE INDEX `meeting_materials_copy_idx` ON `meeting_materials` (`copy_id`,`collected_on`);--> statement-breakpoint
CREATE TABLE `responsibility_letters` (
	`id` integer PRIMARY KEY NOT NULL,
	`year` integer NOT NULL,
	`department_id` integer NOT NULL,
	`signed_on` text NOT NULL,
	`signer` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE no action
) STRICT;
--> statement-breakpoint
CREATE UNIQUE INDEX `responsibility_letters_uq` ON `responsibility_letters` (`year`,`department_id`);--> statement-breakpoint
CREATE TABLE `rule_documents` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`doc_no` text,
	`effective_on` text NOT NULL,
	`repealed_on` text,
	`attachment_id` integer,
	`created_at` text NOT NULL,
	FOREIGN KEY (`attachment_id`) REFERENCES `attachments`(`id`) ON UPDATE no action ON DELETE no action
) STRICT;
--> statement-breakpoint
CREATE INDEX `rule_documents_effective_idx` ON `rule_documents` (`effective_on`);--> statement-breakpoint
CREATE TABLE `secrecy_archive` (
	`id` integer PRIMARY KEY NOT NULL,
	`year` integer NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`attachment_id` integer,
	`created_at` text NOT NULL,
	FOREIGN KEY (`attachment_id`) REFERENCES `attachments`(`id`) ON UPDATE no action ON DELETE no action
) STRICT;
--> statement-breakpoint
CREATE INDEX `secrecy_archive_year_idx` ON `secrecy_archive` (`year`,`kind`);