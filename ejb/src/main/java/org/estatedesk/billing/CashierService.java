package org.estatedesk.billing;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.estatedesk.shared.Money;
import org.estatedesk.estates.EstateRepository;
import org.estatedesk.estates.Unit;
import org.estatedesk.organisation.OrgUnit;
import org.estatedesk.organisation.OrgUnitRepository;
import org.estatedesk.owners.Owner;
import org.estatedesk.owners.OwnerRepository;
import org.estatedesk.owners.Ownership;
import org.estatedesk.security.AppUser;
import org.estatedesk.security.UserRepository;
import org.estatedesk.shared.CallerContext;
import org.estatedesk.shared.CompanyZones;
import org.estatedesk.shared.ConflictException;
import org.estatedesk.shared.NotFoundException;
import org.estatedesk.shared.OperationLog;
import org.estatedesk.shared.Roles;
import org.estatedesk.shared.RuleViolationException;

/**
 * The cashier's desk (R4.4): a unit's bills and balance, payments allocated to the oldest open lines first with a
 * receipt number from the company's gapless sequence, reversals as counter-entries, and the collector's daily
 * closing (日收日清). Everything a payment changes (lines, bills, counter, payment, allocations, the dunning case it
 * settles) is one transaction. Prepaid balances are {@link PrepaidService}'s, refundable deposits
 * {@link DepositService}'s; what all three share is the {@link Cashbook}.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.CS_MANAGER, Roles.FINANCE, Roles.STAFF})
public class CashierService {
    @Inject
    Clock clock;

    @Inject
    CompanyZones zones;

    @Inject
    Cashbook cashbook;

    @Inject
    FeeRepository feeRepository;

    @Inject
    BillRepository billRepository;

    @Inject
    PaymentRepository paymentRepository;

    @Inject
    DepositRepository depositRepository;

    @Inject
    PrepaidRepository prepaidRepository;

    @EJB
    DunningService dunning;

    @Inject
    EstateRepository estates;

    @Inject
    OwnerRepository owners;

    @Inject
    OrgUnitRepository organisation;

    @Inject
    UserRepository users;

    @Inject
    CallerContext caller;

    @Inject
    OperationLog log;

    /** What a payment did: the payment (with its receipt number) and its allocations. */
    public record Receipt(Payment payment, List<PaymentAllocation> allocations) {
    }

    /** A collector's takings of a day by method (R4.4 日收日清): count and sum, reversals included. */
    public record Closing(String collector, LocalDate day, Map<PaymentMethod, BigDecimal> byMethod,
            Map<PaymentMethod, Long> counts, BigDecimal total, List<Payment> payments) {
    }

    @RolesAllowed(Roles.STAFF)
    public List<Bill> bills(long unitId, YearMonth period) {
        cashbook.unit(unitId);
        return billRepository.bills(unitId, period);
    }

    @RolesAllowed(Roles.STAFF)
    public BillRepository.Balance balance(long unitId) {
        cashbook.unit(unitId);
        return billRepository.balance(unitId, LocalDate.now(clock.withZone(zones.zone())));
    }

    @RolesAllowed(Roles.STAFF)
    public List<Payment> payments(long unitId) {
        cashbook.unit(unitId);
        return paymentRepository.payments(unitId);
    }

    @RolesAllowed(Roles.STAFF)
    public Receipt payment(long id) {
        Payment p = paymentRepository.payment(id).orElseThrow(() -> new NotFoundException("payment", id));
        NotFoundException.as("payment", id, () -> cashbook.unit(p.getUnitId()));
        return new Receipt(p, paymentRepository.allocations(id));
    }

    /**
     * What the printed receipt of a payment shows (R4.4), in the same scope as {@link #payment}: names instead of
     * ids, and each allocation with its bill's period and the fee item's name.
     */
    @RolesAllowed(Roles.STAFF)
    public ReceiptDocument receiptDocument(long id) {
        Receipt r = payment(id);
        Payment p = r.payment();
        Unit unit = cashbook.unit(p.getUnitId());
        Payment original = p.getReversalOf() == null ? null
                : paymentRepository.payment(p.getReversalOf()).orElseThrow();
        Map<String, String> itemNames = new java.util.HashMap<>();
        feeRepository.items(p.getCompanyId()).forEach(i -> itemNames.put(i.getCode(), i.getName()));
        Map<Long, YearMonth> periods = new java.util.HashMap<>();
        List<ReceiptDocument.Line> lines = r.allocations().stream()
                .map(a -> new ReceiptDocument.Line(periods.computeIfAbsent(a.getBillId(),
                        b -> billRepository.bill(b).orElseThrow().getPeriod()), a.getItemCode(),
                        itemNames.get(a.getItemCode()), a.getAmount()))
                .toList();
        YearMonth month = YearMonth.from(p.getPaidAt().atZoneSameInstant(zones.zone()));
        if (p.isPrepaid()) {
            lines = List.of(new ReceiptDocument.Line(month, PaymentAllocation.PREPAID, "预存款", p.getAmount()));
        } else if (p.getDepositId() != null && lines.isEmpty()) {
            // a deposit taken or paid back: one line naming it
            Deposit d = depositRepository.deposit(p.getDepositId()).orElseThrow();
            lines = List.of(new ReceiptDocument.Line(month, "DEPOSIT", (p.getAmount().signum() < 0 ? "退还" : "")
                    + d.getDescription(), p.getAmount()));
        }
        String payer = owners.currentOwnership(unit.getId()).map(Ownership::getOwnerId)
                .flatMap(o -> owners.find(o, caller.scope())).map(Owner::getName).orElse(null);
        String collector = users.findByUsername(p.getCollector()).map(AppUser::getDisplayName)
                .filter(n -> n != null && !n.isBlank()).orElse(p.getCollector());
        return new ReceiptDocument(p, original, organisation.find(p.getCompanyId()).map(OrgUnit::getName).orElse(""),
                estates.byId(p.getEstateId()).map(e -> e.getName()).orElse(""), unit.getCode(), payer, collector,
                lines);
    }

    /**
     * Takes a payment for a unit: positive, at most two decimals, not more than the unit owes; allocated to the
     * oldest bills first, within a bill line by line, then to late fees (R4.4, R4.5).
     */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.FINANCE})
    public Receipt pay(long unitId, BigDecimal amount, PaymentMethod method, String note) {
        return pay(unitId, null, amount, method, note);
    }

    /**
     * Takes a payment as {@link #pay(long, BigDecimal, PaymentMethod, String)}, but for the open bill {@code billId}
     * of the unit first (e.g. the one-off charge of a form the owner came to pay), the rest oldest first.
     */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.FINANCE})
    public Receipt pay(long unitId, Long billId, BigDecimal amount, PaymentMethod method, String note) {
        Unit unit = cashbook.unit(unitId);
        BigDecimal value = Money.positive(amount, "amount");
        if (method == null) {
            throw new RuleViolationException("error.required", "method");
        }
        OpenBills open = OpenBills.oldestFirst(billRepository.openBillsForUpdate(unitId));
        if (billId != null) {
            open = open.withFirst(billId, "billId");
        }
        open.accept(value);
        Cashbook.takings(method);
        OffsetDateTime now = OffsetDateTime.now(clock);
        Payment payment = new Payment(unit.getCompanyId(), unit.getEstateId(), unitId,
                cashbook.receiptNumber(unit.getCompanyId(), now), value, method, caller.username(), now, note);
        paymentRepository.store(payment);
        List<PaymentAllocation> allocations = cashbook.allocate(payment, open, value);
        dunning.paymentTaken(unitId, payment.getReceiptNumber());
        log.record("PAYMENT", "unit", unitId, payment.getReceiptNumber() + " " + method + " " + value.toPlainString(),
                unit.getCompanyId());
        cashbook.reportIfLarge(unit, payment);
        return new Receipt(payment, allocations);
    }

    /** Reverses a payment by a counter-entry with its own receipt number; the lines it paid are owed again. */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.FINANCE})
    public Receipt reverse(long paymentId, String reason) {
        Payment original = paymentRepository.paymentForUpdate(paymentId)
                .orElseThrow(() -> new NotFoundException("payment", paymentId));
        Unit unit = NotFoundException.as("payment", paymentId, () -> cashbook.unit(original.getUnitId()));
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("error.required", "reason");
        }
        if (original.getDepositId() != null && !original.isReversed() && original.getReversalOf() == null) {
            // only the taking of a deposit not settled yet can be undone; a settlement is final
            Deposit deposit = depositRepository.depositForUpdate(original.getDepositId()).orElseThrow();
            if (original.getAmount().signum() < 0 || original.getMethod() == PaymentMethod.DEPOSIT
                    || deposit.getState() != Deposit.State.HELD) {
                throw new ConflictException("error.deposit.settledFinal",
                        original.getReceiptNumber());
            }
            deposit.giveBackReceipt();
        }
        billRepository.openBillsForUpdate(unit.getId());
        OffsetDateTime now = OffsetDateTime.now(clock);
        Payment counter = original.reverse(cashbook.receiptNumber(unit.getCompanyId(), now), caller.username(),
                now, reason);
        paymentRepository.store(counter);
        List<PaymentAllocation> allocations = new ArrayList<>();
        for (PaymentAllocation a : paymentRepository.allocations(paymentId)) {
            Bill bill = billRepository.bill(a.getBillId()).orElseThrow();
            BillLine line = a.getBillLineId() == null ? null
                    : bill.getLines().stream().filter(l -> l.getId().equals(a.getBillLineId())).findFirst()
                            .orElseThrow();
            bill.giveBack(line, a.getAmount());
            allocations.add(new PaymentAllocation(counter.getId(), bill.getId(), a.getBillLineId(), a.getItemCode(),
                    a.getAmount().negate()));
        }
        allocations.forEach(paymentRepository::store);
        if (original.isPrepaid()) {
            PrepaidAccount account = prepaidRepository.prepaidForUpdate(unit.getId()).orElseThrow();
            prepaidRepository.store(account.debit(PrepaidEntry.Kind.REVERSAL, original.getAmount(), counter.getId(),
                    caller.username(), now));
        } else if (original.getMethod() == PaymentMethod.PREPAID) {
            PrepaidAccount account = prepaidRepository.prepaidForUpdate(unit.getId()).orElseThrow();
            prepaidRepository.store(account.credit(PrepaidEntry.Kind.REVERSAL, original.getAmount(), counter.getId(),
                    cashbook.prepaidThreshold(unit), caller.username(), now));
        }
        log.record("PAYMENT_REVERSAL", "unit", unit.getId(), counter.getReceiptNumber() + " reverses "
                + original.getReceiptNumber() + ": " + reason.trim(), unit.getCompanyId());
        return new Receipt(counter, allocations);
    }

    /** The caller's (or, for managers, any collector's) takings of a day. */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.FINANCE})
    public Closing closing(String collector, LocalDate day, Long companyId) {
        long company = caller.company(companyId);
        String who = collector == null || collector.isBlank() ? caller.username() : collector.trim();
        LocalDate date = day == null ? LocalDate.now(clock.withZone(zones.zone())) : day;
        List<Payment> payments = paymentRepository.paymentsOf(company, who,
                date.atStartOfDay(zones.zone()).toOffsetDateTime(),
                date.plusDays(1).atStartOfDay(zones.zone()).toOffsetDateTime());
        Map<PaymentMethod, BigDecimal> sums = new EnumMap<>(PaymentMethod.class);
        Map<PaymentMethod, Long> counts = new EnumMap<>(PaymentMethod.class);
        for (PaymentMethod m : PaymentMethod.values()) {
            sums.put(m, Money.ZERO);
            counts.put(m, 0L);
        }
        BigDecimal total = Money.ZERO;
        payments = payments.stream().filter(p -> p.getMethod().takings()).toList();
        for (Payment p : payments) {
            sums.merge(p.getMethod(), p.getAmount(), BigDecimal::add);
            counts.merge(p.getMethod(), 1L, Long::sum);
            total = total.add(p.getAmount());
        }
        return new Closing(who, date, sums, counts, total, payments);
    }
}
