-- Monthly statistics (R6.2): one snapshot per estate and month, written by the monthly-statistics batch job. A
-- snapshot holds the counts the figures are made of (rates are derived from them by MonthlyFigures), so that the
-- figures of a closed month never change when later data arrives; re-running a month replaces the estate's snapshot
-- (delete and insert in one transaction) and raises its revision.
create table statistics_run (
    id bigint primary key references job_run (id),
    company_id bigint not null references org_unit (id),
    period varchar(7) not null
);

create sequence statistics_snapshot_seq start with 1 increment by 50;
create table statistics_snapshot (
    id bigint primary key,
    company_id bigint not null references org_unit (id),
    estate_id bigint not null references estate (id),
    period varchar(7) not null,
    revision integer not null,
    run_id bigint references job_run (id),
    computed_at timestamp with time zone not null,
    units bigint not null,
    receptions bigint not null,
    requests bigint not null,
    completed bigint not null,
    completed_on_time bigint not null,
    handling_seconds numeric(20, 0) not null,
    called_back bigint not null,
    callbacks_satisfied bigint not null,
    callbacks_fair bigint not null,
    callbacks_dissatisfied bigint not null,
    escalated_developer bigint not null,
    escalated_hq bigint not null,
    complaints bigint not null,
    -- decoration violations (R3.4) are not recorded yet: null until the violation register exists
    violations bigint,
    units_decorating bigint,
    billed numeric(16, 2) not null,
    collected numeric(16, 2) not null,
    arrears numeric(16, 2) not null,
    constraint uk_statistics_snapshot unique (estate_id, period)
);
create index ix_statistics_snapshot_company on statistics_snapshot (company_id, period);

-- the snapshot's requests by kind, category and SLA tier: created in the month, completed in the month, on time
create sequence statistics_breakdown_seq start with 1 increment by 50;
create table statistics_breakdown (
    id bigint primary key,
    snapshot_id bigint not null references statistics_snapshot (id) on delete cascade,
    dimension varchar(20) not null,
    code varchar(60) not null,
    requests bigint not null,
    completed bigint not null,
    completed_on_time bigint not null,
    constraint uk_statistics_breakdown unique (snapshot_id, dimension, code)
);
