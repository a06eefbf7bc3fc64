-- The turn the phone queue was last set to, so a restart or a second instance knows whether a
-- turn boundary has already been applied. applied_turn -1 = closed.
CREATE TABLE queue_turn (
    id           INT PRIMARY KEY,
    applied_date DATE,
    applied_turn INT,
    applied_at   TIMESTAMP
);
INSERT INTO queue_turn (id) VALUES (1);
