-- Contracts (R4.1): shop and garage rent, parking, multi-business spaces (advertising spaces, stalls). A contract
-- always bills onto a unit: its shop or garage, or the "space" unit made for a parking space, advertising space or
-- stall that is not a unit (type PARKING or OTHER, no building, the area given or 1 m², code = the space's code),
-- so that its bills, payments, dunning and balance work like every unit's. Never deleted; terminated or expired.
create sequence contract_seq start with 1 increment by 50;
create table contract (
    id bigint primary key,
    company_id bigint not null,
    estate_id bigint not null,
    unit_id bigint not null,
    code varchar(40) not null,
    kind varchar(20) not null,
    business varchar(20),
    space_code varchar(60),
    location varchar(200),
    party_name varchar(100) not null,
    party_phone varchar(40),
    owner_id bigint,
    fee_item_id bigint not null,
    monthly_amount numeric(14,2) not null,
    deposit numeric(14,2),
    start_date date not null,
    end_date date not null,
    state varchar(20) not null,
    terminated_on date,
    termination_reason varchar(500),
    created_by varchar(40) not null,
    created_at timestamp with time zone not null,
    version integer not null,
    constraint uk_contract_code unique (company_id, code)
);
-- the billing job loads a chunk's contracts by unit; the expiry list walks an estate's active contracts by end date
create index ix_contract_unit on contract (unit_id, start_date);
create index ix_contract_estate_state_end on contract (estate_id, state, end_date);
create index ix_contract_company_state_end on contract (company_id, state, end_date);
alter table contract add constraint fk_contract_company foreign key (company_id) references org_unit (id);
alter table contract add constraint fk_contract_estate foreign key (estate_id) references estate (id);
alter table contract add constraint fk_contract_unit foreign key (unit_id) references unit (id);
alter table contract add constraint fk_contract_owner foreign key (owner_id) references owner (id);
alter table contract add constraint fk_contract_fee_item foreign key (fee_item_id) references fee_item (id);

-- the terms' history (who changed the amount or the dates, when), kept by Hibernate Envers
create table contract_aud (
    id bigint not null,
    rev bigint not null references revinfo (id),
    revtype smallint,
    company_id bigint,
    estate_id bigint,
    unit_id bigint,
    code varchar(40),
    kind varchar(20),
    business varchar(20),
    space_code varchar(60),
    location varchar(200),
    party_name varchar(100),
    party_phone varchar(40),
    owner_id bigint,
    fee_item_id bigint,
    monthly_amount numeric(14,2),
    deposit numeric(14,2),
    start_date date,
    end_date date,
    state varchar(20),
    terminated_on date,
    termination_reason varchar(500),
    created_by varchar(40),
    created_at timestamp with time zone,
    primary key (rev, id)
);
