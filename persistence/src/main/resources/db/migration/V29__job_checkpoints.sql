-- The position of each chunk reader of a job run (step, and partition where there are several), written by the
-- reader in the chunk's own transaction on the application's database, so that the position always matches the
-- rows the chunk wrote; a restart continues from here. The server's job repository keeps its own copy, which on
-- the embedded database lives in another file and is not part of the chunk's transaction.
create table job_checkpoint (
    run_id bigint not null references job_run (id),
    reader varchar(100) not null,
    position varchar(400) not null,
    primary key (run_id, reader)
);
