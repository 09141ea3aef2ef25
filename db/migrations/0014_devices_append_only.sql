-- A device's or medium's history is kept forever and never rewritten, as the carriers' and persons' are: the
-- database refuses to change or delete a row of `device_events`, whatever the caller.
CREATE TRIGGER `device_events_keep` BEFORE DELETE ON `device_events` BEGIN SELECT RAISE(ABORT, 'device records are kept permanently'); END;
--> statement-breakpoint
CREATE TRIGGER `device_events_fixed` BEFORE UPDATE ON `device_events` BEGIN SELECT RAISE(ABORT, 'device history is append-only'); END;
