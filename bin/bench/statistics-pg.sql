-- Benchmark data for the monthly statistics (issue 6) on PostgreSQL: receptions, tasks and callbacks of 鼓浪苑
-- (XM-GLY) with ids 800,000,001 onwards (below the task-list benchmark's), one task every 6 seconds from 2025-01-01
-- (about 432,000 a month): one in ten a complaint (every third of those venting), every 97th moved up to the
-- developer, 2 % to assign, 2 % to implement, the rest closed after 0–89 minutes (GENERAL tier, due in 30 minutes:
-- a third on time), a callback for every fifth closed task; and their task counters (V9, V33). psql variables r0, r1,
-- t0, t1 (bin/benchmark-statistics fills them in).
insert into reception (id, company_id, estate_id, unit_id, location, channel, caller_name, caller_phone, description,
    state, received_by, received_at, version)
select 800000000 + x, e.company_id, e.id, null, 'bench', 'PHONE', 'bench', '13800000000', 'bench', 'SPLIT',
    'frontdesk', timestamp with time zone '2025-01-01 00:00:00+00' + x * interval '60 seconds', 0
from generate_series(:r0::bigint, :r1::bigint) x, (select id, company_id from estate where code = 'XM-GLY') e;
insert into task (id, company_id, estate_id, reception_id, unit_id, kind, complaint_type, category_id, category_code,
    location_kind, department, tier, due_at, emergency, state, owner, assignee, escalation_level, repeat_count, note,
    created_at, completed_at, closed_at, callback_due_at, callback_latest_at, version, in_warranty)
select 800000000 + x, e.company_id, e.id, 800000000 + (x + 9) / 10, null,
    case when mod(x, 10) = 0 then 'COMPLAINT' else 'REPAIR' end,
    case when mod(x, 10) = 0 then case when mod(x, 30) = 0 then 'VENTING' else 'EFFECTIVE' end end,
    c.id, c.code, 'PUBLIC_FACILITY', 'ENGINEERING', 'GENERAL',
    timestamp with time zone '2025-01-01 00:30:00+00' + x * interval '6 seconds', false,
    case when mod(x, 50) = 0 then 'TO_ASSIGN' when mod(x, 50) = 1 then 'TO_IMPLEMENT' else 'CLOSED' end,
    'frontdesk', 'tech', case when mod(x, 97) = 0 then 'DEVELOPER' else 'NONE' end, 0, null,
    timestamp with time zone '2025-01-01 00:00:00+00' + x * interval '6 seconds',
    case when mod(x, 50) > 1 then timestamp with time zone '2025-01-01 00:00:00+00' + x * interval '6 seconds'
        + mod(x, 90) * interval '1 minute' end,
    case when mod(x, 50) > 1 then timestamp with time zone '2025-01-01 00:00:00+00' + x * interval '6 seconds'
        + mod(x, 90) * interval '1 minute' + interval '1 day' end,
    null, null, 0, false
from generate_series(:t0::bigint, :t1::bigint) x, (select id, company_id from estate where code = 'XM-GLY') e,
    (select id, code from issue_category where code = 'water-pipe'
     and company_id = (select company_id from estate where code = 'XM-GLY')) c;
insert into callback (id, task_id, company_id, estate_id, result, comment, called_by, called_at, late)
select 800000000 + x, 800000000 + x, e.company_id, e.id,
    case when mod(x, 15) = 0 then 'DISSATISFIED' when mod(x, 10) = 5 then 'FAIR' else 'SATISFIED' end, null,
    'frontdesk', timestamp with time zone '2025-01-02 00:00:00+00' + x * interval '6 seconds', false
from generate_series(:t0::bigint, :t1::bigint) x, (select id, company_id from estate where code = 'XM-GLY') e
where mod(x, 5) = 0 and mod(x, 50) > 1;
-- the task counters (V9, V33) of the chunk's tasks under each tag, as the application keeps them (TaskCount)
insert into task_count (estate_id, state, bucket, tag, due_day, n)
select estate_id, state, cast(id / 16384 as integer), '', 0, count(*) from task
where id between 800000000 + :t0::bigint and 800000000 + :t1::bigint
group by estate_id, state, cast(id / 16384 as integer);
insert into task_count (estate_id, state, bucket, tag, due_day, n)
select estate_id, state, cast(id / 16384 as integer), 'u:' || owner, 0, count(*) from task
where id between 800000000 + :t0::bigint and 800000000 + :t1::bigint
group by estate_id, state, cast(id / 16384 as integer), owner;
insert into task_count (estate_id, state, bucket, tag, due_day, n)
select estate_id, state, cast(id / 16384 as integer), 'u:' || assignee, 0, count(*) from task
where id between 800000000 + :t0::bigint and 800000000 + :t1::bigint and assignee is not null and assignee <> owner
group by estate_id, state, cast(id / 16384 as integer), assignee;
insert into task_count (estate_id, state, bucket, tag, due_day, n)
select estate_id, state, cast(id / 16384 as integer), 'esc', 0, count(*) from task
where id between 800000000 + :t0::bigint and 800000000 + :t1::bigint and escalation_level <> 'NONE'
group by estate_id, state, cast(id / 16384 as integer);
insert into task_count (estate_id, state, bucket, tag, due_day, n)
select estate_id, state, cast(id / 16384 as integer), 'due', cast(floor(extract(epoch from due_at) / 86400) as integer),
    count(*) from task
where id between 800000000 + :t0::bigint and 800000000 + :t1::bigint
    and state in ('TO_ASSIGN', 'TO_REPLY', 'IN_DISCUSSION', 'TO_IMPLEMENT')
group by estate_id, state, cast(id / 16384 as integer),
    cast(floor(extract(epoch from due_at) / 86400) as integer);
