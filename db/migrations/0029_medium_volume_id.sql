ALTER TABLE `device_usage` ADD `bytes` integer;--> statement-breakpoint
ALTER TABLE `devices` ADD `volume_id` text;--> statement-breakpoint
CREATE UNIQUE INDEX `devices_volume_uq` ON `devices` (`volume_id`);