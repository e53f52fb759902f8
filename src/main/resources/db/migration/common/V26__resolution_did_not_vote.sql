-- Those present who did not vote on an item, as the clerk recorded them with the tally (null: none recorded, or a
-- meeting by communication, whose votes are counted from the ballots). Votes for + against + abstentions + did not
-- vote equal those present (charter VoteCount).
ALTER TABLE gov_resolution ADD COLUMN did_not_vote INTEGER;
