-- Waiting on the customer (R1.5, issue 18): a task in state WAITING_CUSTOMER (16 characters: state columns are
-- varchar(20), no check constraint) has its SLA clock stopped since paused_since and resumes to the running state
-- waited_in; on resume its due time moves later by the time waited, which paused_seconds adds up. Existing tasks never
-- waited.
alter table task add column paused_since timestamp with time zone;
alter table task add column waited_in varchar(20);
alter table task add column paused_seconds bigint default 0 not null;
