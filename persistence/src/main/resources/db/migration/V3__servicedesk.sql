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

-- reception records (R1.1)
create sequence reception_seq start with 1 increment by 50;
create table reception (
    id bigint primary key,
    company_id bigint not null references org_unit (id),
    estate_id bigint not null references estate (id),
    unit_id bigint references unit (id),
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

-- tasks (R1.2–R1.6, R1.8, R1.10) with their work orders
create sequence task_seq start with 1 increment by 50;
create table task (
    id bigint primary key,
    company_id bigint not null references org_unit (id),
    estate_id bigint not null references estate (id),
    reception_id bigint not null references reception (id),
    unit_id bigint references unit (id),
    kind varchar(20) not null,
    complaint_type varchar(20),
    category_id bigint not null references issue_category (id),
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
create index ix_task_company_id on task (company_id, id);
create index ix_task_company_state_id on task (company_id, state, id);
create index ix_task_estate_id on task (estate_id, id);
create index ix_task_estate_state_id on task (estate_id, state, id);
-- overdue and callback lists, workbench counts
create index ix_task_state_due on task (company_id, state, due_at);
create index ix_task_callback on task (company_id, state, callback_due_at);
-- "the same problem" for escalation (R1.10)
create index ix_task_unit_category on task (unit_id, category_id);
create index ix_task_reception on task (reception_id);
create index ix_task_assignee on task (assignee, state);
create index ix_task_owner on task (owner, state);

-- task history (R1.6)
create sequence task_event_seq start with 1 increment by 50;
create table task_event (
    id bigint primary key,
    task_id bigint not null references task (id),
    at timestamp with time zone not null,
    actor varchar(40) not null,
    action varchar(20) not null,
    from_state varchar(20),
    to_state varchar(20) not null,
    assignee varchar(40),
    comment varchar(1000)
);
create index ix_task_event_task on task_event (task_id, id);

-- callbacks (R1.7)
create sequence callback_seq start with 1 increment by 50;
create table callback (
    id bigint primary key,
    task_id bigint not null references task (id),
    company_id bigint not null references org_unit (id),
    estate_id bigint not null references estate (id),
    result varchar(20) not null,
    comment varchar(1000),
    called_by varchar(40) not null,
    called_at timestamp with time zone not null,
    late boolean not null
);
create index ix_callback_task on callback (task_id);
create index ix_callback_estate on callback (estate_id, called_at);

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
