-- The task list's search (issue 20): the registered date range (a month of the statistics' drill-down) reads the
-- index by creation time, with the estate and id in it so that the estates are checked in the index; a keyword's
-- caller name and unit code prefix are found through their own tables (the phone has ix_reception_phone since V3),
-- then the tasks by reception_id and unit_id.
create index ix_task_created on task (created_at, estate_id, id);
create index ix_reception_caller_name on reception (caller_name, id);
create index ix_unit_code on unit (code, id);
-- the list by due time (sort=due, -due): the page walks this index instead of sorting every task of the estates
create index ix_task_due on task (due_at, id);
