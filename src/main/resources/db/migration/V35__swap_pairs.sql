-- A swap is one change: its second cell's row points at the first (paired_with), so the log shows
-- one entry and one undo puts both cells back.
ALTER TABLE timetable_change ADD COLUMN paired_with BIGINT;
