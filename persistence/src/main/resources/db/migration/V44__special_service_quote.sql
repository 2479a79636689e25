-- Paid special service (特约服务, R1.2): quoted → the owner accepts → work → the charge becomes a bill of the unit.
-- quote_required: a special-service task taken from a caller needs a quote accepted before it is planned; tasks
-- handed over by a form (stop/restore service, hot-water sealing: charged by their form) and the tasks that existed
-- before this migration do not. The quote and the owner's decision are columns of the task (one quote at a time: a
-- new one replaces an unaccepted one); charge_bill_id is the one-off bill its completion made (once).
alter table task add column quote_required boolean not null default false;
alter table task add column quote_amount numeric(12, 2);
alter table task add column quote_description varchar(1000);
alter table task add column quoted_by varchar(40);
alter table task add column quoted_at timestamp with time zone;
alter table task add column quote_decision varchar(10);
alter table task add column quote_decided_by varchar(100);
alter table task add column quote_consent varchar(20);
alter table task add column quote_note varchar(500);
alter table task add column quote_recorded_by varchar(40);
alter table task add column quote_decided_at timestamp with time zone;
alter table task add column charge_bill_id bigint;
