-- A company's calendar (R3.1's working days): public holidays (working = false) and weekend days worked in exchange
-- (调休上班, working = true); every other day is Monday to Friday.
create sequence holiday_seq start with 1 increment by 50;
create table holiday (
    id bigint primary key,
    company_id bigint not null,
    on_day date not null,
    working boolean not null,
    name varchar(100) not null,
    constraint uk_holiday_day unique (company_id, on_day)
);
alter table holiday add constraint fk_holiday_company foreign key (company_id) references org_unit (id);
