package org.estatedesk.servicedesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.UserTransaction;
import org.estatedesk.incontainer.Caller;
import org.estatedesk.incontainer.Deployments;
import org.estatedesk.incontainer.Given;
import org.estatedesk.incontainer.Transactions;
import org.estatedesk.shared.NotFoundException;
import org.estatedesk.shared.OperationLogEntry;
import org.estatedesk.shared.PageRequest;
import org.estatedesk.shared.RuleViolationException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The service desk's reception and tasks (R1.1–R1.4) inside Liberty: a technician may not register calls nor the
 * front desk dispatch, the front desk reaches only the estates of its scope, and a task refused after its reception
 * record was registered leaves neither behind.
 */
@ExtendWith(ArquillianExtension.class)
class ServiceDeskIT {
    @Deployment
    static WebArchive deployment() {
        return Deployments.capabilities("servicedesk", Deployments.BILLING_AND_SERVICEDESK);
    }

    @Inject
    ReceptionService reception;

    @Inject
    TaskService tasks;

    @Inject
    Given given;

    @Inject
    HttpServletRequest request;

    @Inject
    UserTransaction transaction;

    private static ReceptionRequest call(long estateId) {
        return new ReceptionRequest(estateId, null, "lobby of building 1", Channel.PHONE, "王芳", "13800000001",
                "the lobby door does not close");
    }

    @Test
    void aTechnicianMayNotRegisterACallNorTheFrontDeskAssignATask() throws Exception {
        Given.Company company = given.companyWithTwoEstates("tech");
        given.companyWithTwoEstates("frontdesk");

        assertThrows(EJBAccessException.class, () -> Caller.as(request, "tech",
                () -> reception.register(call(company.estateInScope()))));
        assertThrows(EJBAccessException.class, () -> Caller.as(request, "frontdesk",
                () -> tasks.assign(1L, "tech", null, null)));
        assertEquals(0, given.count(Reception.class, company.id()));
    }

    @Test
    void aReceptionOfAnEstateOutsideTheCallersScopeIsNotFound() throws Exception {
        Given.Company company = given.companyWithTwoEstates("frontdesk");
        long other = given.reception(company.id(), company.estateOutOfScope());

        Reception mine = Caller.as(request, "frontdesk", () -> reception.register(call(company.estateInScope())));
        assertEquals(mine.getId(), Caller.as(request, "frontdesk", () -> reception.reception(mine.getId())).getId());
        assertThrows(NotFoundException.class, () -> Caller.as(request, "frontdesk", () -> reception.reception(other)));
        assertThrows(NotFoundException.class, () -> Caller.as(request, "frontdesk",
                () -> reception.register(call(company.estateOutOfScope()))));
        assertEquals(0, Caller.as(request, "frontdesk", () -> reception.receptions(null, company.estateOutOfScope(),
                false, new PageRequest(0, 20))).total());
        assertEquals(2, given.count(Reception.class, company.id()));
    }

    @Test
    void aTaskRefusedAfterItsReceptionWasRegisteredLeavesNothing() throws Exception {
        Given.Company company = given.companyWithTwoEstates("frontdesk");

        Transactions.doomed(transaction, () -> {
            // a reception record and its operation-log line ...
            Reception r = Caller.as(request, "frontdesk", () -> reception.register(call(company.estateInScope())));
            // ... then a task of a category the company's library does not have: 422, rollback = true
            assertThrows(RuleViolationException.class, () -> Caller.as(request, "frontdesk",
                    () -> reception.split(r.getId(), new TaskRequest(TaskKind.REPAIR, null, "NO-SUCH-CATEGORY",
                            null, null, null, false, null))));
        });

        assertEquals(0, given.count(Reception.class, company.id()));
        assertEquals(0, given.count(Task.class, company.id()));
        assertEquals(0, given.count(OperationLogEntry.class, company.id()));
    }
}
