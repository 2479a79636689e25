-- Issue 20: a task re-categorised or transferred to another department after the split keeps the hop in its
-- history: from what to what (a category's id, or a department), besides who, when and why.
alter table task_event add column hop_from varchar(100);
alter table task_event add column hop_to varchar(100);
