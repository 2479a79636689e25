package org.estatedesk.billing;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.estatedesk.shared.FacesMessages;

/** The cashier's dialog that reverses a payment with a reason (R4.4). */
@Named
@ViewScoped
public class ReversePaymentBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    CashierService cashier;

    @Inject
    CashierBacking desk;

    private Payment toReverse;
    private String reason;

    public void prepare(Payment p) {
        toReverse = p;
        reason = null;
    }

    public void reverse() {
        CashierService.Receipt r = cashier.reverse(toReverse.getId(), reason);
        FacesMessages.info("cashier.reversed", toReverse.getReceiptNumber(), r.payment().getReceiptNumber());
        desk.reload();
        desk.refreshClosing();
    }

    public Payment getToReverse() {
        return toReverse;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
