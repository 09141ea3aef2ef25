-- Changes without a timestamp, numbered for the incrementals (db/schema/exchange.ts, rowVersions).
CREATE TABLE `row_versions` (
	`tbl` text NOT NULL,
	`row_id` integer NOT NULL,
	`ver` integer NOT NULL,
	PRIMARY KEY(`tbl`, `row_id`)
) STRICT;
--> statement-breakpoint
CREATE INDEX `row_versions_ver_idx` ON `row_versions` (`ver`);--> statement-breakpoint
ALTER TABLE `exchange_outgoing` ADD `row_version` integer;
--> statement-breakpoint
-- Each insert, update or delete of a row of these registers takes the next number (exchange/table-part.ts reads
-- them for an incremental). A link row counts for its owner: a check's departments, a finding's notice item.
CREATE TRIGGER `carrier_movements_version_ai` AFTER INSERT ON `carrier_movements` BEGIN
  INSERT INTO `row_versions` (tbl, row_id, ver) VALUES ('carrier_movements', new.id, (SELECT coalesce(max(ver), 0) + 1 FROM `row_versions`))
    ON CONFLICT (tbl, row_id) DO UPDATE SET ver = excluded.ver;
END;
--> statement-breakpoint
CREATE TRIGGER `carrier_movements_version_au` AFTER UPDATE ON `carrier_movements` BEGIN
  INSERT INTO `row_versions` (tbl, row_id, ver) VALUES ('carrier_movements', new.id, (SELECT coalesce(max(ver), 0) + 1 FROM `row_versions`))
    ON CONFLICT (tbl, row_id) DO UPDATE SET ver = excluded.ver;
END;
--> statement-breakpoint
CREATE TRIGGER `carrier_movements_version_ad` AFTER DELETE ON `carrier_movements` BEGIN
  INSERT INTO `row_versions` (tbl, row_id, ver) VALUES ('carrier_movements', old.id, (SELECT coalesce(max(ver), 0) + 1 FROM `row_versions`))
    ON CONFLICT (tbl, row_id) DO UPDATE SET ver = excluded.ver;
END;
--> statement-breakpoint
CREATE TRIGGER `departments_version_ai` AFTER INSERT ON `departments` BEGIN
  INSERT INTO `row_versions` (tbl, row_id, ver) VALUES ('departments', new.id, (SELECT coalesce(max(ver), 0) + 1 FROM `row_versions`))
    ON CONFLICT (tbl, row_id) DO UPDATE SET ver = excluded.ver;
END;
--> statement-breakpoint
CREATE TRIGGER `departments_version_au` AFTER UPDATE ON `departments` BEGIN
  INSERT INTO `row_versions` (tbl, row_id, ver) VALUES ('departments', new.id, (SELECT coalesce(max(ver), 0) + 1 FROM `row_versions`))
    ON CONFLICT (tbl, row_id) DO UPDATE SET ver = excluded.ver;
END;
--> statement-breakpoint
CREATE TRIGGER `departments_version_ad` AFTER DELETE ON `departments` BEGIN
  INSERT INTO `row_versions` (tbl, row_id, ver) VALUES ('departments', old.id, (SELECT coalesce(max(ver), 0) + 1 FROM `row_versions`))
    ON CONFLICT (tbl, row_id) DO UPDATE SET ver = excluded.ver;
END;
--> statement-breakpoint
CREATE TRIGGER `persons_version_ai` AFTER INSERT ON `persons` BEGIN
  INSERT INTO `row_versions` (tbl, row_id, ver) VALUES ('persons', new.id, (SELECT coalesce(max(ver), 0) + 1 FROM `row_versions`))
    ON CONFLICT (tbl, row_id) DO UPDATE SET ver = excluded.ver;
END;
--> statement-breakpoint
CREATE TRIGGER `persons_version_au` AFTER UPDATE ON `persons` BEGIN
  INSERT INTO `row_versions` (tbl, row_id, ver) VALUES ('persons', new.id, (SELECT coalesce(max(ver), 0) + 1 FROM `row_versions`))
    ON CONFLICT (tbl, row_id) DO UPDATE SET ver = excluded.ver;
END;
--> statement-breakpoint
CREATE TRIGGER `persons_version_ad` AFTER DELETE ON `persons` BEGIN
  INSERT INTO `row_versions` (tbl, row_id, ver) VALUES ('persons', old.id, (SELECT coalesce(max(ver), 0) + 1 FROM `row_versions`))
    ON CONFLICT (tbl, row_id) DO UPDATE SET ver = excluded.ver;
