-- The theme a person chose (light or dark); none = follow the system's preference.
ALTER TABLE person ADD COLUMN theme VARCHAR(10);
