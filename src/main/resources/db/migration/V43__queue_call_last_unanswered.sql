-- The last unanswered ring counted for a call (member and when): with several instances, each one's PBX link
-- tells of the same ring, and it is counted once (stats.QueueCallRecorder).
ALTER TABLE queue_call ADD COLUMN last_unanswered_member VARCHAR(80);
ALTER TABLE queue_call ADD COLUMN last_unanswered_at TIMESTAMP;
