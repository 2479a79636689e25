package org.estatedesk.billing;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.estatedesk.shared.FacesMessages;

/** The cashier's dialog that asks the unit open at the desk for a refundable deposit by hand. */
@Named
@ViewScoped
public class AskDepositBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    ChargeService charges;

    @Inject
    CashierBacking desk;

    private Deposit.Kind depositKind = Deposit.Kind.OTHER;
    private BigDecimal depositAmount;
    private String depositDescription;

    public void prepare() {
        depositKind = Deposit.Kind.OTHER;
        depositAmount = null;
        depositDescription = null;
    }

    public void ask() {
        Deposit d = charges.depositByHand(desk.getUnit().getId(), depositKind, depositDescription, depositAmount);
        FacesMessages.info("deposit.asked", d.getAmount().toPlainString(), d.getDescription());
        desk.reload();
    }

    public List<Deposit.Kind> getDepositKinds() {
        return List.of(Deposit.Kind.values());
    }

    public Deposit.Kind getDepositKind() {
        return depositKind;
    }

    public void setDepositKind(Deposit.Kind depositKind) {
        this.depositKind = depositKind;
    }

    public BigDecimal getDepositAmount() {
        return depositAmount;
    }

    public void setDepositAmount(BigDecimal depositAmount) {
        this.depositAmount = depositAmount;
    }

    public String getDepositDescription() {
        return depositDescription;
    }

    public void setDepositDescription(String depositDescription) {
        this.depositDescription = depositDescription;
    }
}
