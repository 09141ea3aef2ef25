-- The personnel file's history is kept forever and never rewritten, as the carriers' history is (0005): the
-- database refuses to change or delete a row of `person_events`, whatever the caller.
CREATE TRIGGER `person_events_keep` BEFORE DELETE ON `person_events` BEGIN SELECT RAISE(ABORT, 'person records are kept permanently'); END;
--> statement-breakpoint
CREATE TRIGGER `person_events_fixed` BEFORE UPDATE ON `person_events` BEGIN SELECT RAISE(ABORT, 'person history is append-only'); END;
