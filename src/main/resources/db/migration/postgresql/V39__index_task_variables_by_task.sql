-- Deleting a task's history (HistoryService.deleteHistoricTaskInstance: the retention run deletes the tasks that stood
-- for a waiting case) reads the task's variables by TASK_ID_, which Camunda does not index: 145 ms a task at 10 000
-- ended cases. Only task-local variables (about one in six) have a TASK_ID_, so the index stays small.
CREATE INDEX IF NOT EXISTS gov_hi_varinst_task ON act_hi_varinst (task_id_) WHERE task_id_ IS NOT NULL;
