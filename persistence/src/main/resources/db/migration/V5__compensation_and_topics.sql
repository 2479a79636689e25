-- Compensation register (赔付登记, R1.13) and complaint topics (投诉专题, R1.12) of the service desk.

create sequence compensation_seq start with 1 increment by 50;
create table compensation (
    id bigint primary key,
    company_id bigint not null,
    estate_id bigint not null,
    task_id bigint,
    payee varchar(100) not null,
    amount numeric(12, 2) not null,
    borne_by varchar(20) not null,
    contractor varchar(200),
    reason varchar(1000) not null,
    state varchar(20) not null,
    requested_by varchar(40) not null,
    requested_at timestamp with time zone not null,
    decided_by varchar(40),
    decided_at timestamp with time zone,
    decision_comment varchar(1000),
    version integer not null
);
create index ix_compensation_company_state on compensation (company_id, state, id);
create index ix_compensation_estate on compensation (estate_id, id);
create index ix_compensation_task on compensation (task_id);
alter table compensation add constraint fk_compensation_company foreign key (company_id) references org_unit (id);
alter table compensation add constraint fk_compensation_estate foreign key (estate_id) references estate (id);
alter table compensation add constraint fk_compensation_task foreign key (task_id) references task (id);

create sequence complaint_topic_seq start with 1 increment by 50;
create table complaint_topic (
    id bigint primary key,
    company_id bigint not null,
    estate_id bigint,
    title varchar(200) not null,
    description varchar(2000) not null,
    solution varchar(2000),
    state varchar(20) not null,
    created_by varchar(40) not null,
    created_at timestamp with time zone not null,
    resolved_by varchar(40),
    resolved_at timestamp with time zone,
    version integer not null
);
create index ix_complaint_topic_company_state on complaint_topic (company_id, state, id);
create index ix_complaint_topic_estate on complaint_topic (estate_id);
alter table complaint_topic add constraint fk_complaint_topic_company foreign key (company_id) references org_unit (id);
alter table complaint_topic add constraint fk_complaint_topic_estate foreign key (estate_id) references estate (id);

alter table task add column topic_id bigint;
create index ix_task_topic on task (topic_id);
alter table task add constraint fk_task_topic foreign key (topic_id) references complaint_topic (id);
