-- EstateDesk foundation schema (C0). Runs unchanged on PostgreSQL and on H2 in PostgreSQL mode.
-- Every id comes from a sequence (allocation 50) so that several servers can share one database.

create sequence org_unit_seq start with 1 increment by 50;
create sequence estate_seq start with 1 increment by 50;
create sequence building_seq start with 1 increment by 50;
create sequence entrance_seq start with 1 increment by 50;
create sequence unit_seq start with 1 increment by 50;
create sequence owner_seq start with 1 increment by 50;
create sequence ownership_seq start with 1 increment by 50;
create sequence app_user_seq start with 1 increment by 50;
create sequence user_scope_seq start with 1 increment by 50;
create sequence shared_acceptance_seq start with 1 increment by 50;
create sequence business_parameter_seq start with 1 increment by 50;
create sequence announcement_seq start with 1 increment by 50;
create sequence operation_log_seq start with 1 increment by 50;
create sequence revinfo_seq start with 1 increment by 50;

-- R0.1 organisation tree: group -> region -> company -> department, any depth
create table org_unit (
    id bigint not null primary key,
    parent_id bigint references org_unit (id),
    kind varchar(20) not null,
    code varchar(40) not null,
    name varchar(200) not null,
    name_en varchar(200),
    company_id bigint references org_unit (id),
    version integer not null default 0,
    constraint uk_org_unit_code unique (code)
);
create index ix_org_unit_parent on org_unit (parent_id);

-- R0.2 estates, buildings, entrances, units
create table estate (
    id bigint not null primary key,
    company_id bigint not null references org_unit (id),
    code varchar(40) not null,
    name varchar(200) not null,
    city varchar(100),
    address varchar(300),
    unit_count integer not null default 0,
    version integer not null default 0,
    constraint uk_estate_code unique (code)
);
create index ix_estate_company on estate (company_id);

create table building (
    id bigint not null primary key,
    estate_id bigint not null references estate (id),
    code varchar(20) not null,
    name varchar(200) not null,
    floors integer,
    version integer not null default 0,
    constraint uk_building_code unique (estate_id, code)
);

create table entrance (
    id bigint not null primary key,
    building_id bigint not null references building (id),
    code varchar(20) not null,
    name varchar(200),
    version integer not null default 0,
    constraint uk_entrance_code unique (building_id, code)
);

-- R0.4 owner / customer ledger
create table owner (
    id bigint not null primary key,
    company_id bigint not null references org_unit (id),
    kind varchar(20) not null,
    name varchar(200) not null,
    id_type varchar(20) not null,
    id_number varchar(40) not null,
    phone varchar(40) not null,
    phone2 varchar(40),
    email varchar(200),
    contact_preference varchar(20),
    language varchar(10),
    address varchar(300),
    note varchar(1000),
    version integer not null default 0
);
create index ix_owner_company_name on owner (company_id, name);
create index ix_owner_phone on owner (phone);
create index ix_owner_id_number on owner (id_number);

create table unit (
    id bigint not null primary key,
    company_id bigint not null references org_unit (id),
    estate_id bigint not null references estate (id),
    building_id bigint references building (id),
    entrance_id bigint references entrance (id),
    floor integer,
    code varchar(60) not null,
    type varchar(20) not null,
    area numeric(10, 2) not null,
    state varchar(20) not null,
    owner_id bigint references owner (id),
    version integer not null default 0,
    constraint uk_unit_code unique (estate_id, code)
);
create index ix_unit_building on unit (building_id);
create index ix_unit_owner on unit (owner_id);
create index ix_unit_estate_type_code on unit (estate_id, type, code);
-- covers the units list: an index-only walk to the page, then the page's rows by id
create index ix_unit_estate_code_id on unit (estate_id, code, id);

-- ownership and occupancy history: a change of owner (更名) closes a row and opens another
create table ownership (
    id bigint not null primary key,
    unit_id bigint not null references unit (id),
    owner_id bigint not null references owner (id),
    relation varchar(20) not null,
    start_date date not null,
    end_date date,
    note varchar(500),
    version integer not null default 0
);
create index ix_ownership_unit on ownership (unit_id);
create index ix_ownership_owner on ownership (owner_id);

-- R0.5, R0.6 users, roles, data scope
create table app_user (
    id bigint not null primary key,
    username varchar(60) not null,
    display_name varchar(200) not null,
    password_hash varchar(400) not null,
    company_id bigint references org_unit (id),
    department_id bigint references org_unit (id),
    group_admin boolean not null default false,
    enabled boolean not null default true,
    failed_logins integer not null default 0,
    locked_until timestamp with time zone,
    last_login_at timestamp with time zone,
    email varchar(200),
    phone varchar(40),
    version integer not null default 0,
    constraint uk_app_user_username unique (username)
);

