package org.estatedesk.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import org.estatedesk.incontainer.Caller;
import org.estatedesk.incontainer.Deployments;
import org.estatedesk.incontainer.Given;
import org.estatedesk.incontainer.Transactions;
import org.estatedesk.shared.AccessDeniedException;
import org.estatedesk.shared.NotFoundException;
import org.estatedesk.shared.OperationLogEntry;
import org.estatedesk.shared.RuleViolationException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The organisation and its business parameters (R0.1, R0.9) inside Liberty: staff read a company's parameters but
 * only an administrator sets them, and only a group administrator changes the tree; a company outside the caller's
 * scope is not found; and a refused calendar change takes the parameter and the holidays set before it with it.
 */
@ExtendWith(ArquillianExtension.class)
class OrganisationIT {
    @Deployment
    static WebArchive deployment() {
        return Deployments.capabilities("organisation", "org.estatedesk.organisation");
    }

    @Inject
    ParameterService parameters;

    @Inject
    OrganisationService organisation;

    @Inject
    Given given;

    @Inject
    HttpServletRequest request;

    @Inject
    UserTransaction transaction;

    @Test
    void onlyAnAdministratorSetsParametersAndOnlyTheGroupsChangesTheTree() throws Exception {
        Given.Company company = given.companyWithTwoEstates("manager");
        given.scope("admin", company.id(), company.estateInScope());

        assertEquals("30", Caller.as(request, "manager",
                () -> parameters.value(company.id(), ParameterKey.SLA_GENERAL_MINUTES)));
        assertThrows(EJBAccessException.class, () -> Caller.as(request, "manager", () -> {
            parameters.set(company.id(), ParameterKey.SLA_GENERAL_MINUTES, "45");
            return null;
        }));
        // an administrator of companies, not of the group: 403
        assertThrows(AccessDeniedException.class, () -> Caller.as(request, "admin",
                () -> organisation.addUnit(company.id(), OrgUnitKind.DEPARTMENT, "D1", "部门", "Department")));
        assertEquals(0, given.count(BusinessParameter.class, company.id()));
        assertEquals(0, given.count(OperationLogEntry.class, company.id()));
    }

    @Test
    void aCompanyOutsideTheCallersScopeIsNotFound() throws Exception {
        Given.Company mine = given.companyWithTwoEstates("admin");
        Given.Company foreign = given.companyWithTwoEstates("frontdesk");

        Caller.as(request, "admin", () -> {
            parameters.set(mine.id(), ParameterKey.SLA_GENERAL_MINUTES, "45");
            return null;
        });
        assertTrue(Caller.as(request, "admin", () -> parameters.parameters(mine.id())).stream()
                .anyMatch(p -> p.key() == ParameterKey.SLA_GENERAL_MINUTES && p.overridden() && p.value().equals("45")));
        assertThrows(NotFoundException.class, () -> Caller.as(request, "admin", () -> parameters.parameters(
                foreign.id())));
        assertThrows(NotFoundException.class, () -> Caller.as(request, "admin", () -> {
            parameters.set(foreign.id(), ParameterKey.SLA_GENERAL_MINUTES, "45");
            return null;
        }));
        assertEquals(0, given.count(BusinessParameter.class, foreign.id()));
    }

    @Test
    void aRefusedCalendarChangeRollsBackTheParameterAndTheHolidays() throws Exception {
        Given.Company company = given.companyWithTwoEstates("admin");

        Transactions.doomed(transaction, () -> {
            // a parameter, three holidays and two operation-log lines ...
            Caller.as(request, "admin", () -> {
                parameters.set(company.id(), ParameterKey.SLA_GENERAL_MINUTES, "45");
                return null;
            });
            assertEquals(3, Caller.as(request, "admin", () -> parameters.setHolidays(company.id(),
                    LocalDate.of(2027, 10, 1), LocalDate.of(2027, 10, 3), false, "国庆节")).size());
            // ... then 32 days at once: 422, an application exception with rollback = true
            assertThrows(RuleViolationException.class, () -> Caller.as(request, "admin", () -> parameters.setHolidays(
                    company.id(), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 1), false, "too long")));
        });

        assertEquals(0, given.count(BusinessParameter.class, company.id()));
        assertEquals(0, given.count(Holiday.class, company.id()));
        assertEquals(0, given.count(OperationLogEntry.class, company.id()));
        assertEquals("30", Caller.as(request, "admin",
                () -> parameters.value(company.id(), ParameterKey.SLA_GENERAL_MINUTES)));
    }
}
