-- Cross-unit search through an index (issue 25, points 5 and 10). Every pair of adjacent characters of a row's
-- 名称 and 编号 is one token of a contentless FTS5 row (rowid = supervision_search.id), written as the hex of its
-- UTF-8 so any character (punctuation, spaces, CJK) is a plain ASCII token; `lower` as LIKE folds ASCII. A
-- search ANDs the tokens of its term's pairs and checks the candidates with LIKE on the typed columns
-- (electron/core/exchange/supervisor-search.ts). Rows are only inserted and deleted, never updated.
CREATE VIRTUAL TABLE `supervision_search_grams` USING fts5(g, content='', contentless_delete=1, detail=none, tokenize='ascii');
--> statement-breakpoint
CREATE TRIGGER `supervision_search_ai` AFTER INSERT ON `supervision_search` BEGIN
  INSERT INTO `supervision_search_grams`(rowid, g) VALUES (new.id, coalesce((SELECT group_concat(DISTINCT hex(lower(substr(t.s, n.value, 2))))
    FROM (SELECT new.name AS s UNION ALL SELECT coalesce(new.no, '')) AS t, json_each('[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91,92,93,94,95,96,97,98,99,100,101,102,103,104,105,106,107,108,109,110,111,112,113,114,115,116,117,118,119,120,121,122,123,124,125,126,127,128,129,130,131,132,133,134,135,136,137,138,139,140,141,142,143,144,145,146,147,148,149,150,151,152,153,154,155,156,157,158,159,160,161,162,163,164,165,166,167,168,169,170,171,172,173,174,175,176,177,178,179,180,181,182,183,184,185,186,187,188,189,190,191,192,193,194,195,196,197,198,199,200,201,202,203,204,205,206,207,208,209,210,211,212,213,214,215,216,217,218,219,220,221,222,223,224,225,226,227,228,229,230,231,232,233,234,235,236,237,238,239,240,241,242,243,244,245,246,247,248,249,250,251,252,253,254,255,256,257,258,259]') AS n
    WHERE n.value < length(t.s)), ''));
END;
--> statement-breakpoint
CREATE TRIGGER `supervision_search_ad` AFTER DELETE ON `supervision_search` BEGIN
  DELETE FROM `supervision_search_grams` WHERE rowid = old.id;
END;
--> statement-breakpoint
-- Backfill: the carriers and persons every unit already reported (the same SELECT as SEARCH_ROWS).
INSERT INTO supervision_search (unit_code, register, record_id, record_no, no, name, detail)
SELECT unit_code, register, record_id, record_no,
  CASE WHEN register = 'carriers' THEN json_extract(data, '$.carrier_no') END,
  coalesce(json_extract(data, '$.name'), ''),
  coalesce(json_extract(data, '$.department'), json_extract(data, '$.doc_no'), '')
FROM imported_records WHERE register IN ('carriers', 'persons')
ORDER BY unit_code, register, record_no, record_id;
--> statement-breakpoint
-- The figures read at import since this version (the same queries as supervisor-figures.ts): devices and media
-- by family and class, device loans by due date, and each 年度报告's 涉密人员 under the training floor.
INSERT OR REPLACE INTO supervision_figures (unit_code, figure, key, n)
SELECT unit_code, 'devices_live', coalesce(json_extract(data, '$.family'), '') || '/' || coalesce(json_extract(data, '$.class'), ''), count(*)
FROM imported_records WHERE register = 'devices' AND json_extract(data, '$.status') <> 'destroyed' GROUP BY 1, 3;
--> statement-breakpoint
INSERT OR REPLACE INTO supervision_figures (unit_code, figure, key, n)
SELECT unit_code, 'device_loans_due', json_extract(data, '$.due_on'), count(*) FROM imported_records
WHERE register = 'device_movements' AND json_extract(data, '$.returned_on') IS NULL
  AND json_extract(data, '$.due_on') IS NOT NULL GROUP BY 1, 3;
--> statement-breakpoint
INSERT OR REPLACE INTO supervision_figures (unit_code, figure, key, n)
SELECT unit_code, 'training_in_post', record_id, coalesce(json_extract(data, '$.figures.peopleInPostForTraining'), 0)
FROM imported_records WHERE register = 'annual_report' AND json_extract(data, '$.figures.peopleInPostForTraining') IS NOT NULL;
--> statement-breakpoint
INSERT OR REPLACE INTO supervision_figures (unit_code, figure, key, n)
SELECT unit_code, 'training_under_floor', record_id, coalesce(json_extract(data, '$.figures.peopleUnderTrainingFloor'), 0)
FROM imported_records WHERE register = 'annual_report' AND json_extract(data, '$.figures.peopleUnderTrainingFloor') IS NOT NULL;