create table user_role (
    user_id bigint not null references app_user (id),
    role varchar(40) not null,
    primary key (user_id, role)
);

-- a row without estate_id grants every estate of the company
create table user_scope (
    id bigint not null primary key,
    user_id bigint not null references app_user (id),
    company_id bigint not null references org_unit (id),
    estate_id bigint references estate (id),
    constraint uk_user_scope unique (user_id, company_id, estate_id)
);
create index ix_user_scope_user on user_scope (user_id, company_id);

-- R0.7 shared acceptance: a company accepts requests on behalf of another company's estate
create table shared_acceptance (
    id bigint not null primary key,
    accepting_company_id bigint not null references org_unit (id),
    estate_id bigint not null references estate (id),
    version integer not null default 0,
    constraint uk_shared_acceptance unique (accepting_company_id, estate_id)
);

-- R0.9 business parameters: a row overrides the catalogue default for one company
create table business_parameter (
    id bigint not null primary key,
    company_id bigint not null references org_unit (id),
    param_key varchar(80) not null,
    param_value varchar(200) not null,
    version integer not null default 0,
    constraint uk_business_parameter unique (company_id, param_key)
);

-- R0.10 announcements; company_id null means the whole group
create table announcement (
    id bigint not null primary key,
    company_id bigint references org_unit (id),
    title varchar(200) not null,
    body varchar(4000) not null,
    published_at timestamp with time zone not null,
    expires_at timestamp with time zone,
    author varchar(60) not null,
    version integer not null default 0
);
create index ix_announcement_company on announcement (company_id, published_at);

-- R0.8 operation log: every change and every login
create table operation_log (
    id bigint not null primary key,
    at timestamp with time zone not null,
    username varchar(60),
    address varchar(64),
    operation varchar(60) not null,
    target_type varchar(60),
    target_id varchar(60),
    detail varchar(1000),
    outcome varchar(20) not null,
    company_id bigint
);
create index ix_operation_log_at on operation_log (at);
create index ix_operation_log_user on operation_log (username, at);

-- change history (who, when, before, after) kept by Hibernate Envers
create table revinfo (
    id bigint not null primary key,
    at timestamp with time zone not null,
    username varchar(60)
);

create table org_unit_aud (
    id bigint not null,
    rev bigint not null references revinfo (id),
    revtype smallint,
    parent_id bigint,
    kind varchar(20),
    code varchar(40),
    name varchar(200),
    name_en varchar(200),
    company_id bigint,
    primary key (rev, id)
);

create table estate_aud (
    id bigint not null,
    rev bigint not null references revinfo (id),
    revtype smallint,
    company_id bigint,
    code varchar(40),
    name varchar(200),
    city varchar(100),
    address varchar(300),
    primary key (rev, id)
);

create table building_aud (
    id bigint not null,
    rev bigint not null references revinfo (id),
    revtype smallint,
    estate_id bigint,
    code varchar(20),
    name varchar(200),
    floors integer,
    primary key (rev, id)
);

create table unit_aud (
    id bigint not null,
    rev bigint not null references revinfo (id),
    revtype smallint,
    code varchar(60),
    type varchar(20),
    area numeric(10, 2),
    state varchar(20),
    owner_id bigint,
    primary key (rev, id)
);

create table owner_aud (
    id bigint not null,
    rev bigint not null references revinfo (id),
    revtype smallint,
    kind varchar(20),
    name varchar(200),
    id_type varchar(20),
    id_number varchar(40),
    phone varchar(40),
    phone2 varchar(40),
    email varchar(200),
    contact_preference varchar(20),
    language varchar(10),
    address varchar(300),
    note varchar(1000),
    primary key (rev, id)
);

create table app_user_aud (
    id bigint not null,
    rev bigint not null references revinfo (id),
    revtype smallint,
    username varchar(60),
    display_name varchar(200),
    company_id bigint,
    department_id bigint,
    group_admin boolean,
    enabled boolean,
    email varchar(200),
    phone varchar(40),
    primary key (rev, id)
);

create table business_parameter_aud (
    id bigint not null,
    rev bigint not null references revinfo (id),
    revtype smallint,
    company_id bigint,
    param_key varchar(80),
    param_value varchar(200),
    primary key (rev, id)
);
