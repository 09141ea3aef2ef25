CREATE TABLE `leader_checks` (
	`id` integer PRIMARY KEY NOT NULL,
	`year` integer NOT NULL,
	`person_id` integer NOT NULL,
	`post` text NOT NULL,
	`items` text NOT NULL,
	`grade` text NOT NULL,
	`comment` text,
	`checker` text NOT NULL,
	`checked_on` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action
) STRICT;
--> statement-breakpoint
CREATE UNIQUE INDEX `leader_checks_uq` ON `leader_checks` (`year`,`person_id`);