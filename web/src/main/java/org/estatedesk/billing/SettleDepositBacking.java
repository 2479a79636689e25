package org.estatedesk.billing;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.estatedesk.shared.FacesMessages;

/**
 * The cashier's dialog that settles a held deposit: the unit's open bills chosen for deduction, the rest paid back
 * by the method chosen.
 */
@Named
@ViewScoped
public class SettleDepositBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    DepositService depositService;

    @Inject
    CashierBacking desk;

    private Deposit toSettle;
    private List<Long> deductBillIds = new ArrayList<>();
    private PaymentMethod depositMethod = PaymentMethod.CASH;

    /** Opens the settlement of a held deposit with the unit's open one-off charges chosen for deduction. */
    public void prepare(Deposit d) {
        toSettle = d;
        deductBillIds = new ArrayList<>(desk.getBills().stream().filter(b -> b.isCharge() && desk.isOpen(b))
                .map(Bill::getId).toList());
        depositMethod = PaymentMethod.CASH;
    }

    public void settle() {
        DepositService.Settlement s = depositService.settleDeposit(toSettle.getId(), deductBillIds, depositMethod, null,
                toSettle.getVersion());
        if (s.refund() != null) {
            desk.receipt(s.refund().payment());
        } else if (s.deduction() != null) {
            desk.receipt(s.deduction().payment());
        }
        FacesMessages.info("deposit.settled", s.deposit().getDeducted().toPlainString(),
                s.deposit().getRefunded().toPlainString());
        desk.reload();
        desk.refreshClosing();
    }

    /** The unit's open bills a deposit may pay (fines, damages … or any other). */
    public List<Bill> getOpenBills() {
        return desk.getBills().stream().filter(desk::isOpen).toList();
    }

    public Deposit getToSettle() {
        return toSettle;
    }

    public List<Long> getDeductBillIds() {
        return deductBillIds;
    }

    public void setDeductBillIds(List<Long> deductBillIds) {
        this.deductBillIds = deductBillIds;
    }

    public PaymentMethod getDepositMethod() {
        return depositMethod;
    }

    public void setDepositMethod(PaymentMethod depositMethod) {
        this.depositMethod = depositMethod;
    }
}
