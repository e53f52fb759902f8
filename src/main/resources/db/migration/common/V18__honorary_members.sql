-- Honorary members (charter, other matters: "awarded the title of honorary members upon recommendation of the
-- Standing Council and approval of the Council"): a fourth kind of member, with the nationality (Chinese experts and
-- foreigners alike) and the Standing Council's recommendation beside the Council's approving resolution.
-- V3 declared the kinds in an unnamed CHECK whose generated name differs between H2 and PostgreSQL: the column is
-- rebuilt (dropping a column drops its check on both), and its new check is named.
ALTER TABLE gov_member ADD COLUMN member_kind VARCHAR(16);
UPDATE gov_member SET member_kind = kind;
ALTER TABLE gov_member DROP COLUMN kind;
ALTER TABLE gov_member RENAME COLUMN member_kind TO kind;
ALTER TABLE gov_member ALTER COLUMN kind SET NOT NULL;
ALTER TABLE gov_member ADD CONSTRAINT gov_member_kind CHECK (kind IN ('INDIVIDUAL', 'UNIT', 'FOREIGN', 'HONORARY'));

ALTER TABLE gov_member ADD COLUMN nationality VARCHAR(100);
ALTER TABLE gov_member ADD COLUMN recommendation_resolution VARCHAR(32);
