ALTER TABLE `supervision_figures` ADD `cum` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- Backfill: each figure row's running total within its unit and figure, in key order (as refreshUnitFigures writes).
UPDATE `supervision_figures` SET `cum` = (SELECT sum(f.n) FROM `supervision_figures` f
  WHERE f.unit_code = `supervision_figures`.unit_code AND f.figure = `supervision_figures`.figure
    AND f.key <= `supervision_figures`.key);
