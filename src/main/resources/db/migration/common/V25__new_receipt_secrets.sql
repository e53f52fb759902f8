-- An applicant who lost the receipt secret may have a new one sent to the e-mail address of the application
-- (docs/security.md, "Receipt secrets"). The new secret's SHA-256 replaces the one the case started with, running or
-- ended; the secret itself is never stored.
CREATE TABLE gov_receipt_secret (
    case_number VARCHAR(40) NOT NULL PRIMARY KEY,
    secret_hash VARCHAR(64) NOT NULL,
    issued_at   TIMESTAMP   NOT NULL
);
