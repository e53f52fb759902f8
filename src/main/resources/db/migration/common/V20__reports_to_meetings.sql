-- Reports a meeting receives, listed in its minutes and not voted (issue 18):
--  * the Standing Council "shall be responsible to the Council": its resolutions since the last Council meeting
--    are reported to the next Council meeting;
--  * the applications that did not reach a vote (rejected by the Liaison Department, declined by a branch, or
--    lapsed without the information asked for) are reported to the next Council or Standing Council meeting, so
--    that the body that "discussed and adopted" the admissions also sees the others.
-- A report is fixed when the meeting gathers its agenda; a meeting adjourned for want of a quorum did not receive
-- it, and the next meeting gets it again.

-- Applications that ended without reaching a meeting, as the admission procedure records them when they end.
-- Those that ended before this migration are not listed.
CREATE TABLE gov_application_not_admitted (
    case_number    VARCHAR(64)   NOT NULL PRIMARY KEY,
    outcome        VARCHAR(24)   NOT NULL,
    applicant_name VARCHAR(300)  NOT NULL,
    reason         VARCHAR(4000),
    ended_at       TIMESTAMP     NOT NULL
);

CREATE TABLE gov_meeting_report (
    meeting_key VARCHAR(32)   NOT NULL REFERENCES gov_meeting (business_key),
    position    INT           NOT NULL,
    kind        VARCHAR(40)   NOT NULL,
    reference   VARCHAR(64)   NOT NULL,
    dated       DATE          NOT NULL,
    summary     VARCHAR(4000) NOT NULL,
    PRIMARY KEY (meeting_key, position)
);

CREATE INDEX gov_meeting_report_reference ON gov_meeting_report (kind, reference);
