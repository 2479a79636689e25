-- One-off charges and refundable deposits (R4.1 "decoration fees and deposits"; used by the forms of C3).
-- A one-off charge is a bill like the monthly ones (same lines, payments, receipts, reversals, dunning), told apart by
-- its charge key: '' for the monthly bill, which stays the only one per unit and period (the unique key below is
-- still the last guard of R4.3), and for a charge the key of what caused it (e.g. DECORATION:42:FEE), so that the
-- same form never charges twice. Late fees (R4.5) accrue on monthly bills only.
alter table bill add column charge_key varchar(80) default '' not null;
alter table bill add column description varchar(200);
alter table bill drop constraint uk_bill_unit_period;
alter table bill add constraint uk_bill_unit_period unique (unit_id, period, charge_key);

-- A refundable deposit (押金): not a bill (never income, never in arrears, no late fees) but money held for the
-- unit: DUE when a form asks for it, HELD once paid at the desk (a payment with its receipt), REFUNDED when it is
-- settled — the fines and damages chosen are paid from it (a payment of method DEPOSIT) and the rest is paid out
-- (a payment of the negative amount with its own receipt) — or CANCELLED when the form no longer needs it unpaid.
create sequence deposit_seq start with 1 increment by 50;
create table deposit (
    id bigint primary key,
    company_id bigint not null,
    estate_id bigint not null,
    unit_id bigint not null,
    kind varchar(30) not null,
    source_key varchar(80) not null,
    description varchar(200) not null,
    amount numeric(14,2) not null,
    state varchar(20) not null,
    deducted numeric(14,2) default 0 not null,
    refunded numeric(14,2) default 0 not null,
    created_by varchar(40) not null,
    created_at timestamp with time zone not null,
    settled_by varchar(40),
    settled_at timestamp with time zone,
    version integer not null,
    constraint uk_deposit_source unique (company_id, source_key)
);
create index ix_deposit_unit on deposit (unit_id, id);
create index ix_deposit_estate_state on deposit (estate_id, state);
alter table deposit add constraint fk_deposit_company foreign key (company_id) references org_unit (id);
alter table deposit add constraint fk_deposit_estate foreign key (estate_id) references estate (id);
alter table deposit add constraint fk_deposit_unit foreign key (unit_id) references unit (id);

alter table payment add column deposit_id bigint;
alter table payment add constraint fk_payment_deposit foreign key (deposit_id) references deposit (id);
create index ix_payment_deposit on payment (deposit_id);

-- Dunning of rent (R4.6 "Rent: repossession notice → repossession"): the day the repossession notice was given.
alter table dunning_case add column repossession_notice_on date;
