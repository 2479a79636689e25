package org.estatedesk.billing;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.estatedesk.estates.Estate;
import org.estatedesk.estates.EstateService;
import org.estatedesk.estates.Unit;
import org.estatedesk.estates.UnitFilter;
import org.estatedesk.shared.BusinessException;
import org.estatedesk.shared.FacesMessages;

/**
 * The cashier's desk (R4.4): find a unit, see what it owes and its bills, take a payment (receipt number shown),
 * reverse a payment with a reason, and the collector's takings of the day. {@code ?unitId=} opens a unit directly.
 */
@Named
@ViewScoped
public class CashierBacking implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String FORM = "form";

    @EJB
    CashierService cashier;

    @EJB
    EstateService estateService;

    private List<Estate> estates = List.of();
    private Long estateId;
    private String code;
    private List<Unit> matches = List.of();
    private Unit unit;
    private BillingRepository.Balance balance;
    private CashierService.Prepaid prepaid;
    private boolean deposit;
    private List<Bill> bills = List.of();
    private List<Payment> payments = List.of();
    private CashierService.Closing closing;

    private BigDecimal amount;
    private PaymentMethod method = PaymentMethod.CASH;
    private String note;
    private String lastReceipt;
    private Long lastPaymentId;
    private Payment toReverse;
    private String reason;

    @PostConstruct
    void init() {
        estates = estateService.visibleEstates();
        if (!estates.isEmpty()) {
            estateId = estates.get(0).getId();
        }
        String param = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("unitId");
        if (param != null && param.matches("\\d{1,18}")) {
            try {
                open(estateService.unit(Long.parseLong(param)));
            } catch (BusinessException e) {
                FacesMessages.error(e);
            }
        }
        refreshClosing();
    }

    public void search() {
        if (estateId == null) {
            FacesMessages.error(new org.estatedesk.shared.RuleViolationException("error.required", "estateId"), FORM);
            return;
        }
        try {
            matches = estateService.units(estateId, new UnitFilter(null, null, null, code, UnitFilter.Sort.CODE,
                    false), 0, 20).items();
            unit = null;
            if (matches.size() == 1) {
                open(matches.get(0));
            } else if (matches.isEmpty()) {
                FacesMessages.error("cashier.noUnit", code == null ? "" : code);
            }
        } catch (BusinessException e) {
            FacesMessages.error(e, FORM);
        }
    }

    public void open(Unit u) {
        unit = u;
        estateId = u.getEstateId();
        code = u.getCode();
        amount = null;
        note = null;
        reload();
    }

    private void reload() {
        balance = cashier.balance(unit.getId());
        prepaid = cashier.prepaid(unit.getId());
        bills = cashier.bills(unit.getId(), null);
        payments = cashier.payments(unit.getId());
    }

    public void pay() {
        try {
            CashierService.Receipt r = deposit ? cashier.deposit(unit.getId(), amount, method, note)
                    : cashier.pay(unit.getId(), amount, method, note);
            lastReceipt = r.payment().getReceiptNumber();
            lastPaymentId = r.payment().getId();
            FacesMessages.info(deposit ? "prepaid.deposited" : "cashier.paid", lastReceipt,
                    r.payment().getAmount().toPlainString());
            amount = null;
            note = null;
            deposit = false;
            reload();
            refreshClosing();
        } catch (BusinessException e) {
            FacesMessages.error(e, FORM);
        }
    }

    /** Pays the unit's open bills from its prepaid balance (预存款抵扣, R4.8). */
    public void deduct() {
        try {
            CashierService.Receipt r = cashier.deduct(unit.getId());
            lastReceipt = r.payment().getReceiptNumber();
            lastPaymentId = r.payment().getId();
            FacesMessages.info("prepaid.deducted", lastReceipt, r.payment().getAmount().toPlainString());
            reload();
        } catch (BusinessException e) {
            FacesMessages.error(e, FORM);
        }
    }

    public CashierService.Prepaid getPrepaid() {
        return prepaid;
    }

    public boolean isDeposit() {
        return deposit;
    }

    public void setDeposit(boolean deposit) {
        this.deposit = deposit;
    }

    public void prepareReversal(Payment p) {
        toReverse = p;
        reason = null;
    }

    public void reverse() {
        try {
            CashierService.Receipt r = cashier.reverse(toReverse.getId(), reason);
            FacesMessages.info("cashier.reversed", toReverse.getReceiptNumber(), r.payment().getReceiptNumber());
            reload();
            refreshClosing();
        } catch (BusinessException e) {
            FacesMessages.error(e, FORM);
        }
    }

    private void refreshClosing() {
        if (FacesContext.getCurrentInstance().getExternalContext().isUserInRole("FINANCE")
                || FacesContext.getCurrentInstance().getExternalContext().isUserInRole("CS_MANAGER")
                || FacesContext.getCurrentInstance().getExternalContext().isUserInRole("ADMIN")) {
            try {
                closing = cashier.closing(null, null, estateId == null ? null : companyOf(estateId));
            } catch (BusinessException e) {
                closing = null;
            }
        }
    }

    private Long companyOf(long estate) {
        return estates.stream().filter(e -> e.getId() == estate).map(Estate::getCompanyId).findFirst().orElse(null);
    }

    public boolean isReversible(Payment p) {
        return !p.isReversed() && p.getReversalOf() == null;
    }

    public List<PaymentMethod> getMethods() {
        return java.util.Arrays.stream(PaymentMethod.values()).filter(PaymentMethod::takings).toList();
    }

    public List<Estate> getEstates() {
        return estates;
    }

    public Long getEstateId() {
        return estateId;
    }

    public void setEstateId(Long estateId) {
        this.estateId = estateId;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public List<Unit> getMatches() {
        return matches;
    }

    public Unit getUnit() {
        return unit;
    }

    public BillingRepository.Balance getBalance() {
        return balance;
    }

    public List<Bill> getBills() {
        return bills;
    }

    public List<Payment> getPayments() {
        return payments;
    }

    public CashierService.Closing getClosing() {
        return closing;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public PaymentMethod getMethod() {
        return method;
    }

    public void setMethod(PaymentMethod method) {
        this.method = method;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getLastReceipt() {
        return lastReceipt;
    }

    /** The payment just taken, whose receipt the page offers to print. */
    public Long getLastPaymentId() {
        return lastPaymentId;
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
