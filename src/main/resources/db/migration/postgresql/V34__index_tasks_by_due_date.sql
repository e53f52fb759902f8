-- The dashboard's tasks past their due date and the daily deadline check ask for the open tasks due before a moment
-- (DUE_DATE_ < ?); Camunda indexes no such column, so both scanned every open task (docs/benchmarks.md, "The
-- governance dashboard").
CREATE INDEX IF NOT EXISTS gov_ru_task_due ON act_ru_task (due_date_);
