-- Governance meetings and their numbered resolutions: the minutes of the association.
CREATE TABLE gov_meeting (
    business_key      VARCHAR(32)  NOT NULL PRIMARY KEY,
    body              VARCHAR(32)  NOT NULL,
    meeting_date      DATE         NOT NULL,
    by_communication  BOOLEAN      NOT NULL,
    seats             INTEGER      NOT NULL,
    present_in_person INTEGER,
    present_by_proxy  INTEGER,
    quorum_reason     VARCHAR(500),
    status            VARCHAR(24)  NOT NULL,
    opened_at         TIMESTAMP    NOT NULL
);

CREATE TABLE gov_resolution (
    resolution_number VARCHAR(32)  NOT NULL PRIMARY KEY,
    meeting_key       VARCHAR(32)  NOT NULL REFERENCES gov_meeting (business_key),
    case_number       VARCHAR(64)  NOT NULL,
    matter            VARCHAR(32)  NOT NULL,
    body              VARCHAR(32)  NOT NULL,
    seats             INTEGER      NOT NULL,
    present_in_person INTEGER      NOT NULL,
    present_by_proxy  INTEGER      NOT NULL,
    votes_for         INTEGER      NOT NULL,
    votes_against     INTEGER      NOT NULL,
    abstentions       INTEGER      NOT NULL,
    required_votes    INTEGER      NOT NULL,
    rule_text         VARCHAR(200) NOT NULL,
    clause            VARCHAR(200) NOT NULL,
    outcome           VARCHAR(16)  NOT NULL,
    reason            VARCHAR(500) NOT NULL,
    decided_at        TIMESTAMP    NOT NULL,
    CONSTRAINT gov_resolution_one_per_case_and_meeting UNIQUE (meeting_key, case_number)
);

CREATE INDEX gov_resolution_case ON gov_resolution (case_number);
