package org.estatedesk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.UserTransaction;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.estatedesk.incontainer.Caller;
import org.estatedesk.incontainer.Deployments;
import org.estatedesk.incontainer.Given;
import org.estatedesk.incontainer.Transactions;
import org.estatedesk.shared.ConflictException;
import org.estatedesk.shared.NotFoundException;
import org.estatedesk.shared.OperationLogEntry;
import org.estatedesk.shared.PageRequest;
import org.estatedesk.shared.Roles;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The administration of users (R0.5, R0.6) inside Liberty: only an administrator keeps users, a company's
 * administrator (not the group's) sees only the users of his company, and a user refused in the middle of a unit of
 * work takes the users created before him with it.
 */
@ExtendWith(ArquillianExtension.class)
class UserAdministrationIT {
    @Deployment
    static WebArchive deployment() {
        return Deployments.capabilities("security", "org.estatedesk.security");
    }

    @Inject
    UserAdministration administration;

    @Inject
    Given given;

    @Inject
    HttpServletRequest request;

    @Inject
    UserTransaction transaction;

    /** A front-desk clerk of the company, seeing one estate of it. */
    private static UserCommand clerk(String username, long companyId, long estateId) {
        return new UserCommand(username, "Clerk " + username, "correct-horse-battery", companyId, null, null, null,
                Set.of(Roles.FRONT_DESK), List.of(new UserCommand.Scope(companyId, estateId)), false, true);
    }

    private static String unique() {
        return "u" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    @Test
    void onlyAnAdministratorKeepsUsers() throws Exception {
        Given.Company company = given.companyWithTwoEstates("manager");
        long clerk = given.staff(company.id());

        assertThrows(EJBAccessException.class, () -> Caller.as(request, "manager",
                () -> administration.create(clerk(unique(), company.id(), company.estateInScope()))));
        assertThrows(EJBAccessException.class, () -> Caller.as(request, "manager", () -> administration.user(clerk)));
        assertThrows(EJBAccessException.class, () -> Caller.as(request, "manager", () -> {
            administration.unlock(clerk);
            return null;
        }));
        assertEquals("manager", Caller.as(request, "manager", () -> administration.me()).username());
        assertEquals(1, given.count(AppUser.class, company.id()));
    }

    @Test
    void aUserOfAnotherCompanyIsNotFound() throws Exception {
        given.companyWithTwoEstates("admin");
        long own = given.companyOf("admin");
        Given.Company foreign = given.companyWithTwoEstates("frontdesk");
        long colleague = given.staff(own);
        long stranger = given.staff(foreign.id());

        assertEquals(colleague, Caller.as(request, "admin", () -> administration.user(colleague)).getId());
        assertThrows(NotFoundException.class, () -> Caller.as(request, "admin", () -> administration.user(stranger)));
        assertEquals(0, Caller.as(request, "admin", () -> administration.search(null, foreign.id(),
                new PageRequest(0, 20))).total());
        assertThrows(NotFoundException.class, () -> Caller.as(request, "admin", () -> {
            administration.unlock(stranger);
            return null;
        }));
    }

    @Test
    void aRefusedUserRollsBackTheUsersCreatedBefore() throws Exception {
        given.companyWithTwoEstates("admin");
        long own = given.companyOf("admin");
        long estate = given.companyEstate(own);
        long usersBefore = given.count(AppUser.class, own);
        long logBefore = given.count(OperationLogEntry.class, own);
        String name = unique();

        Transactions.doomed(transaction, () -> {
            // a user, his scope and an operation-log line ...
            Caller.as(request, "admin", () -> administration.create(clerk(name, own, estate)));
            // ... then the same user name again: 409, an application exception with rollback = true
            assertThrows(ConflictException.class, () -> Caller.as(request, "admin",
                    () -> administration.create(clerk(name, own, estate))));
        });

        assertEquals(0, given.countWhere(AppUser.class, "username", name));
        assertEquals(usersBefore, given.count(AppUser.class, own));
        assertEquals(logBefore, given.count(OperationLogEntry.class, own));
    }
}
