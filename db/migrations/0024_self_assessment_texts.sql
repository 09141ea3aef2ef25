CREATE TABLE `self_assessment_texts` (
	`year` integer NOT NULL,
	`area` text NOT NULL,
	`text` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` integer,
	PRIMARY KEY(`year`, `area`),
	FOREIGN KEY (`updated_by`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action
) STRICT;
