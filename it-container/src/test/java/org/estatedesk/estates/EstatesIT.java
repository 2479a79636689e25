package org.estatedesk.estates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * Estates, buildings and units (R0.2, R0.3, R0.6) inside Liberty: the front desk may not add buildings nor change
 * units and the CS manager may not create estates, a caller sees only the estates of his scope, and a unit
 * generation that clashes leaves neither the building nor the units generated before it. Deployed with the job
 * launcher (large generations run as a job).
 */
@ExtendWith(ArquillianExtension.class)
class EstatesIT {
    @Deployment
    static WebArchive deployment() {
        return Deployments.capabilities("estates", "org.estatedesk.estates", "org.estatedesk.jobs");
    }

    @Inject
    EstateService estates;

    @Inject
    Given given;

    @Inject
    HttpServletRequest request;

    @Inject
    UserTransaction transaction;

    /** Floors 1–3, two units a floor, in entrance 1. */
    private static UnitGeneration sixUnits(long buildingId) {
        return new UnitGeneration(buildingId, null, 1, 3, 2, null, UnitType.RESIDENCE, new BigDecimal("90.50"));
    }

    @Test
    void theFrontDeskMayNotAddBuildingsNorAManagerCreateEstates() throws Exception {
        Given.Company company = given.companyWithTwoEstates("frontdesk");
        given.scope("manager", company.id(), company.estateInScope());
        long unit = given.unit(company.estateInScope(), "1-101");

        assertEquals(company.estateInScope(), Caller.as(request, "frontdesk",
                () -> estates.estate(company.estateInScope())).getId());
        assertThrows(EJBAccessException.class, () -> Caller.as(request, "frontdesk",
                () -> estates.addBuilding(company.estateInScope(), "B1", "Building 1", 10)));
        assertThrows(EJBAccessException.class, () -> Caller.as(request, "frontdesk",
                () -> estates.updateUnit(unit, UnitType.SHOP, new BigDecimal("10.00"), null, null)));
        assertThrows(EJBAccessException.class, () -> Caller.as(request, "manager",
                () -> estates.createEstate(company.id(), "X" + unit, "小区 X", "Shanghai", "3 Test Road")));
        assertEquals(0, Caller.as(request, "frontdesk", () -> estates.buildings(company.estateInScope())).size());
        assertEquals(2, given.count(Estate.class, company.id()));
    }

    @Test
    void anEstateOutsideTheCallersScopeIsNotFound() throws Exception {
        Given.Company company = given.companyWithTwoEstates("manager");
        long other = given.unit(company.estateOutOfScope(), "9-901");

        var visible = Caller.as(request, "manager", () -> estates.visibleEstates()).stream().map(Estate::getId)
                .toList();
        assertTrue(visible.contains(company.estateInScope()));
        assertFalse(visible.contains(company.estateOutOfScope()));
        assertThrows(NotFoundException.class, () -> Caller.as(request, "manager",
                () -> estates.estate(company.estateOutOfScope())));
        assertThrows(NotFoundException.class, () -> Caller.as(request, "manager", () -> estates.unit(other)));
        assertThrows(NotFoundException.class, () -> Caller.as(request, "manager",
                () -> estates.addBuilding(company.estateOutOfScope(), "B9", "Building 9", 10)));
        assertEquals(0, given.countWhere(Building.class, "estateId", company.estateOutOfScope()));
    }

    @Test
    void aClashingGenerationRollsBackTheBuildingAndItsUnits() throws Exception {
        Given.Company company = given.companyWithTwoEstates("manager");

        Transactions.doomed(transaction, () -> {
            // a building and its six units, with two operation-log lines ...
            Building b = Caller.as(request, "manager",
                    () -> estates.addBuilding(company.estateInScope(), "B1", "Building 1", 10));
            assertEquals(6, Caller.as(request, "manager", () -> estates.generateUnits(sixUnits(b.getId()))).size());
            // ... then the same units again: 409, an application exception with rollback = true
            assertThrows(ConflictException.class, () -> Caller.as(request, "manager",
                    () -> estates.generateUnits(sixUnits(b.getId()))));
        });

        assertEquals(0, given.countWhere(Building.class, "estateId", company.estateInScope()));
        assertEquals(0, given.count(Unit.class, company.id()));
        assertEquals(0, given.count(OperationLogEntry.class, company.id()));
    }
}
