-- Full-text search of 名称 / 文号 with the trigram tokenizer (substring match, works for Chinese; terms of
-- fewer than three characters take the LIKE path in electron/core/carriers/register-query.ts). External
-- content: the text lives once, in `carriers`; triggers keep the index in step.
CREATE VIRTUAL TABLE `carriers_fts` USING fts5(name, doc_no, content='carriers', content_rowid='id', tokenize='trigram');
--> statement-breakpoint
CREATE TRIGGER `carriers_fts_ai` AFTER INSERT ON `carriers` BEGIN
  INSERT INTO `carriers_fts`(rowid, name, doc_no) VALUES (new.id, new.name, new.doc_no);
END;
--> statement-breakpoint
CREATE TRIGGER `carriers_fts_ad` AFTER DELETE ON `carriers` BEGIN
  INSERT INTO `carriers_fts`(`carriers_fts`, rowid, name, doc_no) VALUES ('delete', old.id, old.name, old.doc_no);
END;
--> statement-breakpoint
CREATE TRIGGER `carriers_fts_au` AFTER UPDATE OF name, doc_no ON `carriers` BEGIN
  INSERT INTO `carriers_fts`(`carriers_fts`, rowid, name, doc_no) VALUES ('delete', old.id, old.name, old.doc_no);
  INSERT INTO `carriers_fts`(rowid, name, doc_no) VALUES (new.id, new.name, new.doc_no);
END;
--> statement-breakpoint
-- Original records of distribution, receipt, use, return and destruction are kept permanently; they are
-- never destroyed with the carrier (DOMAIN.md). The database refuses to delete them, whatever the caller.
CREATE TRIGGER `carriers_keep` BEFORE DELETE ON `carriers` BEGIN SELECT RAISE(ABORT, 'carrier records are kept permanently'); END;
--> statement-breakpoint
CREATE TRIGGER `carrier_copies_keep` BEFORE DELETE ON `carrier_copies` BEGIN SELECT RAISE(ABORT, 'carrier records are kept permanently'); END;
--> statement-breakpoint
CREATE TRIGGER `carrier_movements_keep` BEFORE DELETE ON `carrier_movements` BEGIN SELECT RAISE(ABORT, 'carrier records are kept permanently'); END;
--> statement-breakpoint
CREATE TRIGGER `carrier_knowers_keep` BEFORE DELETE ON `carrier_knowers` BEGIN SELECT RAISE(ABORT, 'carrier records are kept permanently'); END;
--> statement-breakpoint
-- History, 定密 decisions and destruction records are also never rewritten.
CREATE TRIGGER `carrier_events_keep` BEFORE DELETE ON `carrier_events` BEGIN SELECT RAISE(ABORT, 'carrier records are kept permanently'); END;
--> statement-breakpoint
CREATE TRIGGER `carrier_events_fixed` BEFORE UPDATE ON `carrier_events` BEGIN SELECT RAISE(ABORT, 'carrier history is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `classification_decisions_keep` BEFORE DELETE ON `classification_decisions` BEGIN SELECT RAISE(ABORT, 'carrier records are kept permanently'); END;
--> statement-breakpoint
CREATE TRIGGER `classification_decisions_fixed` BEFORE UPDATE ON `classification_decisions` BEGIN SELECT RAISE(ABORT, 'carrier history is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `destruction_batches_keep` BEFORE DELETE ON `destruction_batches` BEGIN SELECT RAISE(ABORT, 'carrier records are kept permanently'); END;
--> statement-breakpoint
CREATE TRIGGER `destruction_batches_fixed` BEFORE UPDATE ON `destruction_batches` BEGIN SELECT RAISE(ABORT, 'carrier history is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `destruction_witnesses_keep` BEFORE DELETE ON `destruction_witnesses` BEGIN SELECT RAISE(ABORT, 'carrier records are kept permanently'); END;
--> statement-breakpoint
CREATE TRIGGER `destruction_witnesses_fixed` BEFORE UPDATE ON `destruction_witnesses` BEGIN SELECT RAISE(ABORT, 'carrier history is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `destruction_items_keep` BEFORE DELETE ON `destruction_items` BEGIN SELECT RAISE(ABORT, 'carrier records are kept permanently'); END;
--> statement-breakpoint
CREATE TRIGGER `destruction_items_fixed` BEFORE UPDATE ON `destruction_items` BEGIN SELECT RAISE(ABORT, 'carrier history is append-only'); END;
