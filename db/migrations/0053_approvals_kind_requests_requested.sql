CREATE INDEX `approvals_kind_decided_idx` ON `approvals` (`kind`,`decided_at`);--> statement-breakpoint
CREATE INDEX `approval_requests_requested_idx` ON `approval_requests` (`requested_at`);