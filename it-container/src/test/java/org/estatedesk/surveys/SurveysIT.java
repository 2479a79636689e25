package org.estatedesk.surveys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.UserTransaction;
import java.util.List;
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
 * Satisfaction surveys (R6.3) inside Liberty: the front desk may neither define a questionnaire nor send one, a
 * manager sends only to the estates of his scope and finds no other company's questionnaires, and a survey sent
 * twice in one unit of work takes the questionnaire, the first survey and their log lines with it. Deployed with
 * the notification outbox (the invitations' e-mails).
 */
@ExtendWith(ArquillianExtension.class)
class SurveysIT {
    @Deployment
    static WebArchive deployment() {
        return Deployments.capabilities("surveys", "org.estatedesk.surveys", "org.estatedesk.notification");
    }

    @Inject
    QuestionnaireService questionnaires;

    @Inject
    SurveyService surveys;

    @Inject
    Given given;

    @Inject
    HttpServletRequest request;

    @Inject
    UserTransaction transaction;

    /** A published questionnaire of the company with one score question. */
    private Questionnaire published(String username, long companyId) throws Exception {
        return Caller.as(request, username, () -> {
            Questionnaire q = questionnaires.define(companyId, "物业服务满意度", null,
                    List.of(new QuestionDraft(QuestionKind.SCORE, "总体满意度", true, null)));
            return questionnaires.publish(q.getId(), null);
        });
    }

    @Test
    void theFrontDeskMayNeitherDefineNorSendASurvey() throws Exception {
        Given.Company company = given.companyWithTwoEstates("manager");
        given.scope("frontdesk", company.id(), company.estateInScope());
        Questionnaire q = published("manager", company.id());

        assertThrows(EJBAccessException.class, () -> Caller.as(request, "frontdesk", () -> questionnaires.define(
                company.id(), "another", null, List.of(new QuestionDraft(QuestionKind.TEXT, "why?", false, null)))));
        assertThrows(EJBAccessException.class, () -> Caller.as(request, "frontdesk",
                () -> surveys.send(q.getId(), company.estateInScope())));
        assertEquals(1, given.count(Questionnaire.class, company.id()));
        assertEquals(0, given.count(Survey.class, company.id()));
    }

    @Test
    void anEstateOrQuestionnaireOutsideTheCallersScopeIsNotFound() throws Exception {
        Given.Company company = given.companyWithTwoEstates("manager");
        Given.Company foreign = given.companyWithTwoEstates("admin");
        Questionnaire mine = published("manager", company.id());
        Questionnaire theirs = published("admin", foreign.id());

        assertEquals(mine.getId(), Caller.as(request, "manager",
                () -> surveys.send(mine.getId(), company.estateInScope())).getQuestionnaireId());
        assertThrows(NotFoundException.class, () -> Caller.as(request, "manager",
                () -> surveys.send(mine.getId(), company.estateOutOfScope())));
        assertThrows(NotFoundException.class, () -> Caller.as(request, "manager",
                () -> surveys.send(theirs.getId(), company.estateInScope())));
        assertThrows(NotFoundException.class, () -> Caller.as(request, "manager",
                () -> questionnaires.define(foreign.id(), "not mine", null, List.of())));
        assertEquals(1, given.count(Survey.class, company.id()));
        assertEquals(0, given.count(Survey.class, foreign.id()));
    }

    @Test
    void aSurveySentTwiceRollsBackTheUnitOfWork() throws Exception {
        Given.Company company = given.companyWithTwoEstates("manager");

        Transactions.doomed(transaction, () -> {
            // a questionnaire, published and sent (its survey and three operation-log lines) ...
            Questionnaire q = published("manager", company.id());
            Caller.as(request, "manager", () -> surveys.send(q.getId(), company.estateInScope()));
            // ... then sent to the same estate again: 409, an application exception with rollback = true
            assertThrows(ConflictException.class, () -> Caller.as(request, "manager",
                    () -> surveys.send(q.getId(), company.estateInScope())));
        });

        assertEquals(0, given.count(Questionnaire.class, company.id()));
        assertEquals(0, given.count(Survey.class, company.id()));
        assertEquals(0, given.count(OperationLogEntry.class, company.id()));
    }
}
