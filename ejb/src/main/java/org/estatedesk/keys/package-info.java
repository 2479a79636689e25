/**
 * Key register use cases (R5.1): {@link org.estatedesk.keys.KeyService} registers keys, lends them (a borrower who is
 * not the owner goes through the approval inbox as form type {@code KEY_LOAN}, decided by
 * {@link org.estatedesk.keys.KeyLoanApprovalForm}), hands approved loans out against the borrower's signature, takes
 * keys back, tracks keys kept for rectification until the owner collects them, and reports overdue loans and
 * categories without an emergency spare set.
 */
package org.estatedesk.keys;
