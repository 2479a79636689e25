-- Late fees (R4.5): the day up to which a bill's late fees have been charged, so that a late-fee run charges each
-- day once however often it runs.
alter table bill add column late_fee_through date;

-- The billing job walks an estate's units by id (keyset); without this index H2 sorts the estate's remaining units
-- for every page.
create index ix_unit_estate_id on unit (estate_id, id);
