-- Whole-week changes in a week's change log: publishing a planning run over an existing timetable
-- (PUBLISH) and a legacy re-import that changed the week (IMPORT) are one change each, with no
-- cell of their own. Portable SQL: runs unchanged on H2 and PostgreSQL.
ALTER TABLE timetable_change ALTER COLUMN weekday DROP NOT NULL;
ALTER TABLE timetable_change ALTER COLUMN turn DROP NOT NULL;
ALTER TABLE timetable_change ALTER COLUMN line DROP NOT NULL;

ALTER TABLE timetable_change DROP CONSTRAINT timetable_change_kind_check;
ALTER TABLE timetable_change ADD CONSTRAINT timetable_change_kind_check
    CHECK (kind IN ('EDIT', 'UNDO', 'PUBLISH', 'IMPORT'));

-- A cell change names its cell; a whole-week change names none.
ALTER TABLE timetable_change ADD CONSTRAINT timetable_change_cell_check
    CHECK ((kind IN ('EDIT', 'UNDO') AND weekday IS NOT NULL AND turn IS NOT NULL AND line IS NOT NULL)
        OR (kind IN ('PUBLISH', 'IMPORT') AND weekday IS NULL AND turn IS NULL AND line IS NULL));
