-- The 因私出国(境) register's order (newest application first), all and by status, read in order from these indexes;
-- without them the 2,192 trips of the large demo were joined and sorted at each page (returned, page 5: 7.8 → 0.6 ms).
CREATE INDEX `private_travel_applied_idx` ON `private_travel` (`applied_on`);--> statement-breakpoint
CREATE INDEX `private_travel_status_applied_idx` ON `private_travel` (`status`,`applied_on`);