-- Keys (R5.1) and archives (R5.2). Every row carries its company and estate so that data scope is a WHERE clause.
-- The archive audit (R5.3) reads these tables with indexed queries:
--   required documents per unit state: archive_requirement (company_id, unit_state) joined to archive_item
--     (unit_id, doc_type) where removed = false;
--   expired documents: archive_item (estate_id, expires_on) where removed = false and expires_on < today;
--   overdue borrowed files: archive_borrow (state, due_at) where state = 'OUT' and due_at < now;
--   overdue key loans: key_loan (state, due_at) where state = 'OUT' and due_at < now.

-- The key register: one row per key (or bundle of identical keys, quantity) with its tag, category and target
-- (a unit, a floor of a building, an equipment room). spare marks the estate's emergency spare set of a category.
create sequence estate_key_seq start with 1 increment by 50;
create table estate_key (
    id bigint primary key,
    company_id bigint not null,
    estate_id bigint not null,
    category varchar(30) not null,
    tag varchar(60) not null,
    unit_id bigint,
    unit_code varchar(60),
    building_code varchar(20),
    floor_no integer,
    equipment varchar(100),
    location varchar(200),
    quantity integer not null,
    spare boolean not null,
    state varchar(20) not null,
    rectification boolean not null,
    current_loan_id bigint,
    collected_by varchar(100),
    collected_at timestamp with time zone,
    created_by varchar(40) not null,
    created_at timestamp with time zone not null,
    version integer not null,
    constraint uk_estate_key_tag unique (estate_id, tag)
);
create index ix_estate_key_company on estate_key (company_id, id);
create index ix_estate_key_estate_category on estate_key (estate_id, category, spare);
create index ix_estate_key_state on estate_key (state, estate_id);
create index ix_estate_key_unit on estate_key (unit_id);
alter table estate_key add constraint fk_estate_key_company foreign key (company_id) references org_unit (id);
alter table estate_key add constraint fk_estate_key_estate foreign key (estate_id) references estate (id);
alter table estate_key add constraint fk_estate_key_unit foreign key (unit_id) references unit (id);

