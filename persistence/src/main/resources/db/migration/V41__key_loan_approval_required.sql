-- Key loans (R5.1): a borrower ticked as the owner who is not one of the unit's current owners or occupants needs the
-- manager's approval like anyone else; the loan records whether it needed one. Earlier loans: every non-owner's.
alter table key_loan add column approval_required boolean;
update key_loan set approval_required = (borrower_kind <> 'OWNER');
alter table key_loan alter column approval_required set not null;
