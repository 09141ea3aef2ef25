-- The auditor's filtered totals (electron/core/audit/audit.ts): kept per day by the triggers below instead of
-- counted over a million entries at every page. Derived only; the chain is verified on audit_log itself.
CREATE TABLE `audit_day_counts` (
	`dim` text NOT NULL,
	`key` text NOT NULL,
	`day` text NOT NULL,
	`n` integer NOT NULL,
	PRIMARY KEY(`dim`, `key`, `day`)
) STRICT;
--> statement-breakpoint
CREATE TRIGGER `audit_day_counts_ai` AFTER INSERT ON `audit_log` BEGIN
  INSERT INTO `audit_day_counts` (dim, key, day, n) VALUES ('all', '', substr(new.at, 1, 10), 1)
    ON CONFLICT (dim, key, day) DO UPDATE SET n = n + 1;
  INSERT INTO `audit_day_counts` (dim, key, day, n) VALUES ('account', coalesce(cast(new.account_id AS TEXT), ''), substr(new.at, 1, 10), 1)
    ON CONFLICT (dim, key, day) DO UPDATE SET n = n + 1;
  INSERT INTO `audit_day_counts` (dim, key, day, n) VALUES ('action', new.action, substr(new.at, 1, 10), 1)
    ON CONFLICT (dim, key, day) DO UPDATE SET n = n + 1;
  INSERT INTO `audit_day_counts` (dim, key, day, n) VALUES ('entity', new.entity, substr(new.at, 1, 10), 1)
    ON CONFLICT (dim, key, day) DO UPDATE SET n = n + 1;
END;
--> statement-breakpoint
-- A retention prune removes the oldest entries: their days go down with them.
CREATE TRIGGER `audit_day_counts_ad` AFTER DELETE ON `audit_log` BEGIN
  UPDATE `audit_day_counts` SET n = n - 1 WHERE dim = 'all' AND key = '' AND day = substr(old.at, 1, 10);
  UPDATE `audit_day_counts` SET n = n - 1 WHERE dim = 'account' AND key = coalesce(cast(old.account_id AS TEXT), '') AND day = substr(old.at, 1, 10);
  UPDATE `audit_day_counts` SET n = n - 1 WHERE dim = 'action' AND key = old.action AND day = substr(old.at, 1, 10);
  UPDATE `audit_day_counts` SET n = n - 1 WHERE dim = 'entity' AND key = old.entity AND day = substr(old.at, 1, 10);
END;
--> statement-breakpoint
CREATE TRIGGER `audit_day_counts_au` AFTER UPDATE OF at, account_id, action, entity ON `audit_log` BEGIN
  UPDATE `audit_day_counts` SET n = n - 1 WHERE dim = 'all' AND key = '' AND day = substr(old.at, 1, 10);
  UPDATE `audit_day_counts` SET n = n - 1 WHERE dim = 'account' AND key = coalesce(cast(old.account_id AS TEXT), '') AND day = substr(old.at, 1, 10);
  UPDATE `audit_day_counts` SET n = n - 1 WHERE dim = 'action' AND key = old.action AND day = substr(old.at, 1, 10);
  UPDATE `audit_day_counts` SET n = n - 1 WHERE dim = 'entity' AND key = old.entity AND day = substr(old.at, 1, 10);
  INSERT INTO `audit_day_counts` (dim, key, day, n) VALUES ('all', '', substr(new.at, 1, 10), 1)
    ON CONFLICT (dim, key, day) DO UPDATE SET n = n + 1;
  INSERT INTO `audit_day_counts` (dim, key, day, n) VALUES ('account', coalesce(cast(new.account_id AS TEXT), ''), substr(new.at, 1, 10), 1)
    ON CONFLICT (dim, key, day) DO UPDATE SET n = n + 1;
  INSERT INTO `audit_day_counts` (dim, key, day, n) VALUES ('action', new.action, substr(new.at, 1, 10), 1)
    ON CONFLICT (dim, key, day) DO UPDATE SET n = n + 1;
  INSERT INTO `audit_day_counts` (dim, key, day, n) VALUES ('entity', new.entity, substr(new.at, 1, 10), 1)
    ON CONFLICT (dim, key, day) DO UPDATE SET n = n + 1;
END;
--> statement-breakpoint
INSERT INTO `audit_day_counts` (dim, key, day, n)
  SELECT 'all', '', substr(at, 1, 10), count(*) FROM `audit_log` GROUP BY 3
  UNION ALL SELECT 'account', coalesce(cast(account_id AS TEXT), ''), substr(at, 1, 10), count(*) FROM `audit_log` GROUP BY 2, 3
  UNION ALL SELECT 'action', action, substr(at, 1, 10), count(*) FROM `audit_log` GROUP BY 2, 3
  UNION ALL SELECT 'entity', entity, substr(at, 1, 10), count(*) FROM `audit_log` GROUP BY 2, 3;
