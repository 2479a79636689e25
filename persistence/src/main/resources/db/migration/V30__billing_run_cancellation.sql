-- A billing run made with wrong rates can be cancelled while none of its bills has been paid: its bills are
-- deleted (they were never settled, so nothing is lost) and the run records who cancelled it, when, and how many
-- bills went; its totals stay as history. The period can then be billed again.
alter table billing_run add column cancelled_at timestamp with time zone;
alter table billing_run add column cancelled_by varchar(100);
alter table billing_run add column bills_cancelled bigint;
