-- The General Assembly's terms as the renewal of the term (general-election) elects them: the first day (the General
-- Assembly's election) and the end five years on. The latest row is the current term; while there is none, the term
-- as configured (governance.general-assembly.term-end) applies. A change of the term (term-extension) counts only
-- for the term during which it was requested.
CREATE TABLE gov_term (
    case_number       VARCHAR(32)  NOT NULL PRIMARY KEY,
    term_start        DATE         NOT NULL,
    term_end          DATE         NOT NULL,
    resolution_number VARCHAR(32)  NOT NULL,
    recorded_at       TIMESTAMP    NOT NULL,
    CONSTRAINT gov_term_dates CHECK (term_end > term_start)
);

CREATE UNIQUE INDEX gov_term_start ON gov_term (term_start);

-- The term during which a change was requested (its first day); empty for the changes requested before any renewal,
-- which belong to the configured term.
ALTER TABLE gov_term_change ADD COLUMN term_start DATE;

-- The meeting of the electing body at which an election by secret ballot is held, if named: its electors default to
-- those present, its paper ballots issued are at most those present, and its minutes show the election's resolution.
ALTER TABLE gov_ballot ADD COLUMN meeting_key VARCHAR(64);
