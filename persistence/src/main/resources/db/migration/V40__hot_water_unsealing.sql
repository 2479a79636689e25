-- Hot-water sealing (R3.8): a sealed meter (a sealing SEALED or ARCHIVED) takes no reading until engineering opens it
-- again (启封): the sealing becomes UNSEALED, who opened it, when and remarks recorded.
alter table hot_water_sealing add column unsealed_by varchar(40);
alter table hot_water_sealing add column unsealed_at timestamp with time zone;
alter table hot_water_sealing add column unseal_remarks varchar(500);
