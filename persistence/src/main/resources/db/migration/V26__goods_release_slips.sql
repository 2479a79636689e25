-- Goods release slips (物品放行条, R3.6) as passes of kind GOODS_RELEASE, numbered FT{year}-{id}: the goods the holder
-- takes out and the owner who confirmed them by phone; valid for one day, collected at the gate (RETURNED).
alter table pass add column goods varchar(1000);
alter table pass add column confirmed_by_owner varchar(100);
