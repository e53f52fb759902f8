-- One change to the rosters at a time (issue 17): recording a body's roster, or a mid-term adjustment of the
-- directors, first locks this single row until its transaction ends. Two clerks recording the Council at the same
-- moment then take turns: the second is checked against the roster the first recorded (and refused, as a roster
-- must take effect after the last change), instead of both ending the same serving members and leaving two
-- rosters serving side by side.
CREATE TABLE gov_roster_lock (
    id INT NOT NULL PRIMARY KEY
);

INSERT INTO gov_roster_lock (id) VALUES (1);
