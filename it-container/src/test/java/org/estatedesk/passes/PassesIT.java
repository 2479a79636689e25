package org.estatedesk.passes;

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
import org.estatedesk.shared.RuleViolationException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Passes (R3.6) inside Liberty: a technician may not issue a pass nor an auditor take one back, the front desk
 * reaches only the passes of its estates, and a worker pass refused for want of a decoration permit takes the pass
 * issued before it in the same unit of work with it. Deployed with billing (card fees and deposits).
 */
@ExtendWith(ArquillianExtension.class)
class PassesIT {
    @Deployment
    static WebArchive deployment() {
        return Deployments.capabilities("passes", Deployments.with(Deployments.BILLING_AND_SERVICEDESK,
                "org.estatedesk.passes"));
    }

    @Inject
    PassService passes;

    @Inject
    Given given;

    @Inject
    HttpServletRequest request;

    @Inject
    UserTransaction transaction;

    private static final LocalDate FROM = LocalDate.of(2027, 4, 1);

    private Pass issue(String username, long unitId, Pass.Kind kind) throws Exception {
        return Caller.as(request, username, () -> passes.issue(unitId, kind, "张伟", "110101199001011234",
                "Acme Decoration", null, FROM, FROM.plusDays(2)));
    }

    @Test
    void aTechnicianMayNotIssueAPassNorAnAuditorTakeOneBack() throws Exception {
        Given.Company company = given.companyWithTwoEstates("frontdesk");
        given.scope("tech", company.id(), company.estateInScope());
        given.scope("auditor", company.id(), company.estateInScope());
        long unit = given.unit(company.estateInScope(), "1-101");

        assertThrows(EJBAccessException.class, () -> issue("tech", unit, Pass.Kind.TEMPORARY));
        Pass pass = issue("frontdesk", unit, Pass.Kind.TEMPORARY);
        assertEquals(pass.getId(), Caller.as(request, "auditor", () -> passes.find(pass.getId())).getId());
        assertThrows(EJBAccessException.class, () -> Caller.as(request, "auditor",
                () -> passes.giveBack(pass.getId(), null)));
        assertEquals(1, given.count(Pass.class, company.id()));
    }

    @Test
    void aPassOfAnEstateOutsideTheCallersScopeIsNotFound() throws Exception {
        Given.Company company = given.companyWithTwoEstates("frontdesk");
        given.scope("manager", company.id(), company.estateOutOfScope());
        long other = given.unit(company.estateOutOfScope(), "9-901");
        Pass elsewhere = issue("manager", other, Pass.Kind.TEMPORARY);

        assertThrows(NotFoundException.class, () -> Caller.as(request, "frontdesk", () -> passes.find(
                elsewhere.getId())));
        assertThrows(NotFoundException.class, () -> Caller.as(request, "frontdesk",
                () -> passes.giveBack(elsewhere.getId(), null)));
        assertThrows(NotFoundException.class, () -> issue("frontdesk", other, Pass.Kind.TEMPORARY));
        assertEquals(1, given.count(Pass.class, company.id()));
    }

    @Test
    void aWorkerPassWithoutPermitRollsBackThePassIssuedBefore() throws Exception {
        Given.Company company = given.companyWithTwoEstates("frontdesk");
        long unit = given.unit(company.estateInScope(), "1-102");

        Transactions.doomed(transaction, () -> {
            // a temporary pass and its operation-log line ...
            issue("frontdesk", unit, Pass.Kind.TEMPORARY);
            // ... then a worker pass for a unit without a decoration permit: 422, rollback = true
            assertThrows(RuleViolationException.class, () -> issue("frontdesk", unit, Pass.Kind.WORKER));
        });

        assertEquals(0, given.count(Pass.class, company.id()));
        assertEquals(0, given.count(OperationLogEntry.class, company.id()));
    }
}
