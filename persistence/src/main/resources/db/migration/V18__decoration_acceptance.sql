-- Decoration completion acceptance and the deposit's settlement (R3.5): who accepted and when, and the damage to
-- common parts found, charged to the owner (a one-off charge of V15) and kept from the deposit with any fines.
alter table decoration_application add column accepted_by varchar(40);
alter table decoration_application add column accepted_at timestamp with time zone;
alter table decoration_application add column damages numeric(12, 2);
