-- Benchmark data for the task list (issue 3): receptions and tasks of 鼓浪苑 (XM-GLY) with ids far above the
-- sequences, one reception per ten tasks, 2 % to assign, 2 % to implement, the rest closed; every 97th moved up to
-- the developer; every 2,503rd assigned to engineer (a user with few tasks spread over all ids); since issue 20 (the
-- list's search) each reception has its own caller (bench<n>, phone 139 and n in 8 digits), the tasks go round the
-- estate's units and four categories (water-pipe and street-light of ENGINEERING, cleaning of ENVIRONMENT, order of
-- SECURITY), and are due 0.5 to 6.5 hours after registration. ${R0}..${R1} and
-- ${T0}..${T1} are the id ranges of one chunk (bin/benchmark-tasks fills them in). H2 syntax, PostgreSQL mode.
insert into reception (id, company_id, estate_id, unit_id, location, channel, caller_name, caller_phone, description,
    state, received_by, received_at, version)
select 900000000 + x, e.company_id, e.id, null, 'bench', 'PHONE', 'bench' || x, '139' || lpad(cast(x as varchar), 8, '0'),
    'bench', 'SPLIT',
    'frontdesk', timestamp with time zone '2025-01-01 00:00:00+00' + x * interval '6' second, 0
from (select "X" as x from system_range(${R0}, ${R1})) r, (select id, company_id from estate where code = 'XM-GLY') e;
insert into task (id, company_id, estate_id, reception_id, unit_id, kind, complaint_type, category_id, category_code,
    location_kind, department, tier, due_at, emergency, state, owner, assignee, escalation_level, repeat_count, note,
    created_at, completed_at, closed_at, callback_due_at, callback_latest_at, version, in_warranty)
select 900000000 + x, e.company_id, e.id, 900000000 + (x + 9) / 10, u.m + mod(x, u.n), 'REPAIR', null,
    case mod(x, 4) when 0 then c.id when 1 then c1.id when 2 then c2.id else c3.id end,
    case mod(x, 4) when 0 then c.code when 1 then c1.code when 2 then c2.code else c3.code end,
    'PUBLIC_FACILITY',
    case mod(x, 4) when 2 then 'ENVIRONMENT' when 3 then 'SECURITY' else 'ENGINEERING' end, 'GENERAL',
    timestamp with time zone '2025-01-01 00:30:00+00' + x * interval '6' second + mod(x, 7) * interval '1' hour, false,
    case when mod(x, 50) = 0 then 'TO_ASSIGN' when mod(x, 50) = 1 then 'TO_IMPLEMENT' else 'CLOSED' end,
    'frontdesk', case when mod(x, 2503) = 0 then 'engineer' else 'tech' end,
    case when mod(x, 97) = 0 then 'DEVELOPER' else 'NONE' end, 0, null,
    timestamp with time zone '2025-01-01 00:00:00+00' + x * interval '6' second, null, null, null, null, 0, false
from (select "X" as x from system_range(${T0}, ${T1})) r, (select id, company_id from estate where code = 'XM-GLY') e,
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
where id between 900000000 + ${T0} and 900000000 + ${T1}
group by estate_id, state, cast(id / 16384 as integer);
insert into task_count (estate_id, state, bucket, tag, due_day, n)
select estate_id, state, cast(id / 16384 as integer), 'u:' || owner, 0, count(*) from task
where id between 900000000 + ${T0} and 900000000 + ${T1}
group by estate_id, state, cast(id / 16384 as integer), owner;
insert into task_count (estate_id, state, bucket, tag, due_day, n)
select estate_id, state, cast(id / 16384 as integer), 'u:' || assignee, 0, count(*) from task
where id between 900000000 + ${T0} and 900000000 + ${T1} and assignee is not null and assignee <> owner
group by estate_id, state, cast(id / 16384 as integer), assignee;
insert into task_count (estate_id, state, bucket, tag, due_day, n)
select estate_id, state, cast(id / 16384 as integer), 'esc', 0, count(*) from task
where id between 900000000 + ${T0} and 900000000 + ${T1} and escalation_level <> 'NONE'
group by estate_id, state, cast(id / 16384 as integer);
insert into task_count (estate_id, state, bucket, tag, due_day, n)
select estate_id, state, cast(id / 16384 as integer), 'due', cast(floor(extract(epoch from due_at) / 86400) as integer),
    count(*) from task
where id between 900000000 + ${T0} and 900000000 + ${T1}
    and state in ('TO_ASSIGN', 'TO_REPLY', 'IN_DISCUSSION', 'TO_IMPLEMENT')
group by estate_id, state, cast(id / 16384 as integer),
    cast(floor(extract(epoch from due_at) / 86400) as integer);
