-- Customer consultants (客服顾问制, R1.9): each owner has the CS staff member responsible for him.
alter table owner add column consultant varchar(40);
create index ix_owner_consultant on owner (consultant);
alter table owner_aud add column consultant varchar(40);