END;
--> statement-breakpoint
CREATE TRIGGER `person_posts_version_ai` AFTER INSERT ON `person_posts` BEGIN
  INSERT INTO `row_versions` (tbl, row_id, ver) VALUES ('person_posts', new.id, (SELECT coalesce(max(ver), 0) + 1 FROM `row_versions`))
    ON CONFLICT (tbl, row_id) DO UPDATE SET ver = excluded.ver;
END;
--> statement-breakpoint
CREATE TRIGGER `person_posts_version_au` AFTER UPDATE ON `person_posts` BEGIN
  INSERT INTO `row_versions` (tbl, row_id, ver) VALUES ('person_posts', new.id, (SELECT coalesce(max(ver), 0) + 1 FROM `row_versions`))
    ON CONFLICT (tbl, row_id) DO UPDATE SET ver = excluded.ver;
END;
--> statement-breakpoint
CREATE TRIGGER `person_posts_version_ad` AFTER DELETE ON `person_posts` BEGIN
  INSERT INTO `row_versions` (tbl, row_id, ver) VALUES ('person_posts', old.id, (SELECT coalesce(max(ver), 0) + 1 FROM `row_versions`))
    ON CONFLICT (tbl, row_id) DO UPDATE SET ver = excluded.ver;
END;
--> statement-breakpoint
CREATE TRIGGER `clearance_decisions_version_ai` AFTER INSERT ON `clearance_decisions` BEGIN
  INSERT INTO `row_versions` (tbl, row_id, ver) VALUES ('clearance_decisions', new.id, (SELECT coalesce(max(ver), 0) + 1 FROM `row_versions`))
    ON CONFLICT (tbl, row_id) DO UPDATE SET ver = excluded.ver;
END;
--> statement-breakpoint
CREATE TRIGGER `clearance_decisions_version_au` AFTER UPDATE ON `clearance_decisions` BEGIN
  INSERT INTO `row_versions` (tbl, row_id, ver) VALUES ('clearance_decisions', new.id, (SELECT coalesce(max(ver), 0) + 1 FROM `row_versions`))
    ON CONFLICT (tbl, row_id) DO UPDATE SET ver = excluded.ver;
END;
--> statement-breakpoint
CREATE TRIGGER `clearance_decisions_version_ad` AFTER DELETE ON `clearance_decisions` BEGIN
  INSERT INTO `row_versions` (tbl, row_id, ver) VALUES ('clearance_decisions', old.id, (SELECT coalesce(max(ver), 0) + 1 FROM `row_versions`))
    ON CONFLICT (tbl, row_id) DO UPDATE SET ver = excluded.ver;
END;
--> statement-breakpoint
CREATE TRIGGER `vettings_version_ai` AFTER INSERT ON `vettings` BEGIN
  INSERT INTO `row_versions` (tbl, row_id, ver) VALUES ('vettings', new.id, (SELECT coalesce(max(ver), 0) + 1 FROM `row_versions`))
    ON CONFLICT (tbl, row_id) DO UPDATE SET ver = excluded.ver;
END;
--> statement-breakpoint
CREATE TRIGGER `vettings_version_au` AFTER UPDATE ON `vettings` BEGIN
  INSERT INTO `row_versions` (tbl, row_id, ver) VALUES ('vettings', new.id, (SELECT coalesce(max(ver), 0) + 1 FROM `row_versions`))
    ON CONFLICT (tbl, row_id) DO UPDATE SET ver = excluded.ver;
END;
--> statement-breakpoint
CREATE TRIGGER `vettings_version_ad` AFTER DELETE ON `vettings` BEGIN
  INSERT INTO `row_versions` (tbl, row_id, ver) VALUES ('vettings', old.id, (SELECT coalesce(max(ver), 0) + 1 FROM `row_versions`))
    ON CONFLICT (tbl, row_id) DO UPDATE SET ver = excluded.ver;
END;
--> statement-breakpoint
CREATE TRIGGER `pledges_version_ai` AFTER INSERT ON `pledges` BEGIN
  INSERT INTO `row_versions` (tbl, row_id, ver) VALUES ('pledges', new.id, (SELECT coalesce(max(ver), 0) + 1 FROM `row_versions`))
    ON CONFLICT (tbl, row_id) DO UPDATE SET ver = excluded.ver;
