CREATE INDEX `audit_log_account_seq_idx` ON `audit_log` (`account_id`,`seq`);--> statement-breakpoint
CREATE INDEX `audit_log_entity_seq_idx` ON `audit_log` (`entity`,`seq`);