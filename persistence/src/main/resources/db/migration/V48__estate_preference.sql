-- Issue 20, the back office: the estate a user last chose on any page with an estate selector, preselected on the
-- next page and after the next login. Advisory only: an estate he no longer sees is ignored, so neither column
-- holds up clearing a company or deleting a user (no foreign keys).
create table user_estate_choice (
    user_id bigint not null primary key,
    estate_id bigint not null,
    chosen_at timestamp with time zone not null
);
