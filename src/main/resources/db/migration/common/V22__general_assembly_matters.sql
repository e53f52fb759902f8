-- The General Assembly's matters (issue 19; charter, functions of the General Assembly, items 1 to 7): each case the
-- Secretariat puts before the Assembly, what the Assembly decided and what followed. status: OPEN (waits for the
-- Assembly), NOT_ADOPTED, ADOPTED (recorded as adopted; a removal has ended the roster entries), FILED (adopted, waits
-- for the business supervisor's review and the registration authority's approval), APPROVED (approved by both),
-- REFUSED (refused by an authority: refused_by and refusal_reason). removed names the persons removed, as they were
-- on the roster; fee_standard keeps the text of a fee standard.
CREATE TABLE gov_assembly_matter (
    case_number        VARCHAR(32)   PRIMARY KEY,
    kind               VARCHAR(32)   NOT NULL,
    title              VARCHAR(200)  NOT NULL,
    document_reference VARCHAR(100)  NOT NULL,
    details            VARCHAR(4000),
    fee_standard       VARCHAR(4000),
    removed            VARCHAR(4000),
    status             VARCHAR(16)   NOT NULL,
    opened_on          DATE          NOT NULL,
    opened_by          VARCHAR(64),
    resolution_number  VARCHAR(32),
    decided_on         DATE,
    cast_reference     VARCHAR(100),
    mca_reference      VARCHAR(100),
    refused_by         VARCHAR(32),
    refusal_reason     VARCHAR(4000),
    closed_on          DATE
);

CREATE INDEX gov_assembly_matter_by_kind ON gov_assembly_matter (kind, status);
