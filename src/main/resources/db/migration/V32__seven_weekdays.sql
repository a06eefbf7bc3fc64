-- All seven days as stored, "MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY,SATURDAY,SUNDAY", are 56 characters:
-- a grid or timetable with a weekend day did not fit the 40 of V1.
ALTER TABLE turn_grid ALTER COLUMN weekdays SET DATA TYPE VARCHAR(60);
ALTER TABLE timetable ALTER COLUMN weekdays SET DATA TYPE VARCHAR(60);
