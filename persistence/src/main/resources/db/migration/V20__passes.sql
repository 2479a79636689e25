-- Passes (R3.6): worker access passes (出入证: card fee and refundable deposit from the company's parameters, valid
-- at most pass.maxMonths months, the deposit refunded at the cashier's desk once the pass is returned), temporary
-- passes (pass.temporaryDays days) and hot-work permits (动火证, with the welding certificate's number). Numbered
-- per company; ISSUED until RETURNED (or CANCELLED when issued by mistake); overdue once past valid_to unreturned.
create sequence pass_seq start with 1 increment by 50;
create table pass (
    id bigint primary key,
    company_id bigint not null,
    estate_id bigint not null,
    unit_id bigint not null,
    unit_code varchar(40) not null,
    kind varchar(20) not null,
    pass_number varchar(30) not null,
    holder_name varchar(100) not null,
    id_number varchar(40) not null,
    employer varchar(200),
    certificate_no varchar(60),
    valid_from date not null,
    valid_to date not null,
    state varchar(20) not null,
    issued_by varchar(40) not null,
    issued_at timestamp with time zone not null,
    returned_by varchar(40),
    returned_at timestamp with time zone,
    version integer not null,
    constraint uk_pass_number unique (company_id, pass_number)
);
create index ix_pass_estate on pass (estate_id, state, valid_to);
create index ix_pass_unit on pass (unit_id, state);
alter table pass add constraint fk_pass_company foreign key (company_id) references org_unit (id);
alter table pass add constraint fk_pass_estate foreign key (estate_id) references estate (id);
alter table pass add constraint fk_pass_unit foreign key (unit_id) references unit (id);
