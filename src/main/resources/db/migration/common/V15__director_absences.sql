-- The cases opened for a director's absences (issue 17): a director absent three times in a row without reason from
-- the Council's meetings, or an executive director absent five times without reason from the Standing Council's in
-- the term, is asked to resign. One case per roster entry and per limit reached: last_meeting_key is the meeting of
-- the absence that reached the limit, and the next count starts after it. The case itself (the request, the
-- director's answer, the roster's change) is the process instance of that case number.
CREATE TABLE gov_absence_case (
    case_number      VARCHAR(32) NOT NULL PRIMARY KEY,
    body             VARCHAR(24) NOT NULL,
    roster_number    BIGINT      NOT NULL,
    last_meeting_key VARCHAR(32) NOT NULL REFERENCES gov_meeting (business_key),
    opened_on        DATE        NOT NULL,
    CONSTRAINT gov_absence_case_once UNIQUE (roster_number, last_meeting_key)
);
