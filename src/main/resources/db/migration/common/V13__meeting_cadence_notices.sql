-- The reminders and warnings the Secretariat got about a body's next meeting (charter: the Council meets at least
-- once a year, the Standing Council at least once every six months): one row per body, due day and kind, so that each
-- is sent once, whichever node runs the daily check and however often it restarts.
-- V13, not V8 or V9: PostgreSQL databases already hold V10 and V11, and Flyway refuses a lower version that arrives
-- after a higher one was applied.
CREATE TABLE gov_cadence_notice (
    body        VARCHAR(32) NOT NULL,
    due_on      DATE        NOT NULL,
    kind        VARCHAR(24) NOT NULL,
    case_number VARCHAR(64) NOT NULL,
    sent_at     TIMESTAMP   NOT NULL,
    CONSTRAINT gov_cadence_notice_once UNIQUE (body, due_on, kind)
);

-- the last meeting a body held
CREATE INDEX gov_meeting_body_status_date ON gov_meeting (body, status, meeting_date);
