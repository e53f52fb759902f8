-- Elections by secret ballot (issue 19). What the application keeps of a ballot, apart from the engine:
--  * gov_ballot: the election as asked, and once closed its result, a numbered resolution (RES-…);
--  * gov_ballot_round: each round's seats and candidates, and its counts (ballots issued, cast, valid, invalid);
--  * gov_ballot_count: the votes of each candidate in a round, one counter per candidate, updated in place when an
--    elector casts a ballot. No row per ballot: nothing records which choices one ballot held, or when;
--  * gov_ballot_voter: THAT an elector voted in a round (no time, no choice), which refuses a second ballot.
-- No column holds a time of voting; the counters cannot be read through the application before the ballot closes.
CREATE TABLE gov_ballot (
    ballot_key        VARCHAR(32)   NOT NULL PRIMARY KEY,
    electing_body     VARCHAR(32)   NOT NULL,
    office            VARCHAR(32)   NOT NULL,
    seats             INTEGER       NOT NULL,
    ballot_mode       VARCHAR(16)   NOT NULL,
    status            VARCHAR(16)   NOT NULL,
    elected           VARCHAR(4000),
    unfilled          INTEGER,
    majority_rule     VARCHAR(64),
    clause            VARCHAR(200),
    reason            VARCHAR(4000),
    reason_zh         VARCHAR(4000),
    resolution_number VARCHAR(32)   UNIQUE,
    opened_at         TIMESTAMP     NOT NULL,
    decided_at        TIMESTAMP
);

CREATE TABLE gov_ballot_round (
    ballot_key      VARCHAR(32)   NOT NULL REFERENCES gov_ballot (ballot_key),
    round_number    INTEGER       NOT NULL,
    seats           INTEGER       NOT NULL,
    electors        INTEGER,
    ballots_issued  INTEGER,
    ballots_cast    INTEGER       NOT NULL,
    valid_ballots   INTEGER,
    invalid_ballots INTEGER,
    status          VARCHAR(16)   NOT NULL,
    PRIMARY KEY (ballot_key, round_number)
);

CREATE TABLE gov_ballot_count (
    ballot_key   VARCHAR(32)  NOT NULL,
    round_number INTEGER      NOT NULL,
    position     INTEGER      NOT NULL,
    candidate    VARCHAR(100) NOT NULL,
    votes        INTEGER      NOT NULL,
    PRIMARY KEY (ballot_key, round_number, candidate),
    FOREIGN KEY (ballot_key, round_number) REFERENCES gov_ballot_round (ballot_key, round_number)
);

CREATE TABLE gov_ballot_voter (
    ballot_key   VARCHAR(32)  NOT NULL,
    round_number INTEGER      NOT NULL,
    user_id      VARCHAR(255) NOT NULL,
    PRIMARY KEY (ballot_key, round_number, user_id),
    FOREIGN KEY (ballot_key, round_number) REFERENCES gov_ballot_round (ballot_key, round_number)
);
