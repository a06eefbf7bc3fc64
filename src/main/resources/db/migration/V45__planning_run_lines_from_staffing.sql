-- A planning run may staff each turn to the staffing's needed lines (capped by its lines) instead of one number.
ALTER TABLE planning_run ADD COLUMN lines_from_staffing BOOLEAN DEFAULT FALSE NOT NULL;
