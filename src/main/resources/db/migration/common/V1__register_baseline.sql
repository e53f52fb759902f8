-- The register's own tables start here; the member register follows with the admission procedure.
CREATE TABLE gov_case_number (
    prefix      VARCHAR(8)  NOT NULL,
    case_year   INTEGER     NOT NULL,
    last_number BIGINT      NOT NULL,
    PRIMARY KEY (prefix, case_year)
);
