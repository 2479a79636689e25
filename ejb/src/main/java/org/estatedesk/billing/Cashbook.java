package org.estatedesk.billing;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.estatedesk.shared.Money;
import org.estatedesk.estates.EstateRepository;
import org.estatedesk.estates.Unit;
import org.estatedesk.estates.UnitRepository;
import org.estatedesk.notification.Notification;
import org.estatedesk.notification.Outbox;
import org.estatedesk.organisation.ParameterKey;
import org.estatedesk.organisation.ParameterService;
import org.estatedesk.security.RecipientCache;
import org.estatedesk.servicedesk.Department;
import org.estatedesk.shared.CallerContext;
import org.estatedesk.shared.CompanyZones;
import org.estatedesk.shared.NotFoundException;
import org.estatedesk.shared.OperationLog;
import org.estatedesk.shared.RuleViolationException;
import org.estatedesk.shared.TimeFormat;

/**
 * The cash book the cashier's use cases share (R4.4), inside their transaction: the unit in the caller's scope,
 * receipt numbers from the company's gapless sequence, what counts as takings, a payment's shares stored as
 * {@link OpenBills} orders them, and the same-day report of a large collection.
 */
@Dependent
public class Cashbook {
    @Inject
    CompanyZones zones;

    @Inject
    PaymentRepository paymentRepository;

    @Inject
    UnitRepository units;

    @Inject
    EstateRepository estates;

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

    /** Money is taken (or paid back) in cash, by card, transfer or online, never "from prepaid" or "from deposit". */
    static void takings(PaymentMethod method) {
        if (!method.takings()) {
            throw new RuleViolationException(method == PaymentMethod.DEPOSIT ? "error.payment.depositMethod"
                    : "error.payment.prepaidMethod", "method");
        }
    }

    /** The next number of the company's gapless receipt sequence of the year (R4.4). */
    String receiptNumber(long companyId, OffsetDateTime now) {
        int year = now.atZoneSameInstant(zones.zone()).getYear();
        return String.format("%d-%06d", year, paymentRepository.nextReceiptNumber(companyId, year));
    }

    /** The unit in the caller's data scope, or 404. */
    Unit unit(long unitId) {
        return units.find(unitId, caller.scope()).orElseThrow(() -> new NotFoundException("unit", unitId));
    }

    /** Pays an amount into the open bills as {@link OpenBills#allocate} orders it and stores each share. */
    List<PaymentAllocation> allocate(Payment payment, OpenBills open, BigDecimal value) {
        List<PaymentAllocation> allocations = open.allocate(value).stream().map(s -> new PaymentAllocation(
                payment.getId(), s.bill().getId(), s.line() == null ? null : s.line().getId(), s.itemCode(),
                s.amount())).toList();
        allocations.forEach(paymentRepository::store);
        return allocations;
    }

    /** The company's low-balance threshold for prepaid accounts (R4.8). */
    BigDecimal prepaidThreshold(Unit unit) {
        return new BigDecimal(parameters.values(unit.getCompanyId()).get(ParameterKey.PREPAID_WARNING_THRESHOLD));
    }

    /**
     * A large collection (R4.4) is reported the same day: a notification through the outbox to the finance
     * department's manager role of the company, delivered once the payment commits.
     */
    void reportIfLarge(Unit unit, Payment payment) {
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
                TimeFormat.SECOND.format(payment.getPaidAt(), zones.zone(unit.getCompanyId())));
        for (var to : recipients.of(unit.getCompanyId(), List.of(Department.FINANCE.managerRole()))) {
            if (to.email() != null && !to.email().isBlank()) {
                outbox.enqueue(new Notification(unit.getCompanyId(), "LARGE_COLLECTION", "payment", payment.getId(),
                        to.username(), to.email(), subject, body, payment.getPaidAt()));
            }
        }
        log.record("LARGE_COLLECTION", "unit", unit.getId(), payment.getReceiptNumber() + " "
                + payment.getAmount().toPlainString(), unit.getCompanyId());
    }
}
