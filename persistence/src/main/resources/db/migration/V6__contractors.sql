-- Contractors (承建商, R1.14): their scopes of works per estate or building and issue category, each with a warranty
-- period; a repair inside a scope and its warranty goes to the contractor first.
create sequence contractor_seq start with 1 increment by 50;
create table contractor (
    id bigint primary key,
    company_id bigint not null references org_unit (id),
    name varchar(200) not null,
    contact varchar(100),
    phone varchar(40),
    email varchar(200),
    version integer not null,
    constraint uk_contractor_name unique (company_id, name)
);

create sequence contractor_scope_seq start with 1 increment by 50;
create table contractor_scope (
    id bigint primary key,
    contractor_id bigint not null,
    estate_id bigint not null,
    building_id bigint,
    category_id bigint not null,
    warranty_from date not null,
    warranty_months integer not null,
    version integer not null
);
create index ix_contractor_scope_estate on contractor_scope (estate_id);
create index ix_contractor_scope_contractor on contractor_scope (contractor_id);
create index ix_contractor_scope_category on contractor_scope (category_id);
create index ix_contractor_scope_building on contractor_scope (building_id);
alter table contractor_scope add constraint fk_contractor_scope_contractor foreign key (contractor_id) references contractor (id);
alter table contractor_scope add constraint fk_contractor_scope_estate foreign key (estate_id) references estate (id);
alter table contractor_scope add constraint fk_contractor_scope_building foreign key (building_id) references building (id);
alter table contractor_scope add constraint fk_contractor_scope_category foreign key (category_id) references issue_category (id);

alter table task add column contractor_id bigint;
alter table task add column in_warranty boolean default false not null;
create index ix_task_contractor on task (contractor_id, completed_at);
alter table task add constraint fk_task_contractor foreign key (contractor_id) references contractor (id);
