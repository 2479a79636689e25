-- Dunning (催缴, R4.6): one case per unit in arrears, opened when finance issues the dunning list; its steps
-- (reminder, notice, call, visit, written stop-service notice, objection, the manager's stop-service decision,
-- payment, restore) each record the day, the person and the outcome. At most one case of a unit is active:
-- active_unit holds the unit's id while the case is active and null afterwards (H2 has no partial indexes).
create sequence dunning_case_seq start with 1 increment by 50;
create table dunning_case (
    id bigint primary key,
    company_id bigint not null,
    estate_id bigint not null,
    unit_id bigint not null,
    state varchar(20) not null,
    active_unit bigint,
    arrears_at_open numeric(14,2) not null,
    oldest_due_on date not null,
    opened_by varchar(40) not null,
    opened_at timestamp with time zone not null,
    notice_posted_on date,
    stop_allowed_from date,
    valid_reason varchar(1000),
    stop_requested_by varchar(40),
    stop_requested_at timestamp with time zone,
    decided_by varchar(40),
    decided_at timestamp with time zone,
    restore_task_id bigint,
    closed_at timestamp with time zone,
    version integer not null,
    constraint uk_dunning_case_active unique (active_unit)
);
create index ix_dunning_case_unit on dunning_case (unit_id, id);
create index ix_dunning_case_estate on dunning_case (estate_id, state, id);
alter table dunning_case add constraint fk_dunning_case_company foreign key (company_id) references org_unit (id);
alter table dunning_case add constraint fk_dunning_case_estate foreign key (estate_id) references estate (id);
alter table dunning_case add constraint fk_dunning_case_unit foreign key (unit_id) references unit (id);
alter table dunning_case add constraint fk_dunning_case_task foreign key (restore_task_id) references task (id);

create sequence dunning_step_seq start with 1 increment by 50;
create table dunning_step (
    id bigint primary key,
    case_id bigint not null,
    kind varchar(20) not null,
    done_on date not null,
    person varchar(40) not null,
    outcome varchar(1000),
    recorded_at timestamp with time zone not null
);
create index ix_dunning_step_case on dunning_step (case_id, id);
alter table dunning_step add constraint fk_dunning_step_case foreign key (case_id) references dunning_case (id);

-- Prepaid balances (预存款, R4.8): a deposit is a payment (with its receipt) that goes to the unit's prepaid account
-- instead of its bills; a deduction pays open bills from the account as a payment of method PREPAID. Every change
-- is an entry with the balance after it; warned is set when the balance fell below the company's threshold and
-- the owner was told, and cleared when a deposit lifts it again.
alter table payment add column prepaid boolean default false not null;
create table prepaid_account (
    unit_id bigint primary key,
    company_id bigint not null,
    estate_id bigint not null,
    balance numeric(14,2) not null,
    warned boolean default false not null,
    version integer not null
);
create index ix_prepaid_account_estate on prepaid_account (estate_id, balance);
alter table prepaid_account add constraint fk_prepaid_account_unit foreign key (unit_id) references unit (id);

create sequence prepaid_entry_seq start with 1 increment by 50;
create table prepaid_entry (
    id bigint primary key,
    unit_id bigint not null,
    kind varchar(20) not null,
    amount numeric(14,2) not null,
    balance_after numeric(14,2) not null,
    payment_id bigint not null,
    recorded_by varchar(40) not null,
    recorded_at timestamp with time zone not null
);
create index ix_prepaid_entry_unit on prepaid_entry (unit_id, id);
alter table prepaid_entry add constraint fk_prepaid_entry_unit foreign key (unit_id) references prepaid_account (unit_id);
alter table prepaid_entry add constraint fk_prepaid_entry_payment foreign key (payment_id) references payment (id);
