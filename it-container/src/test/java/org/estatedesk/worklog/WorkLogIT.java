package org.estatedesk.worklog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.estatedesk.incontainer.Caller;
import org.estatedesk.incontainer.Deployments;
import org.estatedesk.incontainer.Given;
import org.estatedesk.incontainer.Transactions;
import org.estatedesk.shared.NotFoundException;
import org.estatedesk.shared.RuleViolationException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The work log (R6.4) inside Liberty: staff read their own log but only supervisors review or see a team, a user of
 * a company outside the caller's scope is not found, and a day refused (ahead of today) takes the day written before
 * it in the same unit of work with it. A log belongs to its writer, a user of the test server's registry: the
 * rollback test writes a day of the past that no other test writes.
 */
@ExtendWith(ArquillianExtension.class)
class WorkLogIT {
    @Deployment
    static WebArchive deployment() {
        return Deployments.capabilities("worklog", "org.estatedesk.worklog", "org.estatedesk.organisation");
    }

    @Inject
    WorkLogService workLog;

    @Inject
    Given given;

    @Inject
    HttpServletRequest request;

    @Inject
    UserTransaction transaction;

    @Test
    void staffReadTheirOwnLogButOnlySupervisorsReview() throws Exception {
        given.companyWithTwoEstates("frontdesk");
        given.companyWithTwoEstates("tech");
        LocalDate monday = LocalDate.of(2026, 11, 2);

        assertEquals("frontdesk", Caller.as(request, "frontdesk",
                () -> workLog.entries(null, null, monday, monday.plusDays(6))).user().getUsername());
        assertThrows(EJBAccessException.class, () -> Caller.as(request, "frontdesk",
                () -> workLog.review("tech", "2026-W45", "fine")));
        assertThrows(EJBAccessException.class, () -> Caller.as(request, "tech",
                () -> workLog.team(IsoWeek.of(monday))));
    }

    @Test
    void aUserOfACompanyOutsideTheCallersScopeIsNotFound() throws Exception {
        given.companyWithTwoEstates("manager");
        Given.Company foreign = given.companyWithTwoEstates("frontdesk");
        long stranger = given.staff(foreign.id());
        LocalDate monday = LocalDate.of(2026, 11, 2);

        assertThrows(NotFoundException.class, () -> Caller.as(request, "manager",
                () -> workLog.entries(stranger, null, monday, monday.plusDays(6))));
        assertThrows(NotFoundException.class, () -> Caller.as(request, "manager",
                () -> workLog.review(given.username(stranger), "2026-W45", "fine")));
    }

    @Test
    void aDayAheadOfTodayRollsBackTheDayWrittenBefore() throws Exception {
        given.companyWithTwoEstates("frontdesk");
        // a day of 2000–2018 that no other test writes (the work log knows no week before 2000-W01, which begins on
        // Monday 3 January 2000)
        LocalDate past = LocalDate.of(2000, 1, 3).plusDays(ThreadLocalRandom.current().nextInt(365 * 19));
        long before = given.countWhere(WorkLog.class, "date", past);

        Transactions.doomed(transaction, () -> {
            // the log of a past day ...
            Caller.as(request, "frontdesk", () -> workLog.write(past, "lobby door repaired", null,
                    new BigDecimal("8"), null));
            // ... then of a day ahead of today: 422, an application exception with rollback = true
            assertThrows(RuleViolationException.class, () -> Caller.as(request, "frontdesk",
                    () -> workLog.write(LocalDate.now().plusDays(2), "not yet", null, new BigDecimal("8"), null)));
        });

        assertEquals(before, given.countWhere(WorkLog.class, "date", past));
    }
}
