-- How membership ends: the last dues payment and participation of each member (automatic withdrawal
-- after 2 years of either lapse), the day of withdrawal a member was last warned about, and the
-- salted hash of the secret printed on the card (voluntary withdrawal by the member).
ALTER TABLE gov_member ADD COLUMN last_dues_on DATE;
ALTER TABLE gov_member ADD COLUMN last_participation_on DATE;
ALTER TABLE gov_member ADD COLUMN warned_of_withdrawal_on DATE;

ALTER TABLE gov_membership_card ADD COLUMN secret_salt VARCHAR(32);
ALTER TABLE gov_membership_card ADD COLUMN secret_hash VARCHAR(64);