END;
--> statement-breakpoint
CREATE TRIGGER `pledges_version_au` AFTER UPDATE ON `pledges` BEGIN
  INSERT INTO `row_versions` (tbl, row_id, ver) VALUES ('pledges', new.id, (SELECT coalesce(max(ver), 0) + 1 FROM `row_versions`))
    ON CONFLICT (tbl, row_id) DO UPDATE SET ver = excluded.ver;
END;
--> statement-breakpoint
CREATE TRIGGER `pledges_version_ad` AFTER DELETE ON `pledges` BEGIN
  INSERT INTO `row_versions` (tbl, row_id, ver) VALUES ('pledges', old.id, (SELECT coalesce(max(ver), 0) + 1 FROM `row_versions`))
    ON CONFLICT (tbl, row_id) DO UPDATE SET ver = excluded.ver;
END;
--> statement-breakpoint
CREATE TRIGGER `private_travel_version_ai` AFTER INSERT ON `private_travel` BEGIN
  INSERT INTO `row_versions` (tbl, row_id, ver) VALUES ('private_travel', new.id, (SELECT coalesce(max(ver), 0) + 1 FROM `row_versions`))
    ON CONFLICT (tbl, row_id) DO UPDATE SET ver = excluded.ver;
END;
--> statement-breakpoint
CREATE TRIGGER `private_travel_version_au` AFTER UPDATE ON `private_travel` BEGIN
  INSERT INTO `row_versions` (tbl, row_id, ver) VALUES ('private_travel', new.id, (SELECT coalesce(max(ver), 0) + 1 FROM `row_versions`))
    ON CONFLICT (tbl, row_id) DO UPDATE SET ver = excluded.ver;
END;
--> statement-breakpoint
CREATE TRIGGER `private_travel_version_ad` AFTER DELETE ON `private_travel` BEGIN
  INSERT INTO `row_versions` (tbl, row_id, ver) VALUES ('private_travel', old.id, (SELECT coalesce(max(ver), 0) + 1 FROM `row_versions`))
    ON CONFLICT (tbl, row_id) DO UPDATE SET ver = excluded.ver;
END;
--> statement-breakpoint
CREATE TRIGGER `leaving_procedures_version_ai` AFTER INSERT ON `leaving_procedures` BEGIN
  INSERT INTO `row_versions` (tbl, row_id, ver) VALUES ('leaving_procedures', new.id, (SELECT coalesce(max(ver), 0) + 1 FROM `row_versions`))
    ON CONFLICT (tbl, row_id) DO UPDATE SET ver = excluded.ver;
END;
--> statement-breakpoint
CREATE TRIGGER `leaving_procedures_version_au` AFTER UPDATE ON `leaving_procedures` BEGIN
  INSERT INTO `row_versions` (tbl, row_id, ver) VALUES ('leaving_procedures', new.id, (SELECT coalesce(max(ver), 0) + 1 FROM `row_versions`))
    ON CONFLICT (tbl, row_id) DO UPDATE SET ver = excluded.ver;
END;
--> statement-breakpoint
CREATE TRIGGER `leaving_procedures_version_ad` AFTER DELETE ON `leaving_procedures` BEGIN
  INSERT INTO `row_versions` (tbl, row_id, ver) VALUES ('leaving_procedures', old.id, (SELECT coalesce(max(ver), 0) + 1 FROM `row_versions`))
    ON CONFLICT (tbl, row_id) DO UPDATE SET ver = excluded.ver;
END;
--> statement-breakpoint
CREATE TRIGGER `device_movements_version_ai` AFTER INSERT ON `device_movements` BEGIN
  INSERT INTO `row_versions` (tbl, row_id, ver) VALUES ('device_movements', new.id, (SELECT coalesce(max(ver), 0) + 1 FROM `row_versions`))
    ON CONFLICT (tbl, row_id) DO UPDATE SET ver = excluded.ver;
END;
--> statement-breakpoint
CREATE TRIGGER `device_movements_version_au` AFTER UPDATE ON `device_movements` BEGIN
  INSERT INTO `row_versions` (tbl, row_id, ver) VALUES ('device_movements', new.id, (SELECT coalesce(max(ver), 0) + 1 FROM `row_versions`))
    ON CONFLICT (tbl, row_id) DO UPDATE SET ver = excluded.ver;
