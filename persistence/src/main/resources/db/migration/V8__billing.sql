-- Fees, billing and collection (C4). Three layers as the peers teach: the fee item and its rates per estate and
-- unit type (R4.1) → one bill per unit and period with its lines (R4.3, unique, whatever restarts happen) → the
-- payments and their allocations to bill lines (R4.4). Money is numeric(14,2) everywhere; rates carry 4 decimals.
create sequence fee_item_seq start with 1 increment by 50;
create table fee_item (
    id bigint primary key,
    company_id bigint not null references org_unit (id),
    code varchar(40) not null,
    name varchar(100) not null,
    basis varchar(20) not null,
    meter varchar(20),
    on_behalf boolean default false not null,
    active boolean default true not null,
    version integer not null,
    constraint uk_fee_item_code unique (company_id, code)
);

create sequence fee_rate_seq start with 1 increment by 50;
create table fee_rate (
    id bigint primary key,
    fee_item_id bigint not null references fee_item (id),
    estate_id bigint not null references estate (id),
    unit_type varchar(20) not null,
    unit_price numeric(12,4) not null,
    valid_from varchar(7) not null,
    version integer not null,
    constraint uk_fee_rate unique (fee_item_id, estate_id, unit_type, valid_from)
);
create index ix_fee_rate_estate on fee_rate (estate_id);

-- Meter readings (热水台账, R4.2): one per unit, meter and period; previous is the reading the delta starts from
-- (0 after a meter replacement).
create sequence meter_reading_seq start with 1 increment by 50;
create table meter_reading (
    id bigint primary key,
    company_id bigint not null references org_unit (id),
    estate_id bigint not null references estate (id),
    unit_id bigint not null,
    meter varchar(20) not null,
    period varchar(7) not null,
    reading numeric(12,2) not null,
    previous numeric(12,2) not null,
    replacement boolean default false not null,
    recorded_by varchar(40) not null,
    recorded_at timestamp with time zone not null,
    version integer not null,
    constraint uk_meter_reading unique (unit_id, meter, period)
);
create index ix_meter_reading_estate on meter_reading (estate_id, period);
alter table meter_reading add constraint fk_meter_reading_unit foreign key (unit_id) references unit (id);

-- Bills: exactly one per unit and period (the unique key is the last guard of R4.3).
create sequence bill_seq start with 1 increment by 500;
create table bill (
    id bigint primary key,
    company_id bigint not null,
    estate_id bigint not null,
    unit_id bigint not null,
    period varchar(7) not null,
    issued_on date not null,
    due_on date not null,
    total numeric(14,2) not null,
    paid numeric(14,2) not null,
    late_fee numeric(14,2) default 0 not null,
    late_fee_paid numeric(14,2) default 0 not null,
    state varchar(20) not null,
    run_id bigint,
    version integer not null,
    constraint uk_bill_unit_period unique (unit_id, period)
);
create index ix_bill_estate_period on bill (estate_id, period);
create index ix_bill_open on bill (state, due_on);
alter table bill add constraint fk_bill_unit foreign key (unit_id) references unit (id);
alter table bill add constraint fk_bill_estate foreign key (estate_id) references estate (id);

create sequence bill_line_seq start with 1 increment by 500;
create table bill_line (
    id bigint primary key,
    bill_id bigint not null,
    line_no integer not null,
    item_code varchar(40) not null,
    item_name varchar(100) not null,
    quantity numeric(14,4) not null,
    unit_price numeric(12,4) not null,
    amount numeric(14,2) not null,
    paid numeric(14,2) not null
);
create index ix_bill_line_bill on bill_line (bill_id);
alter table bill_line add constraint fk_bill_line_bill foreign key (bill_id) references bill (id);

-- A billing run's request (the run itself is a job_run with the same id) and its totals per estate and fee item,
-- written in the same chunk transaction as the bills, so that a restart never counts a unit twice. The totals
-- have no foreign key to billing_run: the job may write its first chunk before the request's transaction commits.
-- Each partition of a partitioned run (part) keeps its own rows, so partitions never wait for each other.
create table billing_run (
    id bigint primary key references job_run (id),
    period varchar(7) not null,
    dry_run boolean not null,
    estate_ids varchar(2000) not null
);
create table billing_run_estate (
    run_id bigint not null,
    estate_id bigint not null,
    part integer not null,
    units bigint not null,
    bills bigint not null,
    amount numeric(16,2) not null,
    primary key (run_id, estate_id, part)
);
create table billing_run_item (
    run_id bigint not null,
    estate_id bigint not null,
    part integer not null,
    item_code varchar(40) not null,
    item_name varchar(100) not null,
    lines bigint not null,
    amount numeric(16,2) not null,
    primary key (run_id, estate_id, part, item_code)
);

-- Payments (R4.4): a reversal is a payment with a negative amount pointing at the one it reverses; receipts are
-- numbered per company and year without gaps (the counter row is updated in the payment's transaction).
create sequence payment_seq start with 1 increment by 50;
create table payment (
    id bigint primary key,
    company_id bigint not null references org_unit (id),
    estate_id bigint not null references estate (id),
    unit_id bigint not null references unit (id),
    receipt_number varchar(30) not null,
    amount numeric(14,2) not null,
    method varchar(20) not null,
    collector varchar(40) not null,
    paid_at timestamp with time zone not null,
    reversal_of bigint references payment (id),
    reversed boolean default false not null,
    note varchar(500),
    version integer not null,
    constraint uk_payment_receipt unique (company_id, receipt_number)
);
create index ix_payment_unit on payment (unit_id);
create index ix_payment_collector on payment (company_id, collector, paid_at);

create sequence payment_allocation_seq start with 1 increment by 50;
create table payment_allocation (
    id bigint primary key,
    payment_id bigint not null references payment (id),
    bill_id bigint not null references bill (id),
    bill_line_id bigint references bill_line (id),
    item_code varchar(40) not null,
    amount numeric(14,2) not null
);
create index ix_payment_allocation_payment on payment_allocation (payment_id);
create index ix_payment_allocation_bill on payment_allocation (bill_id);

create table receipt_counter (
    company_id bigint not null references org_unit (id),
    receipt_year integer not null,
    last_number integer not null,
    primary key (company_id, receipt_year)
);
