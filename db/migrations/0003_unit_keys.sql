CREATE TABLE `unit_keys` (
	`key_id` text PRIMARY KEY NOT NULL,
	`purpose` text NOT NULL,
	`alg` text NOT NULL,
	`public_key` blob NOT NULL,
	`secret_key` blob NOT NULL,
	`created_at` text NOT NULL,
	`retired_at` text,
	`prev_key_id` text,
	`endorsement` text
) STRICT;
--> statement-breakpoint
CREATE INDEX `unit_keys_purpose_idx` ON `unit_keys` (`purpose`,`retired_at`);