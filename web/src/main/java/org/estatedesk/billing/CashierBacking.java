package org.estatedesk.billing;

import jakarta.inject.Inject;
import org.estatedesk.estates.EstateMemory;
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
import org.estatedesk.shared.BusinessException;
import org.estatedesk.shared.FacesMessages;
import org.estatedesk.shared.PageRequest;

/**
 * The cashier's desk (R4.4): find a unit ({@link CashierFinder}: by code, owner's name or phone), see its owner and
 * what it owes (the amount starts from it) and its bills, take a payment (receipt number shown),
 * reverse a payment with a reason, and the collector's takings of the day. {@code ?unitId=} opens a unit directly.
 */
@Named
@ViewScoped
public class CashierBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    EstateMemory estateMemory;

    @EJB
    CashierService cashier;

    @EJB
    CashierSearch cashierSearch;

    @EJB
    PrepaidService prepaidService;

    @EJB
    DepositService depositService;

    @EJB
    EstateService estateService;

    @EJB
    ChargeService charges;

    private List<Estate> estates = List.of();
    private Long estateId;
    private CashierSearch.UnitAccount account;
    private Unit unit;
    private BillRepository.Balance balance;
    private PrepaidService.Prepaid prepaid;
    private boolean deposit;
    private List<Bill> bills = List.of();
    private List<Payment> payments = List.of();
    private CashierService.Closing closing;

    private BigDecimal amount;
    private PaymentMethod method = PaymentMethod.CASH;
    private String note;
    private String lastReceipt;
    private Long lastPaymentId;

    /** The open bill the next payment goes to first ("pay this bill"), or null for oldest first. */
    private Long payBillId;
    private List<Deposit> deposits = List.of();

    @PostConstruct
    void init() {
        estates = estateService.visibleEstates();
        estateId = estateMemory.preselect(estates);
        String param = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("unitId");
        if (param != null && param.matches("\\d{1,18}")) {
            FacesMessages.refusalShown(() -> open(estateService.unit(Long.parseLong(param))));
        }
        refreshClosing();
    }

    /** Opens a unit: its owner, what it owes — the amount starts from that (issue 20) — its bills and payments. */
    public void open(Unit u) {
        unit = u;
        estateId = u.getEstateId();
        note = null;
        payBillId = null;
        reload();
        account = cashierSearch.account(u.getId());
        amount = account.owed().signum() > 0 ? account.owed() : null;
    }

    /** Reads the open unit again (after a dialog changed it). */
    public void reload() {
        balance = cashier.balance(unit.getId());
        prepaid = prepaidService.prepaid(unit.getId());
        bills = cashier.bills(unit.getId(), null);
        payments = cashier.payments(unit.getId());
        deposits = charges.deposits(unit.getId(), null, null, new PageRequest(0, 100)).items();
    }

    /** Fills the payment form with what an open bill still owes; the payment goes to that bill first. */
    public void payBill(Bill b) {
        payBillId = b.getId();
        amount = b.outstanding().add(b.lateFeeOutstanding());
        deposit = false;
    }

    public void clearPayBill() {
        payBillId = null;
    }

    /** The period (and, for a one-off charge, the description) of the bill the next payment goes to first. */
    public String getPayBillLabel() {
        return bills.stream().filter(b -> b.getId().equals(payBillId)).findFirst()
                .map(b -> b.getPeriod() + (b.getDescription() == null ? "" : " " + b.getDescription())).orElse(null);
    }

    public boolean isOpen(Bill b) {
        return b.getState() != BillState.PAID;
    }

    /** Shows the receipt of a payment just made (its number, and a link to print it). */
    public void receipt(Payment p) {
        lastReceipt = p.getReceiptNumber();
        lastPaymentId = p.getId();
    }

    /** Takes a deposit due, by the method chosen in the payment form. */
    public void takeDeposit(Deposit d) {
        CashierService.Receipt r = depositService.takeDeposit(d.getId(), method, null);
        receipt(r.payment());
        FacesMessages.info("deposit.taken", lastReceipt, r.payment().getAmount().toPlainString());
        reload();
        refreshClosing();
    }

    public void cancelDeposit(Deposit d) {
        charges.cancelDeposit(d.getId(), d.getVersion());
        FacesMessages.info("deposit.cancelled", d.getDescription());
        reload();
    }

    public void pay() {
        CashierService.Receipt r = deposit ? prepaidService.deposit(unit.getId(), amount, method, note)
                : cashier.pay(unit.getId(), payBillId, amount, method, note);
        receipt(r.payment());
        FacesMessages.info(deposit ? "prepaid.deposited" : "cashier.paid", lastReceipt,
                r.payment().getAmount().toPlainString());
        amount = null;
        note = null;
        deposit = false;
        payBillId = null;
        reload();
        refreshClosing();
    }

    /** Pays the unit's open bills from its prepaid balance (预存款抵扣, R4.8). */
    public void deduct() {
        CashierService.Receipt r = prepaidService.deduct(unit.getId());
        receipt(r.payment());
        FacesMessages.info("prepaid.deducted", lastReceipt, r.payment().getAmount().toPlainString());
        reload();
    }

    public PrepaidService.Prepaid getPrepaid() {
        return prepaid;
    }

    public boolean isDeposit() {
        return deposit;
    }

    public void setDeposit(boolean deposit) {
        this.deposit = deposit;
    }

    /** The takings of the day again, for those who may see them. */
    public void refreshClosing() {
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

    public Long companyOf(long estate) {
        return estates.stream().filter(e -> e.getId() == estate).map(Estate::getCompanyId).findFirst().orElse(null);
    }

    /** Not reversed, not a reversal, and not a deduction from or pay-back of a deposit (a settlement is final). */
    public boolean isReversible(Payment p) {
        return !p.isReversed() && p.getReversalOf() == null && (p.getDepositId() == null
                || p.getAmount().signum() > 0 && p.getMethod().takings() && deposits.stream().anyMatch(
                        d -> d.getId().equals(p.getDepositId()) && d.getState() == Deposit.State.HELD));
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

    /** The open unit with its owner (null: none open). */
    public CashierSearch.UnitAccount getAccount() {
        return account;
    }


    public Unit getUnit() {
        return unit;
    }

    public BillRepository.Balance getBalance() {
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

    public Long getPayBillId() {
        return payBillId;
    }

    public List<Deposit> getDeposits() {
        return deposits;
    }

}
