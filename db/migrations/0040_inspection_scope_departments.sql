CREATE TABLE `inspection_departments` (
	`id` integer PRIMARY KEY NOT NULL,
	`inspection_id` integer NOT NULL,
	`department_id` integer NOT NULL,
	FOREIGN KEY (`inspection_id`) REFERENCES `inspections`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE no action
) STRICT;
--> statement-breakpoint
CREATE UNIQUE INDEX `inspection_departments_pair_idx` ON `inspection_departments` (`inspection_id`,`department_id`);--> statement-breakpoint
CREATE INDEX `inspection_departments_department_idx` ON `inspection_departments` (`department_id`,`inspection_id`);