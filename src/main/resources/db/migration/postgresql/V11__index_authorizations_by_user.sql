-- Found by the benchmark at 100 000 cases (docs/benchmarks.md): the variables Tasklist shows beside a task list
-- are read with an authorization check on the user's and the groups' rows of ACT_RU_AUTHORIZATION (USER_ID_ = ?
-- OR GROUP_ID_ IN (...)). Camunda indexes GROUP_ID_ but not USER_ID_ alone, so the check scanned the whole table,
-- which holds one row per open task (33 000 at 100 000 cases). With this index it is a bitmap index scan.
CREATE INDEX IF NOT EXISTS gov_ru_authorization_user ON act_ru_authorization (user_id_);
