package org.estatedesk.hotwater;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
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
 * Hot-water sealing (R3.8) inside Liberty: a technician may not record an owner's request nor the front desk the
 * final reading, the front desk reaches only the sealings of its estates, and a second request for a unit with an
 * open sealing takes the first, made in the same unit of work, with it. Deployed with billing (the final reading's
 * charge) and archives (the signed agreement).
 */
@ExtendWith(ArquillianExtension.class)
class HotWaterIT {
    @Deployment
    static WebArchive deployment() {
        return Deployments.capabilities("hotwater", Deployments.with(Deployments.BILLING_AND_SERVICEDESK,
                "org.estatedesk.hotwater", "org.estatedesk.archives"));
    }

    @Inject
    HotWaterService hotWater;

    @Inject
    Given given;

    @Inject
    HttpServletRequest request;

    @Inject
    UserTransaction transaction;

    private HotWaterSealing apply(String username, long unitId) throws Exception {
        return Caller.as(request, username, () -> hotWater.apply(unitId, "王芳", "13800000003", "abroad for a year"));
    }

    @Test
    void aTechnicianMayNotRecordARequestNorTheFrontDeskTheFinalReading() throws Exception {
        Given.Company company = given.companyWithTwoEstates("frontdesk");
        given.scope("tech", company.id(), company.estateInScope());
        long unit = given.unit(company.estateInScope(), "1-101");

        assertThrows(EJBAccessException.class, () -> apply("tech", unit));
        HotWaterSealing s = apply("frontdesk", unit);
        assertThrows(EJBAccessException.class, () -> Caller.as(request, "frontdesk",
                () -> hotWater.finalReading(s.getId(), new BigDecimal("12.5"), null, null)));
        assertEquals(s.getId(), Caller.as(request, "tech", () -> hotWater.find(s.getId())).getId());
        assertEquals(1, given.count(HotWaterSealing.class, company.id()));
    }

    @Test
    void aSealingOfAnEstateOutsideTheCallersScopeIsNotFound() throws Exception {
        Given.Company company = given.companyWithTwoEstates("frontdesk");
        given.scope("manager", company.id(), company.estateOutOfScope());
        long other = given.unit(company.estateOutOfScope(), "9-901");
        HotWaterSealing elsewhere = apply("manager", other);

        assertThrows(NotFoundException.class, () -> Caller.as(request, "frontdesk",
                () -> hotWater.find(elsewhere.getId())));
        assertThrows(NotFoundException.class, () -> apply("frontdesk", other));
        assertEquals(0, Caller.as(request, "frontdesk", () -> hotWater.sealings(null, company.estateOutOfScope(),
                new org.estatedesk.shared.PageRequest(0, 20))).total());
        assertEquals(1, given.count(HotWaterSealing.class, company.id()));
    }

    @Test
    void aSecondRequestForTheUnitRollsBackTheFirst() throws Exception {
        Given.Company company = given.companyWithTwoEstates("frontdesk");
        long unit = given.unit(company.estateInScope(), "1-102");

        Transactions.doomed(transaction, () -> {
            // an agreement and its operation-log line ...
            apply("frontdesk", unit);
            // ... then another for the same unit while the first is open: 409, rollback = true
            assertThrows(ConflictException.class, () -> apply("frontdesk", unit));
        });

        assertEquals(0, given.count(HotWaterSealing.class, company.id()));
        assertEquals(0, given.count(OperationLogEntry.class, company.id()));
    }
}
