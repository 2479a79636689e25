package org.estatedesk.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.transaction.RollbackException;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;

/** The third proof of every in-container test: a business exception dooms the transaction it is thrown in. */
public final class Transactions {
    private Transactions() {
    }

    /** What a test does inside the transaction. */
    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }

    /**
     * Runs the work in a new transaction; the work ends with a refused call (an application exception with rollback
     * = true), so the transaction must then be marked for rollback and its commit must fail: nothing the work wrote
     * before the refusal stays. The caller then counts what is left.
     */
    public static void doomed(UserTransaction transaction, Work work) throws Exception {
        transaction.begin();
        try {
            work.run();
            assertEquals(Status.STATUS_MARKED_ROLLBACK, transaction.getStatus());
        } finally {
            assertThrows(RollbackException.class, transaction::commit);
        }
    }
}
