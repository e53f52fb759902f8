-- Requests to change the General Assembly's term early or to postpone it, and their outcome.
CREATE TABLE gov_term_change (
    case_number        VARCHAR(32)   NOT NULL PRIMARY KEY,
    change_kind        VARCHAR(16)   NOT NULL,
    previous_term_end  DATE          NOT NULL,
    requested_term_end DATE          NOT NULL,
    reason             VARCHAR(4000) NOT NULL,
    status             VARCHAR(16)   NOT NULL,
    resolution_number  VARCHAR(32),
    cast_reference     VARCHAR(100),
    mca_reference      VARCHAR(100),
    refused_by         VARCHAR(32),
    refusal_reason     VARCHAR(4000),
    opened_on          DATE          NOT NULL,
    closed_on          DATE,
    CONSTRAINT gov_term_change_kind CHECK (change_kind IN ('POSTPONEMENT', 'EARLY_CHANGE')),
    CONSTRAINT gov_term_change_status CHECK (status IN ('REQUESTED', 'APPROVED', 'REFUSED'))
);

CREATE INDEX gov_term_change_status_closed ON gov_term_change (status, closed_on);
