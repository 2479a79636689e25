package org.estatedesk.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A run's state as the API and the pages name it. */
class JobRunViewTest {
    private static JobRunView in(String state) {
        return new JobRunView(1, "billing-run", state, 10, 5, 1L, null, "", "admin", null, null, null, null);
    }

    @Test
    void aStoppingRunIsStillStartedAnAbandonedOneStopped() {
        assertEquals("STARTED", in("STOPPING").apiState());
        assertEquals("STOPPED", in("ABANDONED").apiState());
        for (String same : new String[] {"STARTING", "STARTED", "COMPLETED", "FAILED", "STOPPED"}) {
            assertEquals(same, in(same).apiState());
        }
    }
}
