package org.estatedesk.archives;

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
 * The archive (R5.2) inside Liberty: the front desk may not even read archive files and an auditor reads but may not
 * open one, the archive keeper reaches only the estates of his scope, and a file number taken twice in one unit of
 * work leaves neither file, nor its history, nor a log line. Deployed with approvals (borrowing) and the job
 * launcher (the archive audit).
 */
@ExtendWith(ArquillianExtension.class)
class ArchivesIT {
    @Deployment
    static WebArchive deployment() {
        return Deployments.capabilities("archives", "org.estatedesk.archives", "org.estatedesk.approvals",
                "org.estatedesk.jobs");
    }

    @Inject
    ArchiveService archives;

    @Inject
    Given given;

    @Inject
    HttpServletRequest request;

    @Inject
    UserTransaction transaction;

    private ArchiveFile open(String username, long estateId, String fileNo) throws Exception {
        return Caller.as(request, username, () -> archives.createFile(estateId, ArchiveKind.CONSTRUCTION, null, null,
                fileNo, "竣工图纸 " + fileNo, "cabinet 3"));
    }

    @Test
    void theFrontDeskMayNotReadFilesNorAnAuditorOpenOne() throws Exception {
        Given.Company company = given.companyWithTwoEstates("archivist");
        given.scope("auditor", company.id(), company.estateInScope());
        given.scope("frontdesk", company.id(), company.estateInScope());
        ArchiveFile file = open("archivist", company.estateInScope(), "JG-1");

        assertEquals("JG-1", Caller.as(request, "auditor", () -> archives.file(file.getId())).getFileNo());
        assertThrows(EJBAccessException.class, () -> open("auditor", company.estateInScope(), "JG-2"));
        assertThrows(EJBAccessException.class, () -> Caller.as(request, "frontdesk",
                () -> archives.file(file.getId())));
        assertEquals(1, given.count(ArchiveFile.class, company.id()));
    }

    @Test
    void aFileOfAnEstateOutsideTheCallersScopeIsNotFound() throws Exception {
        Given.Company company = given.companyWithTwoEstates("archivist");
        given.scope("admin", company.id(), company.estateOutOfScope());
        ArchiveFile elsewhere = open("admin", company.estateOutOfScope(), "JG-9");

        assertThrows(NotFoundException.class, () -> Caller.as(request, "archivist",
                () -> archives.file(elsewhere.getId())));
        assertThrows(NotFoundException.class, () -> open("archivist", company.estateOutOfScope(), "JG-8"));
        assertEquals(0, Caller.as(request, "archivist", () -> archives.files(company.estateOutOfScope(), null, null,
                null, new org.estatedesk.shared.PageRequest(0, 20))).total());
        assertEquals(1, given.count(ArchiveFile.class, company.id()));
    }

    @Test
    void aFileNumberTakenTwiceRollsBackTheUnitOfWork() throws Exception {
        Given.Company company = given.companyWithTwoEstates("archivist");

        Transactions.doomed(transaction, () -> {
            // a file, its history's first event and its operation-log line ...
            open("archivist", company.estateInScope(), "JG-1");
            // ... then the same file number again: 409, an application exception with rollback = true
            assertThrows(ConflictException.class, () -> open("archivist", company.estateInScope(), "JG-1"));
        });

        assertEquals(0, given.count(ArchiveFile.class, company.id()));
        assertEquals(0, given.count(OperationLogEntry.class, company.id()));
    }
}
