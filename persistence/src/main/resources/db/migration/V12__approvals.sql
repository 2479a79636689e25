-- Approvals (R3.9), generic over form types: one chain per round of a form, its steps in order, each decided once by
-- a holder of its approver role within the chain's company and estate. The decision is claimed by a conditional
-- update on (state, version) of the step's row. The inbox reads (state, approver_role, waiting_since).
create sequence approval_chain_seq start with 1 increment by 50;
create table approval_chain (
    id bigint primary key,
    form_type varchar(40) not null,
    form_id bigint not null,
    round_no integer not null,
    company_id bigint not null,
    estate_id bigint,
    state varchar(20) not null,
    started_by varchar(40) not null,
    started_at timestamp with time zone not null,
    due_at timestamp with time zone,
    finished_at timestamp with time zone,
    version integer not null,
    constraint uk_approval_chain_round unique (form_type, form_id, round_no)
);
create index ix_approval_chain_company on approval_chain (company_id);
create index ix_approval_chain_estate on approval_chain (estate_id);
alter table approval_chain add constraint fk_approval_chain_company foreign key (company_id) references org_unit (id);
alter table approval_chain add constraint fk_approval_chain_estate foreign key (estate_id) references estate (id);

create sequence approval_step_seq start with 1 increment by 50;
create table approval_step (
    id bigint primary key,
    chain_id bigint not null,
    step_no integer not null,
    code varchar(40) not null,
    approver_role varchar(40) not null,
    company_id bigint not null,
    estate_id bigint,
    state varchar(20) not null,
    waiting_since timestamp with time zone,
    decided_by varchar(40),
    decided_at timestamp with time zone,
    decision_comment varchar(1000),
    version integer not null,
    constraint uk_approval_step_no unique (chain_id, step_no)
);
create index ix_approval_step_inbox on approval_step (state, approver_role, waiting_since, id);
create index ix_approval_step_company on approval_step (company_id);
create index ix_approval_step_estate on approval_step (estate_id);
alter table approval_step add constraint fk_approval_step_chain foreign key (chain_id) references approval_chain (id);
alter table approval_step add constraint fk_approval_step_company foreign key (company_id) references org_unit (id);
alter table approval_step add constraint fk_approval_step_estate foreign key (estate_id) references estate (id);
