-- Nothing about a leak is hidden or rewritten (保密法 art. 47, regulation art. 61): an incident is never deleted;
-- once its first report is recorded, its record is append-only, whatever the caller: only its status and closing
-- date still move, and corrections are new `incident_entries`. Reports, entries and links are never changed.
CREATE TRIGGER `incidents_keep` BEFORE DELETE ON `incidents` BEGIN SELECT RAISE(ABORT, 'incidents are kept permanently'); END;
--> statement-breakpoint
CREATE TRIGGER `incidents_fixed_once_reported` BEFORE UPDATE ON `incidents` WHEN OLD.`reported_at` IS NOT NULL AND (NEW.`title` IS NOT OLD.`title` OR NEW.`kind` IS NOT OLD.`kind` OR NEW.`department_id` IS NOT OLD.`department_id` OR NEW.`discovered_at` IS NOT OLD.`discovered_at` OR NEW.`discovered_place` IS NOT OLD.`discovered_place` OR NEW.`discovered_by` IS NOT OLD.`discovered_by` OR NEW.`discovered_by_title` IS NOT OLD.`discovered_by_title` OR NEW.`discovery_how` IS NOT OLD.`discovery_how` OR NEW.`party` IS NOT OLD.`party` OR NEW.`party_title` IS NOT OLD.`party_title` OR NEW.`occurred_at` IS NOT OLD.`occurred_at` OR NEW.`occurred_place` IS NOT OLD.`occurred_place` OR NEW.`method` IS NOT OLD.`method` OR NEW.`level` IS NOT OLD.`level` OR NEW.`summary` IS NOT OLD.`summary` OR NEW.`reported_at` IS NOT OLD.`reported_at` OR NEW.`created_at` IS NOT OLD.`created_at` OR NEW.`created_by` IS NOT OLD.`created_by`) BEGIN SELECT RAISE(ABORT, 'a reported incident is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `incident_reports_keep` BEFORE DELETE ON `incident_reports` BEGIN SELECT RAISE(ABORT, 'incident reports are kept permanently'); END;
--> statement-breakpoint
CREATE TRIGGER `incident_reports_fixed` BEFORE UPDATE ON `incident_reports` BEGIN SELECT RAISE(ABORT, 'incident reports are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `incident_entries_keep` BEFORE DELETE ON `incident_entries` BEGIN SELECT RAISE(ABORT, 'incident entries are kept permanently'); END;
--> statement-breakpoint
CREATE TRIGGER `incident_entries_fixed` BEFORE UPDATE ON `incident_entries` BEGIN SELECT RAISE(ABORT, 'incident entries are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `incident_links_keep` BEFORE DELETE ON `incident_links` BEGIN SELECT RAISE(ABORT, 'incident links are kept permanently'); END;
--> statement-breakpoint
CREATE TRIGGER `incident_links_fixed` BEFORE UPDATE ON `incident_links` BEGIN SELECT RAISE(ABORT, 'incident links are append-only'); END;
