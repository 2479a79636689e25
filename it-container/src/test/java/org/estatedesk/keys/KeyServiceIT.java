package org.estatedesk.keys;

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
import org.estatedesk.shared.ConflictException;
import org.estatedesk.shared.NotFoundException;
import org.estatedesk.shared.OperationLogEntry;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The key register's service (R5.1) inside Liberty: who may call it, what a caller's data scope lets him see, and
 * that a business exception leaves nothing behind. Deployed alone with the approvals it starts.
 */
@ExtendWith(ArquillianExtension.class)
class KeyServiceIT {
    @Deployment
    static WebArchive deployment() {
        return Deployments.capabilities("keys", "org.estatedesk.keys", "org.estatedesk.approvals");
    }

    @Inject
    KeyService keys;

    @Inject
    Given given;

    @Inject
    HttpServletRequest request;

    @Inject
    UserTransaction transaction;

    private static NewKey equipmentKey(long estateId, String tag) {
        return new NewKey(estateId, KeyCategory.EQUIPMENT_ROOM, tag, null, null, null, null, "pump room", "hook 1",
                1, false);
    }

    @Test
    void anAuditorReadsTheRegisterButMayNotRegisterAKey() throws Exception {
        Given.Company company = given.companyWithTwoEstates("auditor");
        long key = given.key(company.id(), company.estateInScope(), "AUD-1");

        assertEquals("AUD-1", Caller.as(request, "auditor", () -> keys.key(key).getTag()));
        assertThrows(EJBAccessException.class, () -> Caller.as(request, "auditor",
                () -> keys.register(equipmentKey(company.estateInScope(), "AUD-2"))));
        assertEquals(1, given.count(EstateKey.class, company.id()));
    }

    @Test
    void aKeyOfAnEstateOutsideTheCallersScopeIsNotFound() throws Exception {
        Given.Company company = given.companyWithTwoEstates("frontdesk");
        long mine = given.key(company.id(), company.estateInScope(), "IN-1");
        long other = given.key(company.id(), company.estateOutOfScope(), "OUT-1");

        assertEquals("IN-1", Caller.as(request, "frontdesk", () -> keys.key(mine).getTag()));
        assertThrows(NotFoundException.class, () -> Caller.as(request, "frontdesk", () -> keys.key(other)));
        assertThrows(NotFoundException.class, () -> Caller.as(request, "frontdesk",
                () -> keys.register(equipmentKey(company.estateOutOfScope(), "OUT-2"))));
        assertEquals(2, given.count(EstateKey.class, company.id()));
    }

    @Test
    void aBusinessExceptionRollsBackEverythingTheTransactionWrote() throws Exception {
        Given.Company company = given.companyWithTwoEstates("frontdesk");

        Transactions.doomed(transaction, () -> {
            // a key and its operation-log line, written in the transaction ...
            Caller.as(request, "frontdesk", () -> keys.register(equipmentKey(company.estateInScope(), "TWICE")));
            // ... then the same tag again: 409, an application exception with rollback = true
            assertThrows(ConflictException.class, () -> Caller.as(request, "frontdesk",
                    () -> keys.register(equipmentKey(company.estateInScope(), "TWICE"))));
        });

        assertEquals(0, given.count(EstateKey.class, company.id()));
        assertEquals(0, given.count(OperationLogEntry.class, company.id()));
    }
}
