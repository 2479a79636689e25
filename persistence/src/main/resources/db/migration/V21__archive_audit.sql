-- The archive audit (R5.3): the archive-audit batch job checks every unit of the chosen estates against the
-- company's required documents for the unit's state, expired documents, overdue borrowed files and overdue key
-- loans, and per estate the key categories without a spare set (reading the indexes of V16), and writes findings.

-- One audit: its id is the job run's (job_run: state, times, restarts); what it covers and its counters, which grow
-- with each committed chunk.
create table archive_audit (
    id bigint primary key references job_run (id),
    company_id bigint not null references org_unit (id),
    estate_ids varchar(4000) not null,
    units_total bigint not null,
    units_checked bigint not null,
    findings bigint not null,
    started_by varchar(40) not null,
    started_at timestamp with time zone not null,
    scheduled boolean not null
);
create index ix_archive_audit_company on archive_audit (company_id, started_at);

-- A finding, assigned to the estate's archive keeper, OPEN until closed with a comment. The unique key makes a
-- restarted run unable to write a finding twice (estate-level findings have no unit: nulls count as equal).
create sequence archive_audit_finding_seq start with 1 increment by 50;
create table archive_audit_finding (
    id bigint primary key,
    audit_id bigint not null references archive_audit (id),
    company_id bigint not null references org_unit (id),
    estate_id bigint not null references estate (id),
    unit_id bigint references unit (id),
    unit_code varchar(60),
    kind varchar(30) not null,
    subject varchar(60) not null,
    file_id bigint,
    detail varchar(500),
    assignee varchar(60),
    state varchar(20) not null,
    created_at timestamp with time zone not null,
    closed_by varchar(60),
    closed_at timestamp with time zone,
    close_comment varchar(1000),
    version integer not null,
    constraint uk_archive_audit_finding unique nulls not distinct (audit_id, estate_id, unit_id, kind, subject)
);
create index ix_archive_audit_finding_audit on archive_audit_finding (audit_id, id);
create index ix_archive_audit_finding_kind on archive_audit_finding (audit_id, kind, state);
create index ix_archive_audit_finding_estate on archive_audit_finding (audit_id, estate_id, state);
create index ix_archive_audit_finding_assignee on archive_audit_finding (assignee, state);
