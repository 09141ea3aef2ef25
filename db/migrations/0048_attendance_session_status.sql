-- The sessions register counts each session's 出席 and 缺席 from this index alone (issue 20 point 3): a whole-unit
-- session has thousands of attendance lines, and reading each one to test its status made the 100-session page
-- cost 13 ms at the demo's large scale.
CREATE INDEX `training_attendance_session_status_idx` ON `training_attendance` (`session_id`,`status`);