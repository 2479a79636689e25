-- Relocation / move-out (业户迁出, R3.7): an application passes the automatic checks (fees paid, no open decoration,
-- keys and passes returned) or is refused with every reason and not stored; then a CS manager's approval (an
-- approval chain of form type RELOCATION, V12), the goods release slip (放行条: numbered per company, the owner's
-- confirmation by phone recorded), and the move itself, which updates the unit's state. active_unit holds the unit
-- while the relocation is open: at most one open relocation per unit (H2 has no partial indexes).
create sequence relocation_seq start with 1 increment by 50;
create table relocation (
    id bigint primary key,
    company_id bigint not null,
    estate_id bigint not null,
    unit_id bigint not null,
    unit_code varchar(40) not null,
    active_unit bigint,
    move_date date not null,
    reason varchar(500) not null,
    state varchar(20) not null,
    requested_by varchar(40) not null,
    requested_at timestamp with time zone not null,
    decided_by varchar(40),
    decided_at timestamp with time zone,
    decision_comment varchar(1000),
    slip_number varchar(30),
    goods varchar(1000),
    confirmed_by_owner varchar(100),
    slip_issued_by varchar(40),
    slip_issued_at timestamp with time zone,
    completed_by varchar(40),
    completed_at timestamp with time zone,
    unit_state_after varchar(20),
    version integer not null,
    constraint uk_relocation_active unique (active_unit),
    constraint uk_relocation_slip unique (company_id, slip_number)
);
create index ix_relocation_estate on relocation (estate_id, state, id);
create index ix_relocation_unit on relocation (unit_id);
alter table relocation add constraint fk_relocation_company foreign key (company_id) references org_unit (id);
alter table relocation add constraint fk_relocation_estate foreign key (estate_id) references estate (id);
alter table relocation add constraint fk_relocation_unit foreign key (unit_id) references unit (id);
