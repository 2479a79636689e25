-- Task counters with tags (issue 3; TaskCount): besides every task (tag ''), each user's own tasks as first
-- responder or assignee ('u:<username>', once when he is both), the escalated ones ('esc') and the open ones by the
-- day of their due time ('due', due_day = days since 1970-01-01 UTC), so that the task list filtered by "mine",
-- "escalated" or "overdue" finds its total and deep pages from the counters as the list by state and estate does,
-- instead of counting millions of tasks. The tag leads the index: each list reads only its own tag's rows.
alter table task_count add column tag varchar(64) default '' not null;
alter table task_count add column due_day integer default 0 not null;
drop index ix_task_count;
create index ix_task_count on task_count (tag, estate_id, state, bucket, due_day);

insert into task_count (estate_id, state, bucket, tag, due_day, n)
select estate_id, state, cast(id / 16384 as integer), 'u:' || owner, 0, count(*) from task
group by estate_id, state, cast(id / 16384 as integer), owner;

insert into task_count (estate_id, state, bucket, tag, due_day, n)
select estate_id, state, cast(id / 16384 as integer), 'u:' || assignee, 0, count(*) from task
where assignee is not null and assignee <> owner
group by estate_id, state, cast(id / 16384 as integer), assignee;

insert into task_count (estate_id, state, bucket, tag, due_day, n)
select estate_id, state, cast(id / 16384 as integer), 'esc', 0, count(*) from task
where escalation_level <> 'NONE'
group by estate_id, state, cast(id / 16384 as integer);

insert into task_count (estate_id, state, bucket, tag, due_day, n)
select estate_id, state, cast(id / 16384 as integer), 'due', cast(floor(extract(epoch from due_at) / 86400) as integer),
    count(*) from task
where state in ('TO_ASSIGN', 'TO_REPLY', 'IN_DISCUSSION', 'TO_IMPLEMENT')
group by estate_id, state, cast(id / 16384 as integer), cast(floor(extract(epoch from due_at) / 86400) as integer);
