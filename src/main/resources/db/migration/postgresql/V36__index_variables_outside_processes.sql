-- The retention run finds the tasks that stood for a case while it waited for a body's decision (tasks outside any
-- process, process.DecisionAwaited) by their caseNumber variable. Camunda's index on (PROC_INST_ID_, NAME_, VAR_TYPE_)
-- still read every such variable; this one holds only the variables outside a process (five per waiting case, none on
-- the path of a case's own variables), by name and value.
CREATE INDEX IF NOT EXISTS gov_hi_varinst_outside_process ON act_hi_varinst (name_, text_) WHERE proc_inst_id_ IS NULL;
