-- Copies archived with a pass (R3.6): a hot-work permit's welder certificate and identity document, identity copies
-- of any pass; the same columns as every attachment (StoredFile).
create sequence pass_attachment_seq start with 1 increment by 50;
create table pass_attachment (
    id bigint primary key,
    pass_id bigint not null,
    kind varchar(30) not null,
    file_name varchar(200) not null,
    content_type varchar(100) not null,
    size_bytes integer not null,
    content bytea not null,
    uploaded_by varchar(40) not null,
    uploaded_at timestamp with time zone not null
);
create index ix_pass_attachment_pass on pass_attachment (pass_id, id);
alter table pass_attachment add constraint fk_pass_attachment_pass foreign key (pass_id) references pass (id);
