package org.estatedesk.billing;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.estatedesk.shared.Money;
import org.estatedesk.estates.Unit;
import org.estatedesk.shared.CallerContext;
import org.estatedesk.shared.NotFoundException;
import org.estatedesk.shared.OperationLog;
import org.estatedesk.shared.Roles;
import org.estatedesk.shared.RuleViolationException;

/**
 * Refundable deposits at the cashier's desk (R4.1, R3.5 押金): taken in full with a receipt, and settled — the chosen
 * open bills paid from the deposit as far as it goes, the rest paid back — all or nothing.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.CS_MANAGER, Roles.FINANCE, Roles.STAFF})
public class DepositService {
    @Inject
    Clock clock;

    @Inject
    Cashbook cashbook;

    @Inject
    BillRepository billRepository;

    @Inject
    PaymentRepository paymentRepository;

    @Inject
    DepositRepository depositRepository;

    @EJB
    DunningService dunning;

    @Inject
    CallerContext caller;

    @Inject
    OperationLog log;

    /**
     * Takes a refundable deposit the unit owes (R4.1: decoration, pass …) in full, with its receipt: DUE → HELD.
     * Money held, not income.
     */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.FINANCE})
    public CashierService.Receipt takeDeposit(long depositId, PaymentMethod method, String note) {
        Deposit deposit = depositRepository.depositForUpdate(depositId)
                .orElseThrow(() -> new NotFoundException("deposit", depositId));
        Unit unit = NotFoundException.as("deposit", depositId, () -> cashbook.unit(deposit.getUnitId()));
        if (method == null) {
            throw new RuleViolationException("error.required", "method");
        }
        Cashbook.takings(method);
        deposit.receive();
        OffsetDateTime now = OffsetDateTime.now(clock);
        Payment payment = new Payment(unit.getCompanyId(), unit.getEstateId(), unit.getId(),
                cashbook.receiptNumber(unit.getCompanyId(), now), deposit.getAmount(), method, caller.username(), now,
                note == null || note.isBlank() ? deposit.getDescription() : note).forDeposit(depositId);
        paymentRepository.store(payment);
        log.record("DEPOSIT_TAKEN", "unit", unit.getId(), payment.getReceiptNumber() + " " + deposit.getKind() + " "
                + deposit.getAmount().toPlainString(), unit.getCompanyId());
        cashbook.reportIfLarge(unit, payment);
        return new CashierService.Receipt(payment, List.of());
    }

    /** What settling a deposit did: the deduction (null without one) and the pay-back (null when nothing is left). */
    public record Settlement(Deposit deposit, CashierService.Receipt deduction, CashierService.Receipt refund) {
    }

    /**
     * Settles a held deposit (R3.5 押金退还): the open bills chosen — the fines and damages of the form, typically —
     * are paid from it as far as it goes (a payment of method DEPOSIT, with its receipt), and the rest is paid back
     * by {@code method} (a payment of the negative amount, with its receipt). All or nothing.
     */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.FINANCE})
    public Settlement settleDeposit(long depositId, List<Long> deductFrom, PaymentMethod method, String note,
            Integer version) {
        Deposit deposit = depositRepository.depositForUpdate(depositId)
                .orElseThrow(() -> new NotFoundException("deposit", depositId));
        Unit unit = NotFoundException.as("deposit", depositId, () -> cashbook.unit(deposit.getUnitId()));
        deposit.checkVersion(version);
        OpenBills bills = OpenBills.oldestFirst(billRepository.openBillsForUpdate(unit.getId())).only(deductFrom,
                "deductBillIds");
        BigDecimal owed = bills.owed();
        BigDecimal deduction = owed.min(deposit.getAmount());
        if (deposit.getState() == Deposit.State.HELD && deduction.compareTo(deposit.getAmount()) < 0
                && method == null) {
            throw new RuleViolationException("error.required", "method");
        }
        if (method != null) {
            Cashbook.takings(method);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        BigDecimal back = deposit.settle(deduction, caller.username(), now);
        CashierService.Receipt deducted = null;
        if (deduction.signum() > 0) {
            Payment payment = new Payment(unit.getCompanyId(), unit.getEstateId(), unit.getId(),
                    cashbook.receiptNumber(unit.getCompanyId(), now), deduction, PaymentMethod.DEPOSIT, caller.username(), now,
                    deposit.getDescription()).forDeposit(depositId);
            paymentRepository.store(payment);
            deducted = new CashierService.Receipt(payment, cashbook.allocate(payment, bills, deduction));
            dunning.paymentTaken(unit.getId(), payment.getReceiptNumber());
        }
        CashierService.Receipt refund = null;
        if (back.signum() > 0) {
            Payment payment = new Payment(unit.getCompanyId(), unit.getEstateId(), unit.getId(),
                    cashbook.receiptNumber(unit.getCompanyId(), now), back.negate(), method, caller.username(), now,
                    note == null || note.isBlank() ? deposit.getDescription() : note).forDeposit(depositId);
            paymentRepository.store(payment);
            refund = new CashierService.Receipt(payment, List.of());
        }
        log.record("DEPOSIT_SETTLED", "unit", unit.getId(), deposit.getKind() + " " + deposit.getSourceKey()
                + " kept " + deduction.toPlainString() + " paid back " + back.toPlainString(), unit.getCompanyId());
        return new Settlement(deposit, deducted, refund);
    }
}
