-- Dunning (R4.6): the steps follow the procedure's order (reminder → dunning notice → call → visit → written
-- stop-service notice); a manager may record a step out of order, and the steps it skipped are kept with it.
alter table dunning_step add column override_skipped varchar(100);
