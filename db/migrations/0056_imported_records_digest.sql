-- Each imported record keeps the digest of the line its package sent, and the natural-order index carries it: an
-- import reads a register's digests from the index and skips the lines it already holds (issue 20, point 5).
DROP INDEX `imported_records_natural_idx`;--> statement-breakpoint
ALTER TABLE `imported_records` ADD `digest` text;--> statement-breakpoint
CREATE INDEX `imported_records_natural_idx` ON `imported_records` (`unit_code`,`register`,`record_no`,`record_id`,`digest`);