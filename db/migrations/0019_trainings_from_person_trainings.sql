-- The persons register kept training person by person (person_trainings). Each record becomes the attendance
-- (出席) of a session: records of the same kind, day, content, hours and recorder were one sitting, so they share
-- one session. Nothing is dropped here; the table goes in the next migration, once every row has moved.
INSERT INTO `training_sessions` (`purpose`, `form`, `status`, `topic`, `year`, `planned_on`, `held_on`, `content`, `hours`, `recorder`, `materials`, `created_at`, `updated_at`)
SELECT `kind`, 'other', 'held',
  CASE `kind` WHEN 'pre_post' THEN '岗前保密教育培训' WHEN 'annual' THEN '年度保密培训' ELSE '保密教育培训' END,
  CAST(substr(`trained_on`, 1, 4) AS INTEGER), NULL, `trained_on`, `content`, `hours`, `recorder`, '[]',
  min(`created_at`), min(`created_at`)
FROM `person_trainings`
GROUP BY `kind`, `trained_on`, `content`, `hours`, `recorder`
ORDER BY min(`id`);
--> statement-breakpoint
INSERT INTO `training_attendance` (`session_id`, `person_id`, `staff_id`, `status`, `held_on`, `hours`, `scan_attachment_id`, `created_at`)
SELECT s.`id`, t.`person_id`, NULL, 'present', t.`trained_on`, t.`hours`, t.`scan_attachment_id`, t.`created_at`
FROM `person_trainings` t
JOIN `training_sessions` s
  ON s.`purpose` = t.`kind` AND s.`held_on` = t.`trained_on` AND s.`content` = t.`content`
  AND s.`hours` = t.`hours` AND s.`recorder` IS t.`recorder` AND s.`form` = 'other'
ORDER BY t.`id`;
