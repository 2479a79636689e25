package org.estatedesk.frontline;

import java.math.BigDecimal;
import java.util.List;
import org.estatedesk.billing.Bill;
import org.estatedesk.billing.Payment;
import org.estatedesk.keys.EstateKey;
import org.estatedesk.owners.Owner;
import org.estatedesk.servicedesk.Reception;
import org.estatedesk.servicedesk.Task;

/**
 * An owner's whole story (issue 20): the owner, the units he holds now in estates the caller sees, the latest calls, tasks,
 * bills and receipts of those units, what they owe, their keys and their forms. {@code mayUnmask}: whether the
 * caller may ask for the whole identity number (the owner's own is shown masked here).
 */
public record OwnerOverview(Owner owner, boolean mayUnmask, List<HeldUnit> units, List<Reception> calls, List<Task> tasks,
        List<Bill> bills, List<Payment> receipts, Balance balance, List<EstateKey> keys, List<FormRow> forms) {

    /** What the units owe: outstanding, of it overdue, and late fees (billing's balance, summed over the units). */
    public record Balance(BigDecimal outstanding, BigDecimal overdue, BigDecimal lateFees) {
    }
}
