-- A supervisor that imported packages before issue 25: each unit's data date, last 年度报告 and own interval, and
-- the figures every import now keeps (the same queries as electron/core/exchange/supervisor-figures.ts).
INSERT OR IGNORE INTO supervision_units (unit_code, report_interval_days, last_data_at, last_data_profile, last_annual_year, last_annual_at)
SELECT c.unit_code,
  CASE WHEN c.report_interval_days <> 30 THEN c.report_interval_days END,
  (SELECT i.created_at FROM exchange_incoming i WHERE i.unit_code = c.unit_code AND i.profile <> 'annual' ORDER BY i.seq DESC LIMIT 1),
  (SELECT i.profile FROM exchange_incoming i WHERE i.unit_code = c.unit_code AND i.profile <> 'annual' ORDER BY i.seq DESC LIMIT 1),
  (SELECT max(CAST(r.record_id AS INTEGER)) FROM imported_records r WHERE r.unit_code = c.unit_code AND r.register = 'annual_report'),
  (SELECT i.created_at FROM exchange_incoming i WHERE i.unit_code = c.unit_code AND i.profile = 'annual' ORDER BY i.seq DESC LIMIT 1)
FROM counterparts c WHERE c.role = 'subordinate';
--> statement-breakpoint
INSERT INTO supervision_figures (unit_code, figure, key, n)
SELECT unit_code, 'records', register, count(*) FROM imported_records GROUP BY unit_code, register;
--> statement-breakpoint
INSERT INTO supervision_figures (unit_code, figure, key, n)
SELECT unit_code, 'carriers_level', coalesce(json_extract(data, '$.level'), ''), count(*) FROM imported_records
WHERE register = 'carriers' GROUP BY 1, 3;
--> statement-breakpoint
INSERT INTO supervision_figures (unit_code, figure, key, n)
SELECT unit_code, 'carriers_status', coalesce(json_extract(data, '$.status'), ''), count(*) FROM imported_records
WHERE register = 'carriers' GROUP BY 1, 3;
--> statement-breakpoint
INSERT INTO supervision_figures (unit_code, figure, key, n)
SELECT unit_code, 'loans_due', json_extract(data, '$.due_on'), count(*) FROM imported_records
WHERE register = 'carrier_movements' AND json_extract(data, '$.returned_on') IS NULL
  AND json_extract(data, '$.due_on') IS NOT NULL GROUP BY 1, 3;
--> statement-breakpoint
INSERT INTO supervision_figures (unit_code, figure, key, n)
SELECT unit_code, 'persons_clearance', coalesce(json_extract(data, '$.clearance'), ''), count(*) FROM imported_records
WHERE register = 'persons' AND json_extract(data, '$.status') = 'in_post' GROUP BY 1, 3;
--> statement-breakpoint
INSERT INTO supervision_figures (unit_code, figure, key, n)
SELECT unit_code, 'separation_ends', coalesce(json_extract(data, '$.separation_ends_on'), '9999-12-31'), count(*)
FROM imported_records WHERE register = 'persons' AND json_extract(data, '$.status') = 'separation' GROUP BY 1, 3;
--> statement-breakpoint
INSERT INTO supervision_figures (unit_code, figure, key, n)
SELECT unit_code, 'findings_open', coalesce(json_extract(data, '$.deadline'), '9999-12-31'), count(*) FROM imported_records
WHERE register = 'findings' AND json_extract(data, '$.status') IN ('pending', 'rectifying', 'to_verify') GROUP BY 1, 3;
--> statement-breakpoint
INSERT INTO supervision_figures (unit_code, figure, key, n)
SELECT unit_code, 'incidents_year', coalesce(substr(json_extract(data, '$.discovered_at'), 1, 4), ''), count(*)
FROM imported_records WHERE register = 'incidents' GROUP BY 1, 3;
--> statement-breakpoint
INSERT INTO supervision_figures (unit_code, figure, key, n)
SELECT unit_code, 'incidents_late_year', coalesce(substr(json_extract(data, '$.discovered_at'), 1, 4), ''), count(*)
FROM imported_records WHERE register = 'incidents' AND json_extract(data, '$.reported_at') IS NOT NULL
  AND julianday(json_extract(data, '$.reported_at')) > julianday(json_extract(data, '$.discovered_at')) + 1
GROUP BY 1, 3;
--> statement-breakpoint
INSERT INTO supervision_figures (unit_code, figure, key, n)
SELECT unit_code, 'incidents_unreported', coalesce(json_extract(data, '$.discovered_at'), ''), count(*)
FROM imported_records WHERE register = 'incidents' AND json_extract(data, '$.reported_at') IS NULL GROUP BY 1, 3;
--> statement-breakpoint
INSERT INTO supervision_figures (unit_code, figure, key, n)
SELECT unit_code, 'devices_level', coalesce(json_extract(data, '$.level'), ''), count(*) FROM imported_records
WHERE register = 'devices' GROUP BY 1, 3;
