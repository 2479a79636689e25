-- The service desk (C1): the issue standard library and the dispatch table per company, reception records, tasks
-- with their work orders, the task history and callbacks. Company and estate are copied onto every row that a
-- list filters, so that data scope and the lists are WHERE clauses over one table and one index.

-- issue standard library (R1.11): a tree per company
create sequence issue_category_seq start with 1 increment by 50;
create table issue_category (
    id bigint primary key,
    company_id bigint not null references org_unit (id),
    parent_id bigint references issue_category (id),
    code varchar(60) not null,
    name_zh varchar(200) not null,
    name_en varchar(200) not null,
    default_kind varchar(20),
    default_tier varchar(20) not null,
    location_kind varchar(20) not null,
    department varchar(20) not null,
    warranty_months integer,
    active boolean not null,
    version integer not null,
    constraint uk_issue_category_code unique (company_id, code)
);
create index ix_issue_category_parent on issue_category (parent_id);

-- dispatch table (R1.3): category × location class → department, edited per company
create sequence dispatch_rule_seq start with 1 increment by 50;
create table dispatch_rule (
    id bigint primary key,
    company_id bigint not null references org_unit (id),
    category_id bigint not null references issue_category (id),
    location_kind varchar(20) not null,
    department varchar(20) not null,
    version integer not null,
    constraint uk_dispatch_rule unique (company_id, category_id, location_kind)
);

-- reception records (R1.1); foreign keys after the indexes, as for task below
create sequence reception_seq start with 1 increment by 50;
create table reception (
    id bigint primary key,
    company_id bigint not null,
    estate_id bigint not null,
    unit_id bigint,
    location varchar(200),
    channel varchar(20) not null,
    caller_name varchar(100) not null,
    caller_phone varchar(40) not null,
    description varchar(2000) not null,
    state varchar(20) not null,
    received_by varchar(40) not null,
    received_at timestamp with time zone not null,
    version integer not null
);
create index ix_reception_company_state on reception (company_id, state, id);
create index ix_reception_phone on reception (caller_phone);
create index ix_reception_estate on reception (estate_id, id);
create index ix_reception_unit on reception (unit_id);
alter table reception add constraint fk_reception_company foreign key (company_id) references org_unit (id);
alter table reception add constraint fk_reception_estate foreign key (estate_id) references estate (id);
alter table reception add constraint fk_reception_unit foreign key (unit_id) references unit (id);

-- tasks (R1.2–R1.6, R1.8, R1.10) with their work orders. The foreign keys are added after the indexes: H2 then
-- uses an index that starts with the key's column instead of creating one more index per key, which every insert
-- would have to maintain (PostgreSQL creates no index for a foreign key either way).
create sequence task_seq start with 1 increment by 50;
create table task (
    id bigint primary key,
    company_id bigint not null,
    estate_id bigint not null,
    reception_id bigint not null,
    unit_id bigint,
    kind varchar(20) not null,
    complaint_type varchar(20),
    category_id bigint not null,
    category_code varchar(60) not null,
    location_kind varchar(20) not null,
    department varchar(20) not null,
    tier varchar(20) not null,
    due_at timestamp with time zone not null,
    emergency boolean not null,
    state varchar(20) not null,
    owner varchar(40) not null,
    assignee varchar(40),
    escalation_level varchar(20) not null,
    repeat_count integer not null,
    note varchar(2000),
    created_at timestamp with time zone not null,
    completed_at timestamp with time zone,
    closed_at timestamp with time zone,
    callback_due_at timestamp with time zone,
    callback_latest_at timestamp with time zone,
    wo_technician varchar(40),
    wo_arrived_at timestamp with time zone,
    wo_work_done varchar(2000),
    wo_materials varchar(1000),
    wo_charge numeric(12, 2),
    wo_signed_off_by varchar(100),
    version integer not null
);
-- the task lists: newest first within a company or an estate, optionally by state
create index ix_task_company_state_id on task (company_id, state, id);
create index ix_task_estate_id on task (estate_id, id);
create index ix_task_estate_state_id on task (estate_id, state, id);
-- overdue and callback lists, workbench counts
create index ix_task_state_due on task (state, due_at);
create index ix_task_state_callback on task (state, callback_due_at);
-- "the same problem" for escalation (R1.10)
create index ix_task_unit_category on task (unit_id, category_id);
create index ix_task_reception on task (reception_id);
create index ix_task_category on task (category_id);
create index ix_task_assignee on task (assignee, state);
create index ix_task_owner on task (owner, state);
alter table task add constraint fk_task_company foreign key (company_id) references org_unit (id);
alter table task add constraint fk_task_estate foreign key (estate_id) references estate (id);
alter table task add constraint fk_task_reception foreign key (reception_id) references reception (id);
alter table task add constraint fk_task_unit foreign key (unit_id) references unit (id);
alter table task add constraint fk_task_category foreign key (category_id) references issue_category (id);

-- task history (R1.6)
create sequence task_event_seq start with 1 increment by 50;
create table task_event (
    id bigint primary key,
    task_id bigint not null,
    at timestamp with time zone not null,
    actor varchar(40) not null,
    action varchar(20) not null,
    from_state varchar(20),
    to_state varchar(20) not null,
    assignee varchar(40),
    comment varchar(1000)
);
create index ix_task_event_task on task_event (task_id, id);
alter table task_event add constraint fk_task_event_task foreign key (task_id) references task (id);

-- callbacks (R1.7)
create sequence callback_seq start with 1 increment by 50;
create table callback (
    id bigint primary key,
    task_id bigint not null,
    company_id bigint not null,
    estate_id bigint not null,
    result varchar(20) not null,
    comment varchar(1000),
    called_by varchar(40) not null,
    called_at timestamp with time zone not null,
    late boolean not null
);
create index ix_callback_task on callback (task_id);
create index ix_callback_estate on callback (estate_id, called_at);
create index ix_callback_company on callback (company_id);
alter table callback add constraint fk_callback_task foreign key (task_id) references task (id);
alter table callback add constraint fk_callback_company foreign key (company_id) references org_unit (id);
alter table callback add constraint fk_callback_estate foreign key (estate_id) references estate (id);

-- change history of the library and the dispatch table (Envers)
create table issue_category_aud (
    id bigint not null,
    rev bigint not null references revinfo (id),
    revtype smallint,
    company_id bigint,
    parent_id bigint,
    code varchar(60),
    name_zh varchar(200),
    name_en varchar(200),
    default_kind varchar(20),
    default_tier varchar(20),
    location_kind varchar(20),
    department varchar(20),
    warranty_months integer,
    active boolean,
    primary key (rev, id)
);
create table dispatch_rule_aud (
    id bigint not null,
    rev bigint not null references revinfo (id),
    revtype smallint,
    company_id bigint,
    category_id bigint,
    location_kind varchar(20),
    department varchar(20),
    primary key (rev, id)
);
create index ix_owner_phone2 on owner (phone2);
