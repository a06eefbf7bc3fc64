-- A penalty keeps its parts, so each viewer reads it in their language (the reason stays: it is the
-- old tool's text for imported weeks, and the English sentence for the CLI and the benchmarks).
-- Imported weeks keep NULL parts; their Catalan sentences are read back into parts when shown.
ALTER TABLE timetable_penalty ADD COLUMN kind VARCHAR(40);
ALTER TABLE timetable_penalty ADD COLUMN person_id VARCHAR(32);
ALTER TABLE timetable_penalty ADD COLUMN weekday VARCHAR(9);
ALTER TABLE timetable_penalty ADD COLUMN turn INTEGER;
ALTER TABLE timetable_penalty ADD COLUMN amount INTEGER;
ALTER TABLE timetable_penalty ADD COLUMN detail VARCHAR(2000);
