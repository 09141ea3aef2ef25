-- A unit's imported records keep the line its package sent (a JSON array of values) under the unit's layout of
-- the register (its columns, once), not a JSON object naming every column in every record: a large unit's
-- 470,000 records took 192 MB as objects and take 91 MB as lines, which its first full package wrote, encrypted
-- and committed, and every figure parsed again (issue 20, point 5). The records held are put in a layout of
-- their own: every key any record of (unit, register) has, in sorted order; a package with other columns puts
-- them in its order (record-layout.ts). The same for the records of replaced chains.
CREATE TABLE `imported_layouts` (
	`unit_code` text NOT NULL,
	`register` text NOT NULL,
	`columns` text NOT NULL,
	PRIMARY KEY(`unit_code`, `register`),
	CONSTRAINT "imported_layouts_json" CHECK(json_valid("imported_layouts"."columns"))
) STRICT;
--> statement-breakpoint
CREATE TABLE `supervision_replaced_layouts` (
	`unit_code` text NOT NULL,
	`chain` integer NOT NULL,
	`register` text NOT NULL,
	`columns` text NOT NULL,
	PRIMARY KEY(`unit_code`, `chain`, `register`)
) STRICT;
--> statement-breakpoint
INSERT INTO `imported_layouts` (`unit_code`, `register`, `columns`)
	SELECT unit_code, register, json_group_array(key ORDER BY key) FROM (SELECT DISTINCT r.unit_code, r.register, j.key
		FROM imported_records r, json_each(r.data) j WHERE json_type(r.data) = 'object') GROUP BY unit_code, register;
--> statement-breakpoint
UPDATE `imported_records` SET data = (SELECT json_group_array(imported_records.data -> ('$."' || c.value || '"') ORDER BY c.key)
	FROM imported_layouts l, json_each(l.columns) c
	WHERE l.unit_code = imported_records.unit_code AND l.register = imported_records.register)
	WHERE json_type(data) = 'object';
--> statement-breakpoint
INSERT INTO `supervision_replaced_layouts` (`unit_code`, `chain`, `register`, `columns`)
	SELECT unit_code, chain, register, json_group_array(key ORDER BY key) FROM (SELECT DISTINCT r.unit_code, r.chain, r.register, j.key
		FROM supervision_replaced_records r, json_each(r.data) j WHERE json_type(r.data) = 'object') GROUP BY unit_code, chain, register;
--> statement-breakpoint
UPDATE `supervision_replaced_records` SET data = (SELECT json_group_array(supervision_replaced_records.data -> ('$."' || c.value || '"') ORDER BY c.key)
	FROM supervision_replaced_layouts l, json_each(l.columns) c
	WHERE l.unit_code = supervision_replaced_records.unit_code AND l.chain = supervision_replaced_records.chain
		AND l.register = supervision_replaced_records.register)
	WHERE json_type(data) = 'object';
