CREATE TABLE `supervision_search` (
	`id` integer PRIMARY KEY NOT NULL,
	`unit_code` text NOT NULL,
	`register` text NOT NULL,
	`record_id` text NOT NULL,
	`record_no` integer,
	`no` text,
	`name` text NOT NULL,
	`detail` text NOT NULL
) STRICT;
--> statement-breakpoint
CREATE UNIQUE INDEX `supervision_search_record_uq` ON `supervision_search` (`unit_code`,`register`,`record_id`);--> statement-breakpoint
CREATE INDEX `supervision_search_no_idx` ON `supervision_search` (`no`);--> statement-breakpoint
ALTER TABLE `supervision_settings` ADD `overdue_loan_alert` integer DEFAULT 5 NOT NULL;