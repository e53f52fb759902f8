-- The retention of personal data (docs/security.md, "Personal information"): the day the daily retention run replaced
-- a former member's personal data by a pseudonym, or an application's that did not lead to membership. The member's
-- line, the status history, the resolutions and the minutes stay; only who the person was goes.
ALTER TABLE gov_member ADD COLUMN anonymised_on DATE;
ALTER TABLE gov_application_not_admitted ADD COLUMN anonymised_on DATE;
