-- Hot-water sealing (热水封堵, R3.8): agreement (RS{year}-{id}) → final meter reading (recorded as the unit's
-- hot-water reading of its period, its consumption charged at once as a one-off charge; meter_reading.settled_by
-- keeps the monthly run from billing it again) → settlement of every hot-water fee → a CS manager's approval (form
-- type HOT_WATER_SEAL, V12) → engineering's task and seal → the agreement filed in the unit's archive (V16).
-- active_unit holds the unit while the sealing is open: at most one open sealing per unit.
alter table meter_reading add column settled_by varchar(80);

create sequence hot_water_sealing_seq start with 1 increment by 50;
create table hot_water_sealing (
    id bigint primary key,
    company_id bigint not null,
    estate_id bigint not null,
    unit_id bigint not null,
    unit_code varchar(40) not null,
    active_unit bigint,
    agreement_number varchar(30),
    applicant varchar(100) not null,
    applicant_phone varchar(40),
    reason varchar(500),
    state varchar(20) not null,
    agreed_by varchar(40) not null,
    agreed_at timestamp with time zone not null,
    final_reading numeric(14, 2),
    reading_period varchar(7),
    consumption numeric(14, 2),
    final_amount numeric(12, 2),
    charge_bill_id bigint,
    read_by varchar(40),
    read_at timestamp with time zone,
    settled_at timestamp with time zone,
    decided_by varchar(40),
    decided_at timestamp with time zone,
    decision_comment varchar(1000),
    task_number varchar(30),
    seal_number varchar(40),
    seal_remarks varchar(500),
    sealed_by varchar(40),
    sealed_at timestamp with time zone,
    archive_item_id bigint,
    archived_by varchar(40),
    archived_at timestamp with time zone,
    version integer not null,
    constraint uk_hot_water_sealing_active unique (active_unit),
    constraint uk_hot_water_sealing_number unique (company_id, agreement_number)
);
create index ix_hot_water_sealing_estate on hot_water_sealing (estate_id, state, id);
create index ix_hot_water_sealing_unit on hot_water_sealing (unit_id);
alter table hot_water_sealing add constraint fk_hot_water_sealing_company foreign key (company_id)
    references org_unit (id);
alter table hot_water_sealing add constraint fk_hot_water_sealing_estate foreign key (estate_id) references estate (id);
alter table hot_water_sealing add constraint fk_hot_water_sealing_unit foreign key (unit_id) references unit (id);
alter table hot_water_sealing add constraint fk_hot_water_sealing_bill foreign key (charge_bill_id) references bill (id);