END;
--> statement-breakpoint
CREATE TRIGGER `device_movements_version_ad` AFTER DELETE ON `device_movements` BEGIN
  INSERT INTO `row_versions` (tbl, row_id, ver) VALUES ('device_movements', old.id, (SELECT coalesce(max(ver), 0) + 1 FROM `row_versions`))
    ON CONFLICT (tbl, row_id) DO UPDATE SET ver = excluded.ver;
END;
--> statement-breakpoint
CREATE TRIGGER `device_repairs_version_ai` AFTER INSERT ON `device_repairs` BEGIN
  INSERT INTO `row_versions` (tbl, row_id, ver) VALUES ('device_repairs', new.id, (SELECT coalesce(max(ver), 0) + 1 FROM `row_versions`))
    ON CONFLICT (tbl, row_id) DO UPDATE SET ver = excluded.ver;
END;
--> statement-breakpoint
CREATE TRIGGER `device_repairs_version_au` AFTER UPDATE ON `device_repairs` BEGIN
  INSERT INTO `row_versions` (tbl, row_id, ver) VALUES ('device_repairs', new.id, (SELECT coalesce(max(ver), 0) + 1 FROM `row_versions`))
    ON CONFLICT (tbl, row_id) DO UPDATE SET ver = excluded.ver;
END;
--> statement-breakpoint
CREATE TRIGGER `device_repairs_version_ad` AFTER DELETE ON `device_repairs` BEGIN
  INSERT INTO `row_versions` (tbl, row_id, ver) VALUES ('device_repairs', old.id, (SELECT coalesce(max(ver), 0) + 1 FROM `row_versions`))
    ON CONFLICT (tbl, row_id) DO UPDATE SET ver = excluded.ver;
END;
--> statement-breakpoint
CREATE TRIGGER `inspections_version_ai` AFTER INSERT ON `inspections` BEGIN
  INSERT INTO `row_versions` (tbl, row_id, ver) VALUES ('inspections', new.id, (SELECT coalesce(max(ver), 0) + 1 FROM `row_versions`))
    ON CONFLICT (tbl, row_id) DO UPDATE SET ver = excluded.ver;
END;
--> statement-breakpoint
CREATE TRIGGER `inspections_version_au` AFTER UPDATE ON `inspections` BEGIN
  INSERT INTO `row_versions` (tbl, row_id, ver) VALUES ('inspections', new.id, (SELECT coalesce(max(ver), 0) + 1 FROM `row_versions`))
    ON CONFLICT (tbl, row_id) DO UPDATE SET ver = excluded.ver;
END;
--> statement-breakpoint
CREATE TRIGGER `inspections_version_ad` AFTER DELETE ON `inspections` BEGIN
  INSERT INTO `row_versions` (tbl, row_id, ver) VALUES ('inspections', old.id, (SELECT coalesce(max(ver), 0) + 1 FROM `row_versions`))
    ON CONFLICT (tbl, row_id) DO UPDATE SET ver = excluded.ver;
END;
--> statement-breakpoint
CREATE TRIGGER `findings_version_ai` AFTER INSERT ON `findings` BEGIN
  INSERT INTO `row_versions` (tbl, row_id, ver) VALUES ('findings', new.id, (SELECT coalesce(max(ver), 0) + 1 FROM `row_versions`))
    ON CONFLICT (tbl, row_id) DO UPDATE SET ver = excluded.ver;
END;
--> statement-breakpoint
CREATE TRIGGER `findings_version_au` AFTER UPDATE ON `findings` BEGIN
  INSERT INTO `row_versions` (tbl, row_id, ver) VALUES ('findings', new.id, (SELECT coalesce(max(ver), 0) + 1 FROM `row_versions`))
    ON CONFLICT (tbl, row_id) DO UPDATE SET ver = excluded.ver;
END;
--> statement-breakpoint
CREATE TRIGGER `findings_version_ad` AFTER DELETE ON `findings` BEGIN
  INSERT INTO `row_versions` (tbl, row_id, ver) VALUES ('findings', old.id, (SELECT coalesce(max(ver), 0) + 1 FROM `row_versions`))
    ON CONFLICT (tbl, row_id) DO UPDATE SET ver = excluded.ver;
END;
--> statement-breakpoint
CREATE TRIGGER `incidents_version_ai` AFTER INSERT ON `incidents` BEGIN
  INSERT INTO `row_versions` (tbl, row_id, ver) VALUES ('incidents', new.id, (SELECT coalesce(max(ver), 0) + 1 FROM `row_versions`))
    ON CONFLICT (tbl, row_id) DO UPDATE SET ver = excluded.ver;
