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
import org.estatedesk.audit.OperationLog;
import org.estatedesk.estates.EstateRepository;
import org.estatedesk.estates.Unit;
import org.estatedesk.estates.UnitRepository;
import org.estatedesk.notification.Notification;
import org.estatedesk.notification.Outbox;
import org.estatedesk.security.RecipientCache;
import org.estatedesk.servicedesk.Department;
import org.estatedesk.organisation.OrgUnit;
import org.estatedesk.organisation.OrgUnitRepository;
import org.estatedesk.organisation.ParameterKey;
import org.estatedesk.organisation.ParameterService;
import org.estatedesk.owners.Owner;
import org.estatedesk.owners.OwnerRepository;
import org.estatedesk.owners.Ownership;
import org.estatedesk.security.AppUser;
import org.estatedesk.security.Roles;
import org.estatedesk.security.UserRepository;
import org.estatedesk.shared.CallerContext;
import org.estatedesk.shared.CompanyZones;
import org.estatedesk.shared.ConflictException;
import org.estatedesk.shared.NotFoundException;
import org.estatedesk.shared.RuleViolationException;

/**
 * The cashier's desk (R4.4): a unit's bills and balance, payments allocated to the oldest open lines first with a
 * receipt number from the company's gapless sequence, reversals as counter-entries, and the collector's daily
 * closing (日收日清). Everything a payment changes (lines, bills, counter, payment, allocations, the dunning case it
 * settles) is one transaction.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.CS_MANAGER, Roles.FINANCE, Roles.STAFF})
public class CashierService {
    @Inject
    Clock clock;

    @Inject
    CompanyZones zones;

    @Inject
    BillingRepository billing;

    @Inject
    UnitRepository units;

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

    @EJB
    ParameterService parameters;

    @Inject
    Outbox outbox;

    @Inject
    RecipientCache recipients;

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
        unit(unitId);
        return billing.bills(unitId, period);
    }

    @RolesAllowed(Roles.STAFF)
    public BillingRepository.Balance balance(long unitId) {
        unit(unitId);
        return billing.balance(unitId, LocalDate.now(clock.withZone(zones.zone())));
    }

    @RolesAllowed(Roles.STAFF)
    public List<Payment> payments(long unitId) {
        unit(unitId);
        return billing.payments(unitId);
    }

    @RolesAllowed(Roles.STAFF)
    public Receipt payment(long id) {
        Payment p = billing.payment(id).orElseThrow(() -> new NotFoundException("payment", id));
        NotFoundException.as("payment", id, () -> unit(p.getUnitId()));
        return new Receipt(p, billing.allocations(id));
    }

    /**
     * What the printed receipt of a payment shows (R4.4), in the same scope as {@link #payment}: names instead of
     * ids, and each allocation with its bill's period and the fee item's name.
     */
    @RolesAllowed(Roles.STAFF)
    public ReceiptDocument receiptDocument(long id) {
        Receipt r = payment(id);
        Payment p = r.payment();
        Unit unit = unit(p.getUnitId());
        Payment original = p.getReversalOf() == null ? null : billing.payment(p.getReversalOf()).orElseThrow();
        Map<String, String> itemNames = new java.util.HashMap<>();
        billing.items(p.getCompanyId()).forEach(i -> itemNames.put(i.getCode(), i.getName()));
        Map<Long, YearMonth> periods = new java.util.HashMap<>();
        List<ReceiptDocument.Line> lines = r.allocations().stream()
                .map(a -> new ReceiptDocument.Line(periods.computeIfAbsent(a.getBillId(),
                        b -> billing.bill(b).orElseThrow().getPeriod()), a.getItemCode(),
                        itemNames.get(a.getItemCode()), a.getAmount()))
                .toList();
        YearMonth month = YearMonth.from(p.getPaidAt().atZoneSameInstant(zones.zone()));
        if (p.isPrepaid()) {
            lines = List.of(new ReceiptDocument.Line(month, PaymentAllocation.PREPAID, "预存款", p.getAmount()));
        } else if (p.getDepositId() != null && lines.isEmpty()) {
            // a deposit taken or paid back: one line naming it
            Deposit d = billing.deposit(p.getDepositId()).orElseThrow();
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
        Unit unit = unit(unitId);
        BigDecimal value = Money.positive(amount, "amount");
        if (method == null) {
            throw new RuleViolationException("error.required", "method");
        }
        OpenBills open = OpenBills.oldestFirst(billing.openBillsForUpdate(unitId));
        if (billId != null) {
            open = open.withFirst(billId, "billId");
        }
        open.accept(value);
        takings(method);
        OffsetDateTime now = OffsetDateTime.now(clock);
        Payment payment = new Payment(unit.getCompanyId(), unit.getEstateId(), unitId,
                receiptNumber(unit.getCompanyId(), now), value, method, caller.username(), now, note);
        billing.store(payment);
        List<PaymentAllocation> allocations = allocate(payment, open, value);
        dunning.paymentTaken(unitId, payment.getReceiptNumber());
        log.record("PAYMENT", "unit", unitId, payment.getReceiptNumber() + " " + method + " " + value.toPlainString(),
                unit.getCompanyId());
        reportIfLarge(unit, payment);
        return new Receipt(payment, allocations);
    }

    /** Pays an amount into the open bills as {@link OpenBills#allocate} orders it and stores each share. */
    private List<PaymentAllocation> allocate(Payment payment, OpenBills open, BigDecimal value) {
        List<PaymentAllocation> allocations = open.allocate(value).stream().map(s -> new PaymentAllocation(
                payment.getId(), s.bill().getId(), s.line() == null ? null : s.line().getId(), s.itemCode(),
                s.amount())).toList();
        allocations.forEach(billing::store);
        return allocations;
    }

    /**
     * A deposit to the unit's prepaid balance (预存, R4.8): a payment with its receipt that pays no bill now; later
     * deductions pay the unit's bills from it.
     */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.FINANCE})
    public Receipt deposit(long unitId, BigDecimal amount, PaymentMethod method, String note) {
        Unit unit = unit(unitId);
        BigDecimal value = Money.positive(amount, "amount");
        if (method == null) {
            throw new RuleViolationException("error.required", "method");
        }
        takings(method);
        PrepaidAccount account = account(unit);
        OffsetDateTime now = OffsetDateTime.now(clock);
        Payment payment = new Payment(unit.getCompanyId(), unit.getEstateId(), unitId,
                receiptNumber(unit.getCompanyId(), now), value, method, caller.username(), now, note).asDeposit();
        billing.store(payment);
        billing.store(account.credit(PrepaidEntry.Kind.DEPOSIT, value, payment.getId(), threshold(unit), caller
                .username(), now));
        log.record("PREPAID_DEPOSIT", "unit", unitId, payment.getReceiptNumber() + " " + method + " "
                + value.toPlainString(), unit.getCompanyId());
        reportIfLarge(unit, payment);
        return new Receipt(payment, List.of());
    }

    /**
     * Pays a unit's open bills (and late fees) from its prepaid balance (预存款抵扣, R4.8) as a payment of method
     * PREPAID with its own receipt; a balance left below the company's threshold warns the owner once.
     */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.FINANCE})
    public Receipt deduct(long unitId) {
        Unit unit = unit(unitId);
        OpenBills open = OpenBills.oldestFirst(billing.openBillsForUpdate(unitId));
        PrepaidAccount account = billing.prepaidForUpdate(unitId).orElseThrow(() -> new RuleViolationException(
                "error.prepaid.none", "unitId"));
        BigDecimal owed = open.owed();
        BigDecimal value = owed.min(account.getBalance());
        if (value.signum() <= 0) {
            throw new RuleViolationException(owed.signum() == 0 ? "error.payment.nothingOwed" : "error.prepaid.none",
                    "unitId");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        Payment payment = new Payment(unit.getCompanyId(), unit.getEstateId(), unitId,
                receiptNumber(unit.getCompanyId(), now), value, PaymentMethod.PREPAID, caller.username(), now,
                null);
        billing.store(payment);
        List<PaymentAllocation> allocations = allocate(payment, open, value);
        billing.store(account.debit(PrepaidEntry.Kind.DEDUCTION, value, payment.getId(), caller.username(), now));
        if (account.warnBelow(threshold(unit))) {
            warnOwner(unit, account, now);
        }
        dunning.paymentTaken(unitId, payment.getReceiptNumber());
        log.record("PREPAID_DEDUCTION", "unit", unitId, payment.getReceiptNumber() + " " + value.toPlainString(),
                unit.getCompanyId());
        return new Receipt(payment, allocations);
    }

    /** Deducts for every unit of an estate that has a prepaid balance and unpaid bills; returns the receipts. */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.FINANCE})
    public List<Receipt> deductAll(long estateId) {
        estates.find(estateId, caller.scope()).orElseThrow(() -> new NotFoundException("estate", estateId));
        List<Receipt> receipts = new ArrayList<>();
        for (long unitId : billing.unitsToDeduct(estateId)) {
            receipts.add(deduct(unitId));
        }
        return receipts;
    }

    /** A unit's prepaid account (an empty one for a unit that never had one) and its entries. */
    @RolesAllowed(Roles.STAFF)
    public Prepaid prepaid(long unitId) {
        Unit unit = unit(unitId);
        PrepaidAccount account = billing.prepaid(unitId).orElseGet(() -> new PrepaidAccount(unitId,
                unit.getCompanyId(), unit.getEstateId()));
        return new Prepaid(account, threshold(unit), billing.prepaidEntries(unitId));
    }

    /** Prepaid accounts whose owners were warned of a low balance, lowest first (R4.8). */
    @RolesAllowed(Roles.STAFF)
    public List<PrepaidAccount> lowPrepaid(Long estateId) {
        return billing.lowPrepaid(estateId, caller.scope(), 500);
    }

    /** A prepaid account as the cashier shows it: balance, the company's warning threshold, the entries. */
    public record Prepaid(PrepaidAccount account, BigDecimal threshold, List<PrepaidEntry> entries) {
        public boolean low() {
            return account.getBalance().compareTo(threshold) < 0;
        }
    }

    private PrepaidAccount account(Unit unit) {
        return billing.prepaidForUpdate(unit.getId()).orElseGet(() -> {
            PrepaidAccount a = new PrepaidAccount(unit.getId(), unit.getCompanyId(), unit.getEstateId());
            billing.store(a);
            return a;
        });
    }

    private BigDecimal threshold(Unit unit) {
        return new BigDecimal(parameters.values(unit.getCompanyId()).get(ParameterKey.PREPAID_WARNING_THRESHOLD));
    }

    /**
     * A large collection (R4.4) is reported the same day: a notification through the outbox to the finance
     * department's manager role of the company, delivered once the payment commits.
     */
    private void reportIfLarge(Unit unit, Payment payment) {
        BigDecimal threshold = new BigDecimal(parameters.values(unit.getCompanyId())
                .get(ParameterKey.LARGE_COLLECTION_THRESHOLD));
        if (!payment.isLargeCollection(threshold)) {
            return;
        }
        String estate = estates.find(unit.getEstateId(), caller.scope()).map(e -> e.getName()).orElse("");
        String subject = "【大额收款】%s %s 收款 %s 元（收据 %s）".formatted(estate, unit.getCode(),
                payment.getAmount().toPlainString(), payment.getReceiptNumber());
        String body = """
                大额收款报告（收款额不低于 %s 元，当日报告）
                项目：%s　房间：%s
                收据：%s　金额：%s 元　方式：%s
                收费员：%s　时间：%s
                """.formatted(threshold.toPlainString(), estate, unit.getCode(), payment.getReceiptNumber(),
                payment.getAmount().toPlainString(), payment.getMethod(), payment.getCollector(),
                payment.getPaidAt().atZoneSameInstant(zones.zone()).toLocalDateTime().withNano(0));
        for (var to : recipients.of(unit.getCompanyId(), List.of(Department.FINANCE.managerRole()))) {
            if (to.email() != null && !to.email().isBlank()) {
                outbox.enqueue(new Notification(unit.getCompanyId(), "LARGE_COLLECTION", "payment", payment.getId(),
                        to.username(), to.email(), subject, body, payment.getPaidAt()));
            }
        }
        log.record("LARGE_COLLECTION", "unit", unit.getId(), payment.getReceiptNumber() + " "
                + payment.getAmount().toPlainString(), unit.getCompanyId());
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
                        threshold(unit).toPlainString()), now));
    }

    /**
     * Takes a refundable deposit the unit owes (R4.1: decoration, pass …) in full, with its receipt: DUE → HELD.
     * Money held, not income.
     */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.FINANCE})
    public Receipt takeDeposit(long depositId, PaymentMethod method, String note) {
        Deposit deposit = billing.depositForUpdate(depositId)
                .orElseThrow(() -> new NotFoundException("deposit", depositId));
        Unit unit = NotFoundException.as("deposit", depositId, () -> unit(deposit.getUnitId()));
        if (method == null) {
            throw new RuleViolationException("error.required", "method");
        }
        takings(method);
        deposit.receive();
        OffsetDateTime now = OffsetDateTime.now(clock);
        Payment payment = new Payment(unit.getCompanyId(), unit.getEstateId(), unit.getId(),
                receiptNumber(unit.getCompanyId(), now), deposit.getAmount(), method, caller.username(), now,
                note == null || note.isBlank() ? deposit.getDescription() : note).forDeposit(depositId);
        billing.store(payment);
        log.record("DEPOSIT_TAKEN", "unit", unit.getId(), payment.getReceiptNumber() + " " + deposit.getKind() + " "
                + deposit.getAmount().toPlainString(), unit.getCompanyId());
        reportIfLarge(unit, payment);
        return new Receipt(payment, List.of());
    }

    /** What settling a deposit did: the deduction (null without one) and the pay-back (null when nothing is left). */
    public record Settlement(Deposit deposit, Receipt deduction, Receipt refund) {
    }

    /**
     * Settles a held deposit (R3.5 押金退还): the open bills chosen — the fines and damages of the form, typically —
     * are paid from it as far as it goes (a payment of method DEPOSIT, with its receipt), and the rest is paid back
     * by {@code method} (a payment of the negative amount, with its receipt). All or nothing.
     */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.FINANCE})
    public Settlement settleDeposit(long depositId, List<Long> deductFrom, PaymentMethod method, String note,
            Integer version) {
        Deposit deposit = billing.depositForUpdate(depositId)
                .orElseThrow(() -> new NotFoundException("deposit", depositId));
        Unit unit = NotFoundException.as("deposit", depositId, () -> unit(deposit.getUnitId()));
        deposit.checkVersion(version);
        OpenBills bills = OpenBills.oldestFirst(billing.openBillsForUpdate(unit.getId())).only(deductFrom,
                "deductBillIds");
        BigDecimal owed = bills.owed();
        BigDecimal deduction = owed.min(deposit.getAmount());
        if (deposit.getState() == Deposit.State.HELD && deduction.compareTo(deposit.getAmount()) < 0
                && method == null) {
            throw new RuleViolationException("error.required", "method");
        }
        if (method != null) {
            takings(method);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        BigDecimal back = deposit.settle(deduction, caller.username(), now);
        Receipt deducted = null;
        if (deduction.signum() > 0) {
            Payment payment = new Payment(unit.getCompanyId(), unit.getEstateId(), unit.getId(),
                    receiptNumber(unit.getCompanyId(), now), deduction, PaymentMethod.DEPOSIT, caller.username(), now,
                    deposit.getDescription()).forDeposit(depositId);
            billing.store(payment);
            deducted = new Receipt(payment, allocate(payment, bills, deduction));
            dunning.paymentTaken(unit.getId(), payment.getReceiptNumber());
        }
        Receipt refund = null;
        if (back.signum() > 0) {
            Payment payment = new Payment(unit.getCompanyId(), unit.getEstateId(), unit.getId(),
                    receiptNumber(unit.getCompanyId(), now), back.negate(), method, caller.username(), now,
                    note == null || note.isBlank() ? deposit.getDescription() : note).forDeposit(depositId);
            billing.store(payment);
            refund = new Receipt(payment, List.of());
        }
        log.record("DEPOSIT_SETTLED", "unit", unit.getId(), deposit.getKind() + " " + deposit.getSourceKey()
                + " kept " + deduction.toPlainString() + " paid back " + back.toPlainString(), unit.getCompanyId());
        return new Settlement(deposit, deducted, refund);
    }

    /** Reverses a payment by a counter-entry with its own receipt number; the lines it paid are owed again. */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.FINANCE})
    public Receipt reverse(long paymentId, String reason) {
        Payment original = billing.paymentForUpdate(paymentId)
                .orElseThrow(() -> new NotFoundException("payment", paymentId));
        Unit unit = NotFoundException.as("payment", paymentId, () -> unit(original.getUnitId()));
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("error.required", "reason");
        }
        if (original.getDepositId() != null && !original.isReversed() && original.getReversalOf() == null) {
            // only the taking of a deposit not settled yet can be undone; a settlement is final
            Deposit deposit = billing.depositForUpdate(original.getDepositId()).orElseThrow();
            if (original.getAmount().signum() < 0 || original.getMethod() == PaymentMethod.DEPOSIT
                    || deposit.getState() != Deposit.State.HELD) {
                throw new ConflictException("error.deposit.settledFinal",
                        original.getReceiptNumber());
            }
            deposit.giveBackReceipt();
        }
        billing.openBillsForUpdate(unit.getId());
        OffsetDateTime now = OffsetDateTime.now(clock);
        Payment counter = original.reverse(receiptNumber(unit.getCompanyId(), now), caller.username(), now, reason);
        billing.store(counter);
        List<PaymentAllocation> allocations = new ArrayList<>();
        for (PaymentAllocation a : billing.allocations(paymentId)) {
            Bill bill = billing.bill(a.getBillId()).orElseThrow();
            BillLine line = a.getBillLineId() == null ? null
                    : bill.getLines().stream().filter(l -> l.getId().equals(a.getBillLineId())).findFirst()
                            .orElseThrow();
            bill.giveBack(line, a.getAmount());
            allocations.add(new PaymentAllocation(counter.getId(), bill.getId(), a.getBillLineId(), a.getItemCode(),
                    a.getAmount().negate()));
        }
        allocations.forEach(billing::store);
        if (original.isPrepaid()) {
            PrepaidAccount account = billing.prepaidForUpdate(unit.getId()).orElseThrow();
            billing.store(account.debit(PrepaidEntry.Kind.REVERSAL, original.getAmount(), counter.getId(),
                    caller.username(), now));
        } else if (original.getMethod() == PaymentMethod.PREPAID) {
            PrepaidAccount account = billing.prepaidForUpdate(unit.getId()).orElseThrow();
            billing.store(account.credit(PrepaidEntry.Kind.REVERSAL, original.getAmount(), counter.getId(),
                    threshold(unit), caller.username(), now));
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
        List<Payment> payments = billing.paymentsOf(company, who,
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

    /** Money is taken (or paid back) in cash, by card, transfer or online, never "from prepaid" or "from deposit". */
    private static void takings(PaymentMethod method) {
        if (!method.takings()) {
            throw new RuleViolationException(method == PaymentMethod.DEPOSIT ? "error.payment.depositMethod"
                    : "error.payment.prepaidMethod", "method");
        }
    }

    private String receiptNumber(long companyId, OffsetDateTime now) {
        int year = now.atZoneSameInstant(zones.zone()).getYear();
        return String.format("%d-%06d", year, billing.nextReceiptNumber(companyId, year));
    }

    private Unit unit(long unitId) {
        return units.find(unitId, caller.scope()).orElseThrow(() -> new NotFoundException("unit", unitId));
    }
}
