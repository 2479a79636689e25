package org.estatedesk.decoration;

/**
 * HOOK for billing (R3.1, R4.1): charges a permit's decoration management fee and refundable deposit to the unit,
 * in the permit's transaction. Billing knows monthly bills only (one per unit and period, unique), so there is no
 * one-off charge to post these to yet; until there is, {@link UnbilledDecorationCharges} records the amounts on the
 * permit and in the operation log only. Billing plugs in by an {@code @Alternative @Priority} bean implementing this
 * interface (e.g. a one-off bill of the unit with the two lines, the deposit marked refundable for R3.5).
 */
public interface DecorationCharges {
    void charge(DecorationApplication permit);
}
