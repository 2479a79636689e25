package org.estatedesk.billing;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.estatedesk.shared.FacesMessages;

/** The cashier's dialog for a one-off charge by hand (R4.1): one item and its amount, for the unit open at the desk. */
@Named
@ViewScoped
public class ChargeByHandBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    ChargeService charges;

    @Inject
    CashierBacking desk;

    private List<FeeItem> oneOffItems;
    private String chargeItem;
    private BigDecimal chargeAmount;
    private String chargeDescription;

    public void prepare() {
        chargeItem = null;
        chargeAmount = null;
        chargeDescription = null;
    }

    public void charge() {
        Bill b = charges.chargeByHand(desk.getUnit().getId(), chargeDescription, List.of(new ChargeService.ChargeLine(
                chargeItem, chargeAmount)));
        FacesMessages.info("charge.created", b.getTotal().toPlainString(), b.getDescription());
        desk.reload();
    }

    public List<FeeItem> getOneOffItems() {
        if (oneOffItems == null) {
            oneOffItems = desk.getUnit() == null ? List.of()
                    : charges.oneOffItems(desk.companyOf(desk.getUnit().getEstateId()));
        }
        return oneOffItems;
    }

    public String getChargeItem() {
        return chargeItem;
    }

    public void setChargeItem(String chargeItem) {
        this.chargeItem = chargeItem;
    }

    public BigDecimal getChargeAmount() {
        return chargeAmount;
    }

    public void setChargeAmount(BigDecimal chargeAmount) {
        this.chargeAmount = chargeAmount;
    }

    public String getChargeDescription() {
        return chargeDescription;
    }

    public void setChargeDescription(String chargeDescription) {
        this.chargeDescription = chargeDescription;
    }
}