-- Loans of a key: requested (a non-owner waits for the manager's approval, form type KEY_LOAN), handed out with
-- the borrower's signature, returned.
create sequence key_loan_seq start with 1 increment by 50;
create table key_loan (
    id bigint primary key,
    key_id bigint not null,
    company_id bigint not null,
    estate_id bigint not null,
    borrower varchar(100) not null,
    borrower_kind varchar(20) not null,
    purpose varchar(500) not null,
    due_at timestamp with time zone not null,
    state varchar(20) not null,
    requested_by varchar(40) not null,
    requested_at timestamp with time zone not null,
    decided_by varchar(40),
    decided_at timestamp with time zone,
    decision_comment varchar(1000),
    handed_out_by varchar(40),
    handed_out_at timestamp with time zone,
    signed_name varchar(100),
    signature_confirmed boolean not null,
    returned_to varchar(40),
    returned_at timestamp with time zone,
    return_comment varchar(500),
    version integer not null
);
create index ix_key_loan_key on key_loan (key_id, id);
create index ix_key_loan_due on key_loan (state, due_at);
create index ix_key_loan_estate on key_loan (estate_id, state);
alter table key_loan add constraint fk_key_loan_key foreign key (key_id) references estate_key (id);
alter table key_loan add constraint fk_key_loan_company foreign key (company_id) references org_unit (id);
alter table key_loan add constraint fk_key_loan_estate foreign key (estate_id) references estate (id);

-- Archive files: an owner's file or a unit's file (per unit), or a construction file (per estate, a building).
create sequence archive_file_seq start with 1 increment by 50;
create table archive_file (
    id bigint primary key,
    company_id bigint not null,
    estate_id bigint not null,
    kind varchar(20) not null,
    unit_id bigint,
    unit_code varchar(60),
    owner_id bigint,
    file_no varchar(40) not null,
    title varchar(200) not null,
    location varchar(200),
    created_by varchar(40) not null,
    created_at timestamp with time zone not null,
    version integer not null,
    constraint uk_archive_file_no unique (estate_id, file_no)
);
create index ix_archive_file_company on archive_file (company_id, id);
create index ix_archive_file_unit on archive_file (unit_id);
alter table archive_file add constraint fk_archive_file_company foreign key (company_id) references org_unit (id);
alter table archive_file add constraint fk_archive_file_estate foreign key (estate_id) references estate (id);
alter table archive_file add constraint fk_archive_file_unit foreign key (unit_id) references unit (id);
alter table archive_file add constraint fk_archive_file_owner foreign key (owner_id) references owner (id);

-- The documents in a file: type, title, where the paper is kept, an optional expiry. A removed item stays as history.
create sequence archive_item_seq start with 1 increment by 50;
create table archive_item (
    id bigint primary key,
    file_id bigint not null,
    company_id bigint not null,
    estate_id bigint not null,
    unit_id bigint,
    doc_type varchar(40) not null,
    title varchar(200) not null,
    location varchar(200),
    expires_on date,
    removed boolean not null,
    created_by varchar(40) not null,
    created_at timestamp with time zone not null,
    version integer not null
);
create index ix_archive_item_file on archive_item (file_id, id);
create index ix_archive_item_unit_type on archive_item (unit_id, doc_type, removed);
create index ix_archive_item_expiry on archive_item (estate_id, expires_on);
alter table archive_item add constraint fk_archive_item_file foreign key (file_id) references archive_file (id);

-- Scanned copies of an item, at most 5 MB each, kept in the database (as decoration documents, V13).
create sequence archive_attachment_seq start with 1 increment by 50;
create table archive_attachment (
    id bigint primary key,
    item_id bigint not null,
    file_id bigint not null,
    file_name varchar(200) not null,
    content_type varchar(100) not null,
    size_bytes integer not null,
    content bytea not null,
    uploaded_by varchar(40) not null,
    uploaded_at timestamp with time zone not null
);
create index ix_archive_attachment_item on archive_attachment (item_id, id);
create index ix_archive_attachment_file on archive_attachment (file_id, id);
alter table archive_attachment add constraint fk_archive_attachment_item foreign key (item_id) references archive_item (id);

-- Borrowing or reading a file: after the estate manager's approval (form type ARCHIVE_BORROW) or at once for an HQ
-- inspection; OUT until returned, due back at due_at.
create sequence archive_borrow_seq start with 1 increment by 50;
create table archive_borrow (
    id bigint primary key,
    file_id bigint not null,
    company_id bigint not null,
    estate_id bigint not null,
    kind varchar(20) not null,
    borrower varchar(40) not null,
    purpose varchar(500) not null,
    hq_inspection boolean not null,
    due_at timestamp with time zone not null,
    state varchar(20) not null,
    requested_at timestamp with time zone not null,
    decided_by varchar(40),
    decided_at timestamp with time zone,
    decision_comment varchar(1000),
    returned_to varchar(40),
    returned_at timestamp with time zone,
    version integer not null
);
create index ix_archive_borrow_file on archive_borrow (file_id, id);
create index ix_archive_borrow_due on archive_borrow (state, due_at);
create index ix_archive_borrow_borrower on archive_borrow (borrower, state);
alter table archive_borrow add constraint fk_archive_borrow_file foreign key (file_id) references archive_file (id);

-- Every change and every access of a file (R5.2): who, when, what, on which item.
create sequence archive_event_seq start with 1 increment by 50;
create table archive_event (
    id bigint primary key,
    file_id bigint not null,
    item_id bigint,
    company_id bigint not null,
    at timestamp with time zone not null,
    actor varchar(40) not null,
    action varchar(20) not null,
    detail varchar(1000)
);
create index ix_archive_event_file on archive_event (file_id, at);
create index ix_archive_event_company on archive_event (company_id, at);
alter table archive_event add constraint fk_archive_event_file foreign key (file_id) references archive_file (id);

-- The documents every unit's file must hold in a unit state (handed over, decorating, let …), per company.
create sequence archive_requirement_seq start with 1 increment by 50;
create table archive_requirement (
    id bigint primary key,
    company_id bigint not null,
    unit_state varchar(20) not null,
    doc_type varchar(40) not null,
    constraint uk_archive_requirement unique (company_id, unit_state, doc_type)
);
alter table archive_requirement add constraint fk_archive_requirement_company foreign key (company_id)
    references org_unit (id);
