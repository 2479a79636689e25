-- Issue 20: a repair completes only with the arrival, the work done and the owner's confirmation; when the owner
-- cannot sign the work order off, the technician records why.
alter table task add column wo_not_signed_reason varchar(500);

-- the work order's pictures: the place before and after the repair (the technician's phone camera) and the owner's
-- signature drawn on the screen
create table task_photo (
    id bigint primary key,
    task_id bigint not null,
    kind varchar(20) not null,
    file_name varchar(200) not null,
    content_type varchar(100) not null,
    size_bytes integer not null,
    content bytea not null,
    uploaded_by varchar(40) not null,
    uploaded_at timestamp with time zone not null
);
create index ix_task_photo_task on task_photo (task_id, id);
alter table task_photo add constraint fk_task_photo_task foreign key (task_id) references task (id);
create sequence task_photo_seq start with 1 increment by 50;
