-- Secret tokens of the calendar feeds: one per person (person_id) or for the team feed (NULL).
CREATE TABLE calendar_token (
    token      VARCHAR(64)  PRIMARY KEY,
    person_id  VARCHAR(32)  REFERENCES person (id) ON DELETE CASCADE,
    created_at TIMESTAMP    NOT NULL,
    revoked_at TIMESTAMP
);
CREATE INDEX calendar_token_person ON calendar_token (person_id);
