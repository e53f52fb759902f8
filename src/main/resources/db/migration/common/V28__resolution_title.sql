-- The title of the case a resolution decided, as it stood on the meeting's agenda (an applicant's name, a matter's
-- title): the list of meetings and the minutes show it beside the case number. Null for the resolutions recorded
-- before it was kept, and for a case that declared no title.
ALTER TABLE gov_resolution ADD COLUMN title VARCHAR(4000);
