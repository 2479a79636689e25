-- Runs of the Jakarta Batch jobs as the application knows them: what was asked, by whom, for which company and
-- estate (the data scope of the run), how many items it has to do, and its latest job execution. Liberty's own job
-- repository (tables JBATCH_*, created by the server in the same database) holds the execution state, the
-- checkpoints and the step metrics, so a run can be followed and restarted from any server.
create sequence job_run_seq start with 1 increment by 50;
create table job_run (
    id bigint primary key,
    job_name varchar(60) not null,
    company_id bigint not null references org_unit (id),
    estate_id bigint references estate (id),
    execution_id bigint not null,
    items_total bigint not null,
    description varchar(500),
    submitted_by varchar(40) not null,
    submitted_at timestamp with time zone not null,
    version integer not null
);
create index ix_job_run_job on job_run (job_name, submitted_at);
create index ix_job_run_company on job_run (company_id);
