-- Rights follow the person: a session remembers the epoch it logged in under; deactivating, changing
-- the role or setting a password moves the epoch on, which ends the person's other sessions.
ALTER TABLE person ADD COLUMN session_epoch INTEGER DEFAULT 0 NOT NULL;
