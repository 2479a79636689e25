-- Decoration applications and permits (R3.1, R3.2) with their history and uploaded documents; their approvals are chains of the form type
-- DECORATION (V12). Alterations are the codes the plan touches, comma-separated (null: none).
create sequence decoration_application_seq start with 1 increment by 50;
create table decoration_application (
    id bigint primary key,
    company_id bigint not null,
    estate_id bigint not null,
    unit_id bigint not null,
    unit_code varchar(40) not null,
    contractor_name varchar(200) not null,
    plan_text varchar(4000) not null,
    alterations varchar(400),
    start_date date not null,
    end_date date not null,
    state varchar(20) not null,
    round_no integer not null,
    current_step varchar(40),
    submitted_by varchar(40) not null,
    submitted_at timestamp with time zone not null,
    decision_due_at timestamp with time zone not null,
    decided_at timestamp with time zone,
    permit_number varchar(30),
    permit_issued_by varchar(40),
    permit_issued_at timestamp with time zone,
    management_fee numeric(12, 2),
    deposit numeric(12, 2),
    version integer not null
);
create index ix_decoration_company_state on decoration_application (company_id, state, id);
create index ix_decoration_estate on decoration_application (estate_id, id);
create index ix_decoration_unit on decoration_application (unit_id);
create index ix_decoration_due on decoration_application (state, decision_due_at);
alter table decoration_application add constraint fk_decoration_company foreign key (company_id) references org_unit (id);
alter table decoration_application add constraint fk_decoration_estate foreign key (estate_id) references estate (id);
alter table decoration_application add constraint fk_decoration_unit foreign key (unit_id) references unit (id);

create sequence decoration_event_seq start with 1 increment by 50;
create table decoration_event (
    id bigint primary key,
    application_id bigint not null,
    at timestamp with time zone not null,
    actor varchar(40) not null,
    action varchar(20) not null,
    from_state varchar(20),
    to_state varchar(20) not null,
    round_no integer not null,
    step varchar(40),
    comment varchar(1000)
);
create index ix_decoration_event_application on decoration_event (application_id, at);
alter table decoration_event add constraint fk_decoration_event_application foreign key (application_id)
    references decoration_application (id);

-- Uploaded documents (identity documents, licence, drawings, agreement), at most 5 MB each, kept in the database.
create sequence decoration_attachment_seq start with 1 increment by 50;
create table decoration_attachment (
    id bigint primary key,
    application_id bigint not null,
    kind varchar(30) not null,
    file_name varchar(200) not null,
    content_type varchar(100) not null,
    size_bytes integer not null,
    content bytea not null,
    uploaded_by varchar(40) not null,
    uploaded_at timestamp with time zone not null
);
create index ix_decoration_attachment_application on decoration_attachment (application_id, id);
alter table decoration_attachment add constraint fk_decoration_attachment_application foreign key (application_id)
    references decoration_application (id);
