package org.estatedesk.billing;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.estatedesk.shared.Money;
import org.estatedesk.estates.EstateRepository;
import org.estatedesk.estates.Unit;
import org.estatedesk.notification.Notification;
import org.estatedesk.notification.Outbox;
import org.estatedesk.owners.Owner;
import org.estatedesk.owners.OwnerRepository;
import org.estatedesk.owners.Ownership;
import org.estatedesk.shared.CallerContext;
import org.estatedesk.shared.NotFoundException;
import org.estatedesk.shared.OperationLog;
import org.estatedesk.shared.Roles;
import org.estatedesk.shared.RuleViolationException;

/**
 * Prepaid accounts at the cashier's desk (预存款, R4.8): deposits to a unit's balance with their receipts, deductions
 * that pay its open bills from it (one unit or a whole estate), the account and its entries, and the owners warned
 * of a low balance.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.CS_MANAGER, Roles.FINANCE, Roles.STAFF})
public class PrepaidService {
    @Inject
    Clock clock;

    @Inject
    Cashbook cashbook;

    @Inject
    BillRepository billRepository;

    @Inject
    PaymentRepository paymentRepository;

    @Inject
    PrepaidRepository prepaidRepository;

    @EJB
    DunningService dunning;

    @Inject
    EstateRepository estates;

    @Inject
    OwnerRepository owners;

    @Inject
    Outbox outbox;

    @Inject
    CallerContext caller;

    @Inject
    OperationLog log;

    /**
     * A deposit to the unit's prepaid balance (预存, R4.8): a payment with its receipt that pays no bill now; later
     * deductions pay the unit's bills from it.
     */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.FINANCE})
    public CashierService.Receipt deposit(long unitId, BigDecimal amount, PaymentMethod method, String note) {
        Unit unit = cashbook.unit(unitId);
        BigDecimal value = Money.positive(amount, "amount");
        if (method == null) {
            throw new RuleViolationException("error.required", "method");
        }
        Cashbook.takings(method);
        PrepaidAccount account = account(unit);
        OffsetDateTime now = OffsetDateTime.now(clock);
        Payment payment = new Payment(unit.getCompanyId(), unit.getEstateId(), unitId,
                cashbook.receiptNumber(unit.getCompanyId(), now), value, method, caller.username(), now, note).asDeposit();
        paymentRepository.store(payment);
        prepaidRepository.store(account.credit(PrepaidEntry.Kind.DEPOSIT, value, payment.getId(),
                cashbook.prepaidThreshold(unit), caller.username(), now));
        log.record("PREPAID_DEPOSIT", "unit", unitId, payment.getReceiptNumber() + " " + method + " "
                + value.toPlainString(), unit.getCompanyId());
        cashbook.reportIfLarge(unit, payment);
        return new CashierService.Receipt(payment, List.of());
    }

    /**
     * Pays a unit's open bills (and late fees) from its prepaid balance (预存款抵扣, R4.8) as a payment of method
     * PREPAID with its own receipt; a balance left below the company's threshold warns the owner once.
     */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.FINANCE})
    public CashierService.Receipt deduct(long unitId) {
        Unit unit = cashbook.unit(unitId);
        OpenBills open = OpenBills.oldestFirst(billRepository.openBillsForUpdate(unitId));
        PrepaidAccount account = prepaidRepository.prepaidForUpdate(unitId)
                .orElseThrow(() -> new RuleViolationException("error.prepaid.none", "unitId"));
        BigDecimal owed = open.owed();
        BigDecimal value = owed.min(account.getBalance());
        if (value.signum() <= 0) {
            throw new RuleViolationException(owed.signum() == 0 ? "error.payment.nothingOwed" : "error.prepaid.none",
                    "unitId");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        Payment payment = new Payment(unit.getCompanyId(), unit.getEstateId(), unitId,
                cashbook.receiptNumber(unit.getCompanyId(), now), value, PaymentMethod.PREPAID, caller.username(), now,
                null);
        paymentRepository.store(payment);
        List<PaymentAllocation> allocations = cashbook.allocate(payment, open, value);
        prepaidRepository.store(account.debit(PrepaidEntry.Kind.DEDUCTION, value, payment.getId(), caller.username(),
                now));
        if (account.warnBelow(cashbook.prepaidThreshold(unit))) {
            warnOwner(unit, account, now);
        }
        dunning.paymentTaken(unitId, payment.getReceiptNumber());
        log.record("PREPAID_DEDUCTION", "unit", unitId, payment.getReceiptNumber() + " " + value.toPlainString(),
                unit.getCompanyId());
        return new CashierService.Receipt(payment, allocations);
    }

    /** Deducts for every unit of an estate that has a prepaid balance and unpaid bills; returns the receipts. */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.FINANCE})
    public List<CashierService.Receipt> deductAll(long estateId) {
        estates.find(estateId, caller.scope()).orElseThrow(() -> new NotFoundException("estate", estateId));
        List<CashierService.Receipt> receipts = new ArrayList<>();
        for (long unitId : prepaidRepository.unitsToDeduct(estateId)) {
            receipts.add(deduct(unitId));
        }
        return receipts;
    }

    /** A unit's prepaid account (an empty one for a unit that never had one) and its entries. */
    @RolesAllowed(Roles.STAFF)
    public Prepaid prepaid(long unitId) {
        Unit unit = cashbook.unit(unitId);
        PrepaidAccount account = prepaidRepository.prepaid(unitId).orElseGet(() -> new PrepaidAccount(unitId,
                unit.getCompanyId(), unit.getEstateId()));
        return new Prepaid(account, cashbook.prepaidThreshold(unit), prepaidRepository.prepaidEntries(unitId));
    }

    /** Prepaid accounts whose owners were warned of a low balance, lowest first (R4.8). */
    @RolesAllowed(Roles.STAFF)
    public List<PrepaidAccount> lowPrepaid(Long estateId) {
        return prepaidRepository.lowPrepaid(estateId, caller.scope(), 500);
    }

    /** A prepaid account as the cashier shows it: balance, the company's warning threshold, the entries. */
    public record Prepaid(PrepaidAccount account, BigDecimal threshold, List<PrepaidEntry> entries) {
        public boolean low() {
            return account.getBalance().compareTo(threshold) < 0;
        }
    }

    private PrepaidAccount account(Unit unit) {
        return prepaidRepository.prepaidForUpdate(unit.getId()).orElseGet(() -> {
            PrepaidAccount a = new PrepaidAccount(unit.getId(), unit.getCompanyId(), unit.getEstateId());
            prepaidRepository.store(a);
            return a;
        });
    }

    /** Tells the owner (by e-mail, when he has an address) that the prepaid balance is low. */
    private void warnOwner(Unit unit, PrepaidAccount account, OffsetDateTime now) {
        Owner owner = owners.currentOwnership(unit.getId()).map(Ownership::getOwnerId)
                .flatMap(o -> owners.find(o, caller.scope())).orElse(null);
        if (owner == null || owner.getEmail() == null || owner.getEmail().isBlank()) {
            return;
        }
        outbox.enqueue(new Notification(unit.getCompanyId(), "PREPAID_LOW", "unit", unit.getId(), null,
                owner.getEmail(), "【预存款余额不足】房间 %s 预存款余额 %s 元".formatted(unit.getCode(),
                        account.getBalance().toPlainString()), """
                        尊敬的 %s：
                        您的房间 %s 的预存款余额为 %s 元，已低于 %s 元。为免影响缴费，请及时到客户服务中心或通过线上方式预存。
                        """.formatted(owner.getName(), unit.getCode(), account.getBalance().toPlainString(),
                        cashbook.prepaidThreshold(unit).toPlainString()), now));
    }
}
