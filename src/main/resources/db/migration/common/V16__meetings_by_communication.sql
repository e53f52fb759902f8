-- Meetings by communication (issues 17 and 18): the Council and the Standing Council may meet by communication "in
-- special circumstances" (the General Assembly may not). Such a meeting records the special circumstances and the day
-- by which the votes are due; its members vote themselves, each on every agenda item, by name.
ALTER TABLE gov_meeting ADD COLUMN special_circumstances VARCHAR(2000);
ALTER TABLE gov_meeting ADD COLUMN votes_due_by DATE;

-- One ballot per member on the meeting's roster: the Tasklist task that asks for it (assigned to the member's account,
-- or to the Secretariat, which records a vote received in writing), and, once cast, when and by whom.
CREATE TABLE gov_meeting_ballot (
    meeting_key   VARCHAR(32)  NOT NULL,
    roster_number BIGINT       NOT NULL,
    task_id       VARCHAR(64),
    user_id       VARCHAR(64),
    cast_at       TIMESTAMP,
    cast_by       VARCHAR(64),
    PRIMARY KEY (meeting_key, roster_number),
    CONSTRAINT gov_meeting_ballot_task UNIQUE (task_id),
    CONSTRAINT gov_meeting_ballot_attendee FOREIGN KEY (meeting_key, roster_number)
        REFERENCES gov_meeting_attendee (meeting_key, roster_number)
);

-- The votes cast by name: one per member and agenda item, FOR, AGAINST or ABSTAIN (an open vote, shown in the minutes).
CREATE TABLE gov_meeting_vote (
    meeting_key   VARCHAR(32)  NOT NULL,
    roster_number BIGINT       NOT NULL,
    case_number   VARCHAR(64)  NOT NULL,
    vote          VARCHAR(16)  NOT NULL,
    PRIMARY KEY (meeting_key, roster_number, case_number),
    CONSTRAINT gov_meeting_vote_ballot FOREIGN KEY (meeting_key, roster_number)
        REFERENCES gov_meeting_ballot (meeting_key, roster_number)
);
