-- One case number (business key) can never run twice in the same procedure, as on PostgreSQL
-- (db/migration/postgresql/V1_1): H2 has no partial index, so a generated column holds the business key of
-- process instances only (ID_ = PROC_INST_ID_; NULL for their child executions, and NULLs do not collide),
-- and the unique index is on it. The engine names its columns in every insert and update, so it never
-- writes this one.
ALTER TABLE act_ru_execution ADD COLUMN IF NOT EXISTS gov_instance_business_key VARCHAR(255)
    GENERATED ALWAYS AS (CASE WHEN id_ = proc_inst_id_ THEN business_key_ END);

CREATE UNIQUE INDEX IF NOT EXISTS gov_uniq_running_business_key
    ON act_ru_execution (proc_def_id_, gov_instance_business_key);
