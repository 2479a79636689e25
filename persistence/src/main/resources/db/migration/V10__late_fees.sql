-- Late fees (R4.5): the day up to which a bill's late fees have been charged, so that a late-fee run charges each
-- day once however often it runs.
alter table bill add column late_fee_through date;
