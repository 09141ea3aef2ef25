-- Backfill of the notice figures (supervisor-figures.ts: notice_seen, notice_findings) for every unit already
-- imported, as refreshUnitFigures writes them at each import from now on; on a unit's database nothing matches.
INSERT OR REPLACE INTO `supervision_figures` (`unit_code`, `figure`, `key`, `n`)
SELECT `unit_code`, 'notice_seen', CAST(json_extract(`data`, '$.seq') AS TEXT), count(*) FROM `imported_records`
WHERE `register` = 'notices'
  AND json_extract(`data`, '$.supervisor_code') = (SELECT `unit_code` FROM `unit_profile` LIMIT 1)
GROUP BY `unit_code`, 3;--> statement-breakpoint
INSERT OR REPLACE INTO `supervision_figures` (`unit_code`, `figure`, `key`, `n`)
SELECT `unit_code`, 'notice_findings',
  substr(json_extract(`data`, '$.notice'), length((SELECT `unit_code` FROM `unit_profile` LIMIT 1)) + 2) || ':' ||
    coalesce(json_extract(`data`, '$.status'), ''),
  count(*) FROM `imported_records`
WHERE `register` = 'findings'
  AND substr(json_extract(`data`, '$.notice'), 1, length((SELECT `unit_code` FROM `unit_profile` LIMIT 1)) + 1)
    = (SELECT `unit_code` FROM `unit_profile` LIMIT 1) || '/'
GROUP BY `unit_code`, 3;
