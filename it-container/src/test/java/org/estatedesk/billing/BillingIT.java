package org.estatedesk.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.util.List;
import org.estatedesk.incontainer.Caller;
import org.estatedesk.incontainer.Deployments;
import org.estatedesk.incontainer.Given;
import org.estatedesk.incontainer.Transactions;
import org.estatedesk.shared.NotFoundException;
import org.estatedesk.shared.OperationLogEntry;
import org.estatedesk.shared.RuleViolationException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The cashier's desk and one-off charges (R4.1, R4.4) inside Liberty: the front desk reads a unit's bills but may
 * neither charge nor take money, finance reaches only the units of its estates, and a payment refused in the middle
 * of a unit of work takes the charge, the earlier payment and their log lines with it. Billing is deployed with what
 * its beans use: approvals (stop-service form), organisation (parameters), servicedesk, jobs (the billing runs'
 * launcher), the notification outbox and the recipient cache.
 */
@ExtendWith(ArquillianExtension.class)
class BillingIT {
    @Deployment
    static WebArchive deployment() {
        return Deployments.capabilities("billing", Deployments.BILLING_AND_SERVICEDESK);
    }

    @Inject
    ChargeService charges;

    @Inject
    CashierService cashier;

    @Inject
    DepositService deposits;

    @Inject
    Given given;

    @Inject
    HttpServletRequest request;

    @Inject
    UserTransaction transaction;

    private static List<ChargeService.ChargeLine> damage(String amount) {
        return List.of(new ChargeService.ChargeLine("DAMAGE", new BigDecimal(amount)));
    }

    @Test
    void theFrontDeskReadsBillsButMayNeitherChargeNorTakeMoney() throws Exception {
        Given.Company company = given.companyWithTwoEstates("frontdesk");
        long unit = given.unit(company.estateInScope(), "1-101");

        assertEquals(0, Caller.as(request, "frontdesk", () -> cashier.bills(unit, null)).size());
        assertThrows(EJBAccessException.class, () -> Caller.as(request, "frontdesk",
                () -> charges.chargeByHand(unit, "broken door", damage("100.00"))));
        assertThrows(EJBAccessException.class, () -> Caller.as(request, "frontdesk",
                () -> cashier.pay(unit, new BigDecimal("1.00"), PaymentMethod.CASH, null)));
        assertThrows(EJBAccessException.class, () -> Caller.as(request, "frontdesk",
                () -> deposits.takeDeposit(1L, PaymentMethod.CASH, null)));
        assertEquals(0, given.count(Bill.class, company.id()));
        assertEquals(0, given.count(Payment.class, company.id()));
    }

    @Test
    void aUnitOfAnEstateOutsideTheCallersScopeIsNotFound() throws Exception {
        Given.Company company = given.companyWithTwoEstates("finance");
        long mine = given.unit(company.estateInScope(), "1-101");
        long other = given.unit(company.estateOutOfScope(), "9-901");

        Bill bill = Caller.as(request, "finance", () -> charges.chargeByHand(mine, "broken door", damage("80.00")));
        assertEquals(new BigDecimal("80.00"), bill.getTotal());
        assertThrows(NotFoundException.class, () -> Caller.as(request, "finance",
                () -> charges.chargeByHand(other, "broken door", damage("80.00"))));
        assertThrows(NotFoundException.class, () -> Caller.as(request, "finance", () -> cashier.bills(other, null)));
        assertThrows(NotFoundException.class, () -> Caller.as(request, "finance",
                () -> cashier.pay(other, new BigDecimal("1.00"), PaymentMethod.CASH, null)));
        assertEquals(1, given.count(Bill.class, company.id()));
    }

    @Test
    void aRefusedPaymentRollsBackTheChargeAndTheEarlierPayment() throws Exception {
        Given.Company company = given.companyWithTwoEstates("finance");
        long unit = given.unit(company.estateInScope(), "1-102");

        Transactions.doomed(transaction, () -> {
            // a charge, its payment in full (a receipt, allocations, two operation-log lines) ...
            Caller.as(request, "finance", () -> charges.chargeByHand(unit, "broken door", damage("120.00")));
            Caller.as(request, "finance", () -> cashier.pay(unit, new BigDecimal("120.00"), PaymentMethod.CASH,
                    null));
            // ... then a payment although nothing is owed: 422, an application exception with rollback = true
            assertThrows(RuleViolationException.class, () -> Caller.as(request, "finance",
                    () -> cashier.pay(unit, new BigDecimal("1.00"), PaymentMethod.CASH, null)));
        });

        assertEquals(0, given.count(Bill.class, company.id()));
        assertEquals(0, given.count(Payment.class, company.id()));
        assertEquals(0, given.count(OperationLogEntry.class, company.id()));
    }
}
