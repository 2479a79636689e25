package org.estatedesk.decoration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.estatedesk.approvals.ApprovalChain;
import org.estatedesk.approvals.ApprovalService;
import org.estatedesk.approvals.Decision;
import org.estatedesk.incontainer.Caller;
import org.estatedesk.incontainer.Deployments;
import org.estatedesk.incontainer.Given;
import org.estatedesk.incontainer.Transactions;
import org.estatedesk.shared.AccessDeniedException;
import org.estatedesk.shared.NotFoundException;
import org.estatedesk.shared.OperationLogEntry;
import org.estatedesk.shared.PageRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Decoration permits and their approvals (R3.1, R3.2, R3.9) inside Liberty: an auditor may not record an
 * application nor the front desk inspect a completed one, the front desk reaches only the applications of its
 * estates, an approval step is decided by its approver's role only, and a step refused to the wrong role in the
 * middle of a unit of work takes the application, its approval chain and their log lines with it. Deployed with
 * billing (fees and deposits) and what billing needs.
 */
@ExtendWith(ArquillianExtension.class)
class DecorationIT {
    @Deployment
    static WebArchive deployment() {
        return Deployments.capabilities("decoration", Deployments.with(Deployments.BILLING_AND_SERVICEDESK,
                "org.estatedesk.decoration"));
    }

    @Inject
    DecorationService decoration;

    @Inject
    ApprovalService approvals;

    @Inject
    Given given;

    @Inject
    HttpServletRequest request;

    @Inject
    UserTransaction transaction;

    /** An application whose structural alteration needs engineering's verification first (R3.2). */
    private DecorationApplication apply(String username, long unitId) throws Exception {
        return Caller.as(request, username, () -> decoration.apply(unitId, "Acme Decoration", "new kitchen",
                Set.of(Alteration.STRUCTURE, Alteration.WIRING), LocalDate.of(2027, 3, 1), LocalDate.of(2027, 5, 31)));
    }

    @Test
    void anAuditorMayNotApplyNorTheFrontDeskInspect() throws Exception {
        Given.Company company = given.companyWithTwoEstates("auditor");
        given.scope("frontdesk", company.id(), company.estateInScope());
        long unit = given.unit(company.estateInScope(), "1-101");

        assertThrows(EJBAccessException.class, () -> apply("auditor", unit));
        DecorationApplication a = apply("frontdesk", unit);
        assertThrows(EJBAccessException.class, () -> Caller.as(request, "frontdesk",
                () -> decoration.inspectCompletion(a.getId(), true, BigDecimal.ZERO, null, null)));
        assertEquals(a.getId(), Caller.as(request, "auditor", () -> decoration.application(a.getId())).getId());
        assertEquals(1, given.count(DecorationApplication.class, company.id()));
    }

    @Test
    void anApplicationOfAnEstateOutsideTheCallersScopeIsNotFound() throws Exception {
        Given.Company company = given.companyWithTwoEstates("frontdesk");
        given.scope("manager", company.id(), company.estateOutOfScope());
        long mine = given.unit(company.estateInScope(), "1-101");
        long other = given.unit(company.estateOutOfScope(), "9-901");

        apply("frontdesk", mine);
        DecorationApplication elsewhere = apply("manager", other);

        assertThrows(NotFoundException.class, () -> Caller.as(request, "frontdesk",
                () -> decoration.application(elsewhere.getId())));
        assertThrows(NotFoundException.class, () -> apply("frontdesk", other));
        assertEquals(1, Caller.as(request, "frontdesk", () -> decoration.applications(null, null, null, false,
                new PageRequest(0, 20))).items().stream().filter(a -> a.getCompanyId() == company.id()).count());
        assertEquals(2, given.count(DecorationApplication.class, company.id()));
    }

    @Test
    void aStepIsDecidedByItsApproversRoleOnly() throws Exception {
        Given.Company company = given.companyWithTwoEstates("frontdesk");
        given.scope("engineer", company.id(), company.estateInScope());
        given.scope("manager", company.id(), company.estateInScope());
        long unit = given.unit(company.estateInScope(), "1-103");
        DecorationApplication a = apply("frontdesk", unit);
        long verification = given.pendingStep(DecorationApplication.FORM_TYPE, a.getId());

        // engineering's verification comes first: the CS manager is not its approver (403), the engineer is
        assertThrows(AccessDeniedException.class, () -> Caller.as(request, "manager",
                () -> approvals.decide(verification, Decision.APPROVE, null, null)));
        Caller.as(request, "engineer", () -> approvals.decide(verification, Decision.APPROVE, "structure ok", null));

        assertEquals("CS_ASSISTANT", Caller.as(request, "frontdesk",
                () -> decoration.application(a.getId())).getCurrentStep());
        long next = given.pendingStep(DecorationApplication.FORM_TYPE, a.getId());
        assertThrows(AccessDeniedException.class, () -> Caller.as(request, "engineer",
                () -> approvals.decide(next, Decision.APPROVE, null, null)));
    }

    @Test
    void aStepRefusedToTheWrongRoleRollsBackTheApplication() throws Exception {
        Given.Company company = given.companyWithTwoEstates("frontdesk");
        long unit = given.unit(company.estateInScope(), "1-102");

        Transactions.doomed(transaction, () -> {
            // an application, its event, its approval chain and two operation-log lines ...
            DecorationApplication a = apply("frontdesk", unit);
            // ... then the front desk decides engineering's step: 403, an application exception with rollback = true
            long step = Caller.as(request, "frontdesk", () -> approvals.history(DecorationApplication.FORM_TYPE,
                    a.getId()).get(0).pendingStep().orElseThrow().getId());
            assertThrows(AccessDeniedException.class, () -> Caller.as(request, "frontdesk",
                    () -> approvals.decide(step, Decision.APPROVE, null, null)));
        });

        assertEquals(0, given.count(DecorationApplication.class, company.id()));
        assertEquals(0, given.count(ApprovalChain.class, company.id()));
        assertEquals(0, given.count(OperationLogEntry.class, company.id()));
    }
}
