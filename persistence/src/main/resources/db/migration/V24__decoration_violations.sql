-- Decoration patrols (装修巡查, R3.3) and violations (违规装修, 私搭滥建, R3.4). A patrol records which items of the
-- A–Z checklist failed at a unit under decoration; each failed item that is a violation opens one. A violation is
-- reported, gets a written rectification notice with a deadline (ZG{year}-{id}), may be fined once (a one-off charge
-- through billing, fine_bill_id), may have service stopped after the deadline with a CS manager's approval (form type
-- DECORATION_STOP, V12) and is closed once rectified and the fine paid, which restores a stopped service.
create sequence decoration_patrol_seq start with 1 increment by 50;
create table decoration_patrol (
    id bigint primary key,
    application_id bigint not null,
    company_id bigint not null,
    estate_id bigint not null,
    unit_id bigint not null,
    unit_code varchar(40) not null,
    patrolled_at timestamp with time zone not null,
    patrolled_by varchar(40) not null,
    failed_items varchar(1000) not null,
    remarks varchar(1000)
);
create index ix_decoration_patrol_application on decoration_patrol (application_id);
alter table decoration_patrol add constraint fk_decoration_patrol_application foreign key (application_id)
    references decoration_application (id);

create sequence decoration_violation_seq start with 1 increment by 50;
create table decoration_violation (
    id bigint primary key,
    company_id bigint not null,
    estate_id bigint not null,
    unit_id bigint not null,
    unit_code varchar(40) not null,
    application_id bigint,
    patrol_id bigint,
    item varchar(40),
    description varchar(1000) not null,
    stopped_on_site boolean not null,
    state varchar(20) not null,
    found_by varchar(40) not null,
    found_at timestamp with time zone not null,
    reported_by varchar(40),
    reported_at timestamp with time zone,
    report_comment varchar(1000),
    notice_number varchar(30),
    notice_issued_by varchar(40),
    notice_issued_at timestamp with time zone,
    rectify_by date,
    requirement varchar(1000),
    fine_amount numeric(12, 2),
    fine_bill_id bigint,
    fined_by varchar(40),
    fined_at timestamp with time zone,
    stop_reason varchar(1000),
    stop_requested_by varchar(40),
    stop_requested_at timestamp with time zone,
    stop_decided_by varchar(40),
    stop_decided_at timestamp with time zone,
    stop_comment varchar(1000),
    service_stopped_at timestamp with time zone,
    stop_task_number varchar(30),
    rectified_by varchar(40),
    rectified_at timestamp with time zone,
    rectify_remarks varchar(1000),
    closed_by varchar(40),
    closed_at timestamp with time zone,
    restore_task_number varchar(30),
    version integer not null,
    constraint uk_decoration_violation_notice unique (company_id, notice_number)
);
create index ix_decoration_violation_estate on decoration_violation (estate_id, found_at);
create index ix_decoration_violation_unit on decoration_violation (unit_id);
create index ix_decoration_violation_application on decoration_violation (application_id);
alter table decoration_violation add constraint fk_decoration_violation_company foreign key (company_id)
    references org_unit (id);
alter table decoration_violation add constraint fk_decoration_violation_estate foreign key (estate_id)
    references estate (id);
alter table decoration_violation add constraint fk_decoration_violation_unit foreign key (unit_id) references unit (id);
alter table decoration_violation add constraint fk_decoration_violation_application foreign key (application_id)
    references decoration_application (id);
alter table decoration_violation add constraint fk_decoration_violation_patrol foreign key (patrol_id)
    references decoration_patrol (id);
alter table decoration_violation add constraint fk_decoration_violation_bill foreign key (fine_bill_id)
    references bill (id);
