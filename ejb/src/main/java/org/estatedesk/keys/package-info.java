/**
 * Key register use cases: {@link KeyService} registers keys, lends them (a borrower who is not the owner goes
 * through the approval inbox as form type {@code KEY_LOAN}, decided by {@link KeyLoanApprovalForm}), hands
 * approved loans out against the borrower's signature, takes keys back, tracks keys kept for rectification until
 * the owner collects them, and reports overdue loans and categories without an emergency spare set.
 *
 * <table>
 * <caption>DOMAIN.md rules held here (docs/DOMAIN.md)</caption>
 * <tr><th>Rule</th><th>What</th><th>Where</th></tr>
 * <tr><td>R5.1</td><td>key register, loans with approval, return, overdue, spare sets</td><td>{@link KeyService#register}, {@link KeyService#lend}, {@link KeyService#handOut}, {@link KeyService#returnKey}, {@link KeyService#missingSpares}, {@link KeyLoanApprovalForm}</td></tr>
 * <tr><td>R0.4</td><td>the owner or an occupant borrows without approval</td><td>{@link KeyService#lend}</td></tr>
 * </table>
 */
package org.estatedesk.keys;
