-- Attendance by name (issue 17): a meeting of a body with a recorded roster keeps the roster's serving members on the
-- meeting's day, as they were when it opened (roster number, name, organisation), and, once the attendance is taken,
-- how each took part: IN_PERSON, BY_PROXY (represented_by: the representative's roster number), EXCUSED or ABSENT.
-- Meetings of a body without a roster, and meetings held before this migration, keep their head counts only
-- (gov_meeting.present_in_person, present_by_proxy) and have no rows here.
CREATE TABLE gov_meeting_attendee (
    meeting_key    VARCHAR(32)  NOT NULL REFERENCES gov_meeting (business_key),
    roster_number  BIGINT       NOT NULL,
    position       INT          NOT NULL,
    name           VARCHAR(100) NOT NULL,
    organisation   VARCHAR(200) NOT NULL,
    attendance     VARCHAR(16),
    represented_by BIGINT,
    PRIMARY KEY (meeting_key, roster_number)
);
