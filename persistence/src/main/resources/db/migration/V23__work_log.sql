-- Work log (工作日志, R6.4): one entry per staff user and day (work done, pending items, hours), editable by its
-- author until a supervisor has reviewed that ISO week of the user's log; the weekly review (one per user and week)
-- records the reviewer, his comment and when. iso_week ("2026-W48") is stored with each entry so that the weeks
-- waiting for review are one grouped query.
create sequence work_log_seq start with 1 increment by 50;
create table work_log (
    id bigint primary key,
    company_id bigint not null,
    user_id bigint not null,
    username varchar(60) not null,
    log_date date not null,
    iso_week varchar(8) not null,
    work_done varchar(2000) not null,
    pending varchar(2000),
    hours numeric(4, 1),
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    version integer not null,
    constraint uk_work_log_day unique (user_id, log_date)
);
create index ix_work_log_week on work_log (user_id, iso_week);
create index ix_work_log_company on work_log (company_id, iso_week);
alter table work_log add constraint fk_work_log_company foreign key (company_id) references org_unit (id);
alter table work_log add constraint fk_work_log_user foreign key (user_id) references app_user (id);

create sequence work_log_review_seq start with 1 increment by 50;
create table work_log_review (
    id bigint primary key,
    company_id bigint not null,
    user_id bigint not null,
    username varchar(60) not null,
    iso_week varchar(8) not null,
    reviewer varchar(60) not null,
    review_comment varchar(2000) not null,
    reviewed_at timestamp with time zone not null,
    version integer not null,
    constraint uk_work_log_review unique (user_id, iso_week)
);
alter table work_log_review add constraint fk_work_log_review_company foreign key (company_id) references org_unit (id);
alter table work_log_review add constraint fk_work_log_review_user foreign key (user_id) references app_user (id);
