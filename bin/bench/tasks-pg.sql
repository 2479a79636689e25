-- The same benchmark data as tasks-h2.sql for PostgreSQL (bin/benchmark-tasks with ESTATEDESK_DB_KIND=postgresql):
-- receptions and tasks of 鼓浪苑 (XM-GLY) with ids far above the sequences, one reception per ten tasks, 2 % to
-- assign, 2 % to implement, the rest closed, every 97th moved up to the developer,
-- every 2,503rd assigned to engineer (a user with few tasks spread over all ids), and their task counters (V9,
-- V33). psql variables r0, r1, t0, t1.
insert into reception (id, company_id, estate_id, unit_id, location, channel, caller_name, caller_phone, description,
    state, received_by, received_at, version)
select 900000000 + x, e.company_id, e.id, null, 'bench', 'PHONE', 'bench' || x, '139' || lpad(cast(x as varchar), 8, '0'),
    'bench', 'SPLIT',
    'frontdesk', timestamp with time zone '2025-01-01 00:00:00+00' + x * interval '6 seconds', 0
from generate_series(:r0::bigint, :r1::bigint) x, (select id, company_id from estate where code = 'XM-GLY') e;
insert into task (id, company_id, estate_id, reception_id, unit_id, kind, complaint_type, category_id, category_code,
    location_kind, department, tier, due_at, emergency, state, owner, assignee, escalation_level, repeat_count, note,
    created_at, completed_at, closed_at, callback_due_at, callback_latest_at, version, in_warranty)
select 900000000 + x, e.company_id, e.id, 900000000 + (x + 9) / 10, u.m + mod(x, u.n), 'REPAIR', null,
    case mod(x, 4) when 0 then c.id when 1 then c1.id when 2 then c2.id else c3.id end,
    case mod(x, 4) when 0 then c.code when 1 then c1.code when 2 then c2.code else c3.code end,
    'PUBLIC_FACILITY',
    case mod(x, 4) when 2 then 'ENVIRONMENT' when 3 then 'SECURITY' else 'ENGINEERING' end, 'GENERAL',
    timestamp with time zone '2025-01-01 00:30:00+00' + x * interval '6 seconds' + mod(x, 7) * interval '1' hour, false,
    case when mod(x, 50) = 0 then 'TO_ASSIGN' when mod(x, 50) = 1 then 'TO_IMPLEMENT' else 'CLOSED' end,
    'frontdesk', case when mod(x, 2503) = 0 then 'engineer' else 'tech' end,
    case when mod(x, 97) = 0 then 'DEVELOPER' else 'NONE' end, 0, null,
    timestamp with time zone '2025-01-01 00:00:00+00' + x * interval '6 seconds', null, null, null, null, 0, false
from generate_series(:t0::bigint, :t1::bigint) x, (select id, company_id from estate where code = 'XM-GLY') e,
    (select id, code from issue_category where code = 'water-pipe'
     and company_id = (select company_id from estate where code = 'XM-GLY')) c,
    (select id, code from issue_category where code = 'street-light'
     and company_id = (select company_id from estate where code = 'XM-GLY')) c1,
    (select id, code from issue_category where code = 'cleaning'
     and company_id = (select company_id from estate where code = 'XM-GLY')) c2,
    (select id, code from issue_category where code = 'order'
     and company_id = (select company_id from estate where code = 'XM-GLY')) c3,
    -- the estate's units, whose ids are consecutive in the demo data (the first and how many)
    (select min(id) m, max(id) - min(id) + 1 n from unit where estate_id = (select id from estate where code = 'XM-GLY')) u;
-- the task counters (V9, V33) of the chunk's tasks under each tag, as the application keeps them (TaskCount)
insert into task_count (estate_id, state, bucket, tag, due_day, n)
select estate_id, state, cast(id / 16384 as integer), '', 0, count(*) from task
where id between 900000000 + :t0::bigint and 900000000 + :t1::bigint
group by estate_id, state, cast(id / 16384 as integer);
insert into task_count (estate_id, state, bucket, tag, due_day, n)
select estate_id, state, cast(id / 16384 as integer), 'u:' || owner, 0, count(*) from task
where id between 900000000 + :t0::bigint and 900000000 + :t1::bigint
group by estate_id, state, cast(id / 16384 as integer), owner;
insert into task_count (estate_id, state, bucket, tag, due_day, n)
select estate_id, state, cast(id / 16384 as integer), 'u:' || assignee, 0, count(*) from task
where id between 900000000 + :t0::bigint and 900000000 + :t1::bigint and assignee is not null and assignee <> owner
group by estate_id, state, cast(id / 16384 as integer), assignee;
insert into task_count (estate_id, state, bucket, tag, due_day, n)
select estate_id, state, cast(id / 16384 as integer), 'esc', 0, count(*) from task
where id between 900000000 + :t0::bigint and 900000000 + :t1::bigint and escalation_level <> 'NONE'
group by estate_id, state, cast(id / 16384 as integer);
insert into task_count (estate_id, state, bucket, tag, due_day, n)
select estate_id, state, cast(id / 16384 as integer), 'due', cast(floor(extract(epoch from due_at) / 86400) as integer),
    count(*) from task
where id between 900000000 + :t0::bigint and 900000000 + :t1::bigint
    and state in ('TO_ASSIGN', 'TO_REPLY', 'IN_DISCUSSION', 'TO_IMPLEMENT')
group by estate_id, state, cast(id / 16384 as integer),
    cast(floor(extract(epoch from due_at) / 86400) as integer);
