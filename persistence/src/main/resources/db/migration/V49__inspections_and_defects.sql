-- Issue 21 (C2, B2): inspection batches over units of an estate (takeover, mock inspection, handover), the units'
-- inspection state, defects routed to the contractor in warranty (or engineering) with their steps; a contractor's
-- own user is tied to his contractor.
create sequence inspection_batch_seq start with 1 increment by 50;
create table inspection_batch (
    id bigint primary key,
    company_id bigint not null,
    estate_id bigint not null,
    kind varchar(20) not null,
    name varchar(200) not null,
    created_by varchar(60) not null,
    created_at timestamp with time zone not null,
    version integer not null
);
create index ix_inspection_batch_estate on inspection_batch (estate_id, id);
create index ix_inspection_batch_company on inspection_batch (company_id);
alter table inspection_batch add constraint fk_inspection_batch_company foreign key (company_id) references org_unit (id);
alter table inspection_batch add constraint fk_inspection_batch_estate foreign key (estate_id) references estate (id);

create sequence inspection_unit_seq start with 1 increment by 50;
create table inspection_unit (
    id bigint primary key,
    batch_id bigint not null,
    unit_id bigint not null,
    building_id bigint,
    state varchar(20) not null,
    inspected_by varchar(60),
    inspected_at timestamp with time zone,
    version integer not null,
    constraint uk_inspection_unit unique (batch_id, unit_id)
);
create index ix_inspection_unit_unit on inspection_unit (unit_id);
create index ix_inspection_unit_building on inspection_unit (building_id);
alter table inspection_unit add constraint fk_inspection_unit_batch foreign key (batch_id) references inspection_batch (id);
alter table inspection_unit add constraint fk_inspection_unit_unit foreign key (unit_id) references unit (id);
alter table inspection_unit add constraint fk_inspection_unit_building foreign key (building_id) references building (id);

create sequence defect_seq start with 1 increment by 50;
create table defect (
    id bigint primary key,
    company_id bigint not null,
    estate_id bigint not null,
    batch_id bigint not null,
    unit_id bigint not null,
    building_id bigint,
    room varchar(20) not null,
    category_id bigint not null,
    category_code varchar(40) not null,
    description varchar(1000) not null,
    severity varchar(1) not null,
    state varchar(20) not null,
    contractor_id bigint,
    due_date date not null,
    recorded_by varchar(60) not null,
    recorded_at timestamp with time zone not null,
    closed_at timestamp with time zone,
    version integer not null
);
create index ix_defect_batch on defect (batch_id, state);
create index ix_defect_estate on defect (estate_id, due_date, id);
create index ix_defect_contractor on defect (contractor_id, state, due_date);
create index ix_defect_company on defect (company_id);
create index ix_defect_unit on defect (unit_id);
create index ix_defect_building on defect (building_id);
create index ix_defect_category on defect (category_id);
alter table defect add constraint fk_defect_company foreign key (company_id) references org_unit (id);
alter table defect add constraint fk_defect_estate foreign key (estate_id) references estate (id);
alter table defect add constraint fk_defect_batch foreign key (batch_id) references inspection_batch (id);
alter table defect add constraint fk_defect_unit foreign key (unit_id) references unit (id);
alter table defect add constraint fk_defect_building foreign key (building_id) references building (id);
alter table defect add constraint fk_defect_category foreign key (category_id) references issue_category (id);
alter table defect add constraint fk_defect_contractor foreign key (contractor_id) references contractor (id);

create sequence defect_hop_seq start with 1 increment by 50;
create table defect_hop (
    id bigint primary key,
    defect_id bigint not null,
    at_time timestamp with time zone not null,
    by_user varchar(60) not null,
    action varchar(20) not null,
    from_state varchar(20),
    to_state varchar(20) not null,
    comment varchar(500)
);
create index ix_defect_hop_defect on defect_hop (defect_id, id);
alter table defect_hop add constraint fk_defect_hop_defect foreign key (defect_id) references defect (id);

alter table app_user add column contractor_id bigint;
create index ix_app_user_contractor on app_user (contractor_id);
alter table app_user add constraint fk_app_user_contractor foreign key (contractor_id) references contractor (id);
alter table app_user_aud add column contractor_id bigint;
