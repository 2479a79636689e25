/**
 * Keys (C5): the key register of an estate (categories: owner keys, public doors and windows by floor, equipment
 * rooms, water-meter boxes), a tag per key, one emergency spare set per category, and the loans of a key: a
 * purpose and a due time, the manager's approval for a borrower who is not the owner (form type {@code KEY_LOAN}),
 * hand-out against the borrower's signature, return, overdue loans. Keys kept for rectification after handover
 * stay tracked until the owner collects them. {@link KeyState} and {@link LoanState} hold the allowed transitions.
 * A loan is a {@link org.estatedesk.shared.DecidedEstateForm}: its estate and the manager's decision are the form
 * kernel's.
 *
 * <table>
 * <caption>DOMAIN.md rules held here (docs/DOMAIN.md)</caption>
 * <tr><th>Rule</th><th>What</th><th>Where</th></tr>
 * <tr><td>R5.1</td><td>key register, spare sets, loans with approval, signature, return, overdue</td><td>{@link EstateKey#lend}, {@link EstateKey#returned}, {@link KeyLoan#isOverdue}, {@link KeyState}, {@link LoanState}, {@link KeyRepository}</td></tr>
 * <tr><td>R0.4</td><td>"owner" checked against the unit's current owners and occupants</td><td>{@link EstateKey#isResident}</td></tr>
 * <tr><td>R3.7</td><td>keys still lent out refuse a move-out</td><td>{@link KeyRepository#lentOut}</td></tr>
 * </table>
 */
package org.estatedesk.keys;
