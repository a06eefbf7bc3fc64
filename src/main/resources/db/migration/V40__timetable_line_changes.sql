-- Lines added to or removed from a published week are changes of its log (ADD_LINE, DROP_LINE: the kind
-- column holds 10 characters), undone
-- like the others. The change itself names the line and no cell; for a line removed with people on it, one
-- row per cell they lose (weekday, turn, line, before) is paired with it, so its undo puts them back.
-- Portable SQL: runs unchanged on H2 and PostgreSQL.
ALTER TABLE timetable_change DROP CONSTRAINT timetable_change_kind_check;
ALTER TABLE timetable_change ADD CONSTRAINT timetable_change_kind_check
    CHECK (kind IN ('EDIT', 'UNDO', 'PUBLISH', 'IMPORT', 'ADD_LINE', 'DROP_LINE'));

ALTER TABLE timetable_change DROP CONSTRAINT timetable_change_cell_check;
ALTER TABLE timetable_change ADD CONSTRAINT timetable_change_cell_check
    CHECK ((kind IN ('EDIT', 'UNDO') AND weekday IS NOT NULL AND turn IS NOT NULL AND line IS NOT NULL)
        OR (kind IN ('PUBLISH', 'IMPORT') AND weekday IS NULL AND turn IS NULL AND line IS NULL)
        OR (kind IN ('ADD_LINE', 'DROP_LINE') AND line IS NOT NULL
            AND ((weekday IS NULL AND turn IS NULL) OR (weekday IS NOT NULL AND turn IS NOT NULL))));
