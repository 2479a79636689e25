package org.estatedesk.owners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import org.estatedesk.incontainer.Caller;
import org.estatedesk.incontainer.Deployments;
import org.estatedesk.incontainer.Given;
import org.estatedesk.incontainer.Transactions;
import org.estatedesk.shared.NotFoundException;
import org.estatedesk.shared.OperationLogEntry;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The owner ledger's service (R0.4) inside Liberty: the front desk keeps owners but may not name their consultant,
 * reaches only units of its estates, and a 404 in the middle of a unit of work leaves nothing behind.
 */
@ExtendWith(ArquillianExtension.class)
class OwnerServiceIT {
    @Deployment
    static WebArchive deployment() {
        return Deployments.capabilities("owners", "org.estatedesk.owners");
    }

    @Inject
    OwnerService owners;

    @Inject
    Given given;

    @Inject
    HttpServletRequest request;

    @Inject
    UserTransaction transaction;

    @Test
    void theFrontDeskMayNotNameAnOwnersConsultant() throws Exception {
        Given.Company company = given.companyWithTwoEstates("frontdesk");
        long owner = given.owner(company.id(), "王芳");

        assertEquals("王芳", Caller.as(request, "frontdesk", () -> owners.owner(owner).getName()));
        assertThrows(EJBAccessException.class, () -> Caller.as(request, "frontdesk",
                () -> owners.assignConsultant(owner, "frontdesk")));
    }

    @Test
    void aUnitOfAnEstateOutsideTheCallersScopeIsNotFound() throws Exception {
        Given.Company company = given.companyWithTwoEstates("frontdesk");
        long mine = given.unit(company.estateInScope(), "1-101");
        long other = given.unit(company.estateOutOfScope(), "9-901");
        long owner = given.owner(company.id(), "李雷");

        Caller.as(request, "frontdesk", () -> owners.assign(owner, mine, OwnershipRelation.OWNER,
                LocalDate.of(2026, 1, 1), null));
        assertThrows(NotFoundException.class, () -> Caller.as(request, "frontdesk",
                () -> owners.assign(owner, other, OwnershipRelation.OWNER, LocalDate.of(2026, 1, 1), null)));
        assertEquals(1, Caller.as(request, "frontdesk", () -> owners.unitsOf(owner)).size());
        assertEquals(0, given.ownershipsOf(other));
    }

    @Test
    void aNotFoundInTheMiddleOfAUnitOfWorkLeavesNothing() throws Exception {
        Given.Company company = given.companyWithTwoEstates("frontdesk");
        long mine = given.unit(company.estateInScope(), "1-102");
        long other = given.unit(company.estateOutOfScope(), "9-902");
        long owner = given.owner(company.id(), "韩梅梅");

        Transactions.doomed(transaction, () -> {
            // the owner of one unit (an ownership, the unit's current owner, an operation-log line) ...
            Caller.as(request, "frontdesk", () -> owners.assign(owner, mine, OwnershipRelation.OWNER,
                    LocalDate.of(2026, 1, 1), null));
            // ... then of a unit outside the caller's scope: 404, an application exception with rollback = true
            assertThrows(NotFoundException.class, () -> Caller.as(request, "frontdesk",
                    () -> owners.assign(owner, other, OwnershipRelation.OWNER, LocalDate.of(2026, 1, 1), null)));
        });

        assertEquals(0, given.ownershipsOf(mine));
        assertEquals(0, given.count(OperationLogEntry.class, company.id()));
        assertEquals(0, Caller.as(request, "frontdesk", () -> owners.unitsOf(owner)).size());
    }
}
