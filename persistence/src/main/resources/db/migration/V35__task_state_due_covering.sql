-- The overdue list's count of the open tasks due today before now (JpaTaskRepository.Counters: the days before come
-- from the task counters): one range of (state, due_at) per open state, and with the estate and the id in the index
-- the database reads them there instead of fetching each task's row (PostgreSQL, 87,000 tasks due today after the
-- intake benchmark: 80 ms of row fetches per state). Its other readers (the SLA-breach timer, the callback list) only
-- read a longer entry.
drop index ix_task_state_due;
create index ix_task_state_due on task (state, due_at, estate_id, id);
