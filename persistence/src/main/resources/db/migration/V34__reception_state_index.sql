-- The workbench's receptions to split (R6.1) and the reception list by state over the caller's estates: with the
-- state leading, the few records still to split are read from the index instead of every reception (PostgreSQL,
-- 587,000 receptions: a parallel scan of the table, 47-73 ms, twice per workbench).
create index ix_reception_state_id on reception (state, id);