END;
--> statement-breakpoint
CREATE TRIGGER `incidents_version_au` AFTER UPDATE ON `incidents` BEGIN
  INSERT INTO `row_versions` (tbl, row_id, ver) VALUES ('incidents', new.id, (SELECT coalesce(max(ver), 0) + 1 FROM `row_versions`))
    ON CONFLICT (tbl, row_id) DO UPDATE SET ver = excluded.ver;
END;
--> statement-breakpoint
CREATE TRIGGER `incidents_version_ad` AFTER DELETE ON `incidents` BEGIN
  INSERT INTO `row_versions` (tbl, row_id, ver) VALUES ('incidents', old.id, (SELECT coalesce(max(ver), 0) + 1 FROM `row_versions`))
    ON CONFLICT (tbl, row_id) DO UPDATE SET ver = excluded.ver;
END;
--> statement-breakpoint
CREATE TRIGGER `inspection_departments_version_ai` AFTER INSERT ON `inspection_departments` WHEN new.inspection_id IS NOT NULL BEGIN
  INSERT INTO `row_versions` (tbl, row_id, ver) VALUES ('inspections', new.inspection_id, (SELECT coalesce(max(ver), 0) + 1 FROM `row_versions`))
    ON CONFLICT (tbl, row_id) DO UPDATE SET ver = excluded.ver;
END;
--> statement-breakpoint
CREATE TRIGGER `inspection_departments_version_au` AFTER UPDATE ON `inspection_departments` BEGIN
  INSERT INTO `row_versions` (tbl, row_id, ver) SELECT 'inspections', old.inspection_id, (SELECT coalesce(max(ver), 0) + 1 FROM `row_versions`) WHERE old.inspection_id IS NOT NULL
    ON CONFLICT (tbl, row_id) DO UPDATE SET ver = excluded.ver;
  INSERT INTO `row_versions` (tbl, row_id, ver) SELECT 'inspections', new.inspection_id, (SELECT coalesce(max(ver), 0) + 1 FROM `row_versions`) WHERE new.inspection_id IS NOT NULL
    ON CONFLICT (tbl, row_id) DO UPDATE SET ver = excluded.ver;
END;
--> statement-breakpoint
CREATE TRIGGER `inspection_departments_version_ad` AFTER DELETE ON `inspection_departments` WHEN old.inspection_id IS NOT NULL BEGIN
  INSERT INTO `row_versions` (tbl, row_id, ver) VALUES ('inspections', old.inspection_id, (SELECT coalesce(max(ver), 0) + 1 FROM `row_versions`))
    ON CONFLICT (tbl, row_id) DO UPDATE SET ver = excluded.ver;
END;
--> statement-breakpoint
CREATE TRIGGER `notice_items_version_ai` AFTER INSERT ON `notice_items` WHEN new.finding_id IS NOT NULL BEGIN
  INSERT INTO `row_versions` (tbl, row_id, ver) VALUES ('findings', new.finding_id, (SELECT coalesce(max(ver), 0) + 1 FROM `row_versions`))
    ON CONFLICT (tbl, row_id) DO UPDATE SET ver = excluded.ver;
END;
--> statement-breakpoint
CREATE TRIGGER `notice_items_version_au` AFTER UPDATE ON `notice_items` BEGIN
  INSERT INTO `row_versions` (tbl, row_id, ver) SELECT 'findings', old.finding_id, (SELECT coalesce(max(ver), 0) + 1 FROM `row_versions`) WHERE old.finding_id IS NOT NULL
    ON CONFLICT (tbl, row_id) DO UPDATE SET ver = excluded.ver;
  INSERT INTO `row_versions` (tbl, row_id, ver) SELECT 'findings', new.finding_id, (SELECT coalesce(max(ver), 0) + 1 FROM `row_versions`) WHERE new.finding_id IS NOT NULL
    ON CONFLICT (tbl, row_id) DO UPDATE SET ver = excluded.ver;
END;
--> statement-breakpoint
CREATE TRIGGER `notice_items_version_ad` AFTER DELETE ON `notice_items` WHEN old.finding_id IS NOT NULL BEGIN
  INSERT INTO `row_versions` (tbl, row_id, ver) VALUES ('findings', old.finding_id, (SELECT coalesce(max(ver), 0) + 1 FROM `row_versions`))
    ON CONFLICT (tbl, row_id) DO UPDATE SET ver = excluded.ver;
END;
