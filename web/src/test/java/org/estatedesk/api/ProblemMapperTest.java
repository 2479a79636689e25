package org.estatedesk.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Which database failures mean "the record was busy" (409), however the container wraps them. */
class ProblemMapperTest {
    private static Throwable wrapped(Throwable cause) {
        EJBTransactionRolledbackException e = new EJBTransactionRolledbackException("rolled back");
        e.initCause(new PersistenceException("could not execute statement", cause));
        return e;
    }

    @Test
    void aLockNotGrantedOrADeadlockIsABusyRecord() {
        assertTrue(ProblemMapper.lockNotGranted(new PessimisticLockException("held")));
        assertTrue(ProblemMapper.lockNotGranted(wrapped(new LockTimeoutException("timeout"))));
        assertTrue(ProblemMapper.lockNotGranted(wrapped(new SQLException("Timeout trying to lock table", "HYT00"))),
                "H2's lock timeout");
        assertTrue(ProblemMapper.lockNotGranted(wrapped(new SQLException("lock not available", "55P03"))));
        assertTrue(ProblemMapper.lockNotGranted(wrapped(new SQLException("deadlock detected", "40P01"))));
        assertTrue(ProblemMapper.lockNotGranted(wrapped(new SQLException("could not serialize", "40001"))));
    }

    @Test
    void otherDatabaseFailuresAreNot() {
        assertFalse(ProblemMapper.lockNotGranted(wrapped(new SQLException("duplicate key", "23505"))));
        assertFalse(ProblemMapper.lockNotGranted(wrapped(new SQLException("connection refused", "08001"))));
        assertFalse(ProblemMapper.lockNotGranted(wrapped(new SQLException("no state"))));
        assertFalse(ProblemMapper.lockNotGranted(new IllegalStateException("bug")));
    }
}
