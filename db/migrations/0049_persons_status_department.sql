-- The persons register's 部门 sort under a status filter (在岗 by department, issue 20 point 3) read in order from this
-- index; with the status index alone the 4,459 在岗 of the large demo were sorted at each page (6 ms).
CREATE INDEX `persons_status_department_idx` ON `persons` (`status`,`department_id`,`name`);