-- Notifications (C1: dispatch, emergency, escalation, SLA breach; later dunning and reminders, R7.3) as an outbox:
-- a row is written in the same transaction as the change it reports, and delivered by e-mail after the commit; a
-- failed delivery is retried. Any server of a cluster may deliver any row.
create sequence notification_seq start with 1 increment by 50;
create table notification (
    id bigint primary key,
    company_id bigint,
    kind varchar(30) not null,
    target_type varchar(40) not null,
    target_id bigint not null,
    recipient_user varchar(40),
    recipient varchar(200) not null,
    subject varchar(300) not null,
    body varchar(4000) not null,
    state varchar(20) not null,
    attempts integer not null,
    created_at timestamp with time zone not null,
    sent_at timestamp with time zone,
    last_error varchar(500),
    version integer not null
);
create index ix_notification_state on notification (state, created_at);
create index ix_notification_target on notification (target_type, target_id);
create index ix_notification_company on notification (company_id, id);

-- an SLA breach (R1.5) is reported once: the first server to claim the task sets the time
alter table task add column breach_notified_at timestamp with time zone;
