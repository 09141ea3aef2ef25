-- Each 保密津贴 statement keeps how many people it pays, written with its lines as its totals are, so the register's
-- page reads it rather than counting the lines of every statement it shows (issue 20, point 3).
ALTER TABLE `allowance_statements` ADD `people` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
UPDATE `allowance_statements` SET `people` = (
  SELECT count(*) FROM `allowance_lines` WHERE `allowance_lines`.`statement_id` = `allowance_statements`.`id`
);
