package org.estatedesk.relocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import org.estatedesk.approvals.ApprovalChain;
import org.estatedesk.incontainer.Caller;
import org.estatedesk.incontainer.Deployments;
import org.estatedesk.incontainer.Given;
import org.estatedesk.incontainer.Transactions;
import org.estatedesk.shared.BlockedException;
import org.estatedesk.shared.NotFoundException;
import org.estatedesk.shared.OperationLogEntry;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Moving out (R3.6, R3.9) inside Liberty: a technician may not apply for a relocation, the front desk reaches only
 * the units of its estates, and a second relocation of a unit, blocked by the first, takes the first, its approval
 * chain and every log line of the unit of work with it.
 */
@ExtendWith(ArquillianExtension.class)
class RelocationIT {
    @Deployment
    static WebArchive deployment() {
        return Deployments.capabilities("relocation", "org.estatedesk.relocation", "org.estatedesk.approvals");
    }

    @Inject
    RelocationService relocations;

    @Inject
    Given given;

    @Inject
    HttpServletRequest request;

    @Inject
    UserTransaction transaction;

    private Relocation apply(String username, long unitId) throws Exception {
        return Caller.as(request, username, () -> relocations.apply(unitId, LocalDate.of(2027, 6, 1), "sold"));
    }

    @Test
    void aTechnicianMayNotApplyForARelocation() throws Exception {
        Given.Company company = given.companyWithTwoEstates("tech");
        long unit = given.unit(company.estateInScope(), "1-101");

        assertEquals(0, Caller.as(request, "tech", () -> relocations.check(unit)).size());
        assertThrows(EJBAccessException.class, () -> apply("tech", unit));
        assertEquals(0, given.count(Relocation.class, company.id()));
    }

    @Test
    void aRelocationOfAnEstateOutsideTheCallersScopeIsNotFound() throws Exception {
        Given.Company company = given.companyWithTwoEstates("frontdesk");
        given.scope("manager", company.id(), company.estateOutOfScope());
        long other = given.unit(company.estateOutOfScope(), "9-901");
        Relocation elsewhere = apply("manager", other);

        assertThrows(NotFoundException.class, () -> Caller.as(request, "frontdesk",
                () -> relocations.find(elsewhere.getId())));
        assertThrows(NotFoundException.class, () -> apply("frontdesk", other));
        assertThrows(NotFoundException.class, () -> Caller.as(request, "frontdesk", () -> relocations.check(other)));
        assertEquals(0, Caller.as(request, "frontdesk", () -> relocations.relocations(null,
                company.estateOutOfScope(), new org.estatedesk.shared.PageRequest(0, 20))).total());
        assertEquals(1, given.count(Relocation.class, company.id()));
    }

    @Test
    void aBlockedRelocationRollsBackTheUnitOfWork() throws Exception {
        Given.Company company = given.companyWithTwoEstates("frontdesk");
        long unit = given.unit(company.estateInScope(), "1-102");

        Transactions.doomed(transaction, () -> {
            // a relocation, its approval chain and two operation-log lines ...
            apply("frontdesk", unit);
            // ... then the same unit again, blocked by the open one: 409, rollback = true; the "blocked" log line
            // written before the refusal goes with it
            BlockedException blocked = assertThrows(BlockedException.class, () -> apply("frontdesk", unit));
            assertEquals("OPEN_RELOCATION", blocked.reasons().get(0).code());
        });

        assertEquals(0, given.count(Relocation.class, company.id()));
        assertEquals(0, given.count(ApprovalChain.class, company.id()));
        assertEquals(0, given.count(OperationLogEntry.class, company.id()));
    }
}
