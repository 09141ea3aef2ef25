-- The search index of 名称 / 文号 (trigram FTS 0005/0043, bigrams 0023/0030) filled once for a whole import instead
-- of row by row (issue 18's bench: the two insert triggers were 40 % of registering 10,000 carriers, and a
-- preview, which is rolled back, never needs them). While `carriers_index_deferred` holds a row the insert
-- triggers do nothing; electron/core/carriers/search-index.ts sets that row and, in the same transaction,
-- indexes the carriers inserted meanwhile and deletes it, so a committed database never holds one. Only
-- inserts happen while it is set (an import's 登记), so the update and delete triggers stay as they were.
CREATE TABLE `carriers_index_deferred` (
	`since_id` integer NOT NULL
) STRICT;
--> statement-breakpoint
DROP TRIGGER `carriers_fts_ai`;
--> statement-breakpoint
CREATE TRIGGER `carriers_fts_ai` AFTER INSERT ON `carriers`
WHEN NOT EXISTS (SELECT 1 FROM `carriers_index_deferred`) BEGIN
  INSERT INTO `carriers_fts`(rowid, name, doc_no) VALUES (
    coalesce(CAST(julianday(new.registered_on) - 2440587.5 AS INTEGER), 0) * 4294967296 + new.id,
    new.name, new.doc_no);
END;
--> statement-breakpoint
DROP TRIGGER `carriers_bigrams_ai`;
--> statement-breakpoint
CREATE TRIGGER `carriers_bigrams_ai` AFTER INSERT ON `carriers`
WHEN NOT EXISTS (SELECT 1 FROM `carriers_index_deferred`) BEGIN
  INSERT OR IGNORE INTO `carriers_bigrams`(gram, carrier_id)
  SELECT lower(substr(new.name, p.n, 2)), new.id FROM `carriers_bigram_positions` p WHERE p.n < length(new.name);
  INSERT OR IGNORE INTO `carriers_bigrams`(gram, carrier_id)
  SELECT lower(substr(new.doc_no, p.n, 2)), new.id FROM `carriers_bigram_positions` p WHERE p.n < length(new.doc_no);
END;
