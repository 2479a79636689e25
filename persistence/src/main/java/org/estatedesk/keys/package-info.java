/**
 * Keys (C5, R5.1): the key register of an estate — categories (owner keys, public doors and windows by floor,
 * equipment rooms, water-meter boxes), a tag per key, one emergency spare set per category — and the loans of a key:
 * a purpose and a due time, the manager's approval for a borrower who is not the owner — "owner" checked against
 * the unit's current owners and occupants (R0.4) — (form type {@code KEY_LOAN}),
 * hand-out against the borrower's signature, return, overdue loans. Keys kept for rectification after handover stay
 * tracked until the owner collects them. {@link org.estatedesk.keys.KeyState} and
 * {@link org.estatedesk.keys.LoanState} hold the allowed transitions.
 */
package org.estatedesk.keys;
