-- One case number (business key) can never run twice in the same procedure (Camunda's database guide
-- recommends a unique index for unique business keys). Only process instances carry it: ID_ = PROC_INST_ID_.
CREATE UNIQUE INDEX IF NOT EXISTS gov_uniq_running_business_key
    ON act_ru_execution (proc_def_id_, business_key_)
    WHERE id_ = proc_inst_id_ AND business_key_ IS NOT NULL;
