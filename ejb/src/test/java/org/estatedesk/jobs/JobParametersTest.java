package org.estatedesk.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Long job parameters survive the job repository's 255-character column in pieces. */
class JobParametersTest {
    @Test
    void aLongValueIsStoredInPiecesAndPutTogetherAgain() {
        StringBuilder ids = new StringBuilder();
        for (int i = 1; i <= 150; i++) {
            ids.append(i == 1 ? "" : ",").append(1_000_000 + i);
        }
        Properties p = new Properties();
        JobParameters.put(p, "buildingIds", ids.toString());
        assertTrue(p.stringPropertyNames().size() > 1);
        p.stringPropertyNames().forEach(k -> assertTrue(p.getProperty(k).length() <= 255, k));
        assertEquals(ids.toString(), JobParameters.get(p, "buildingIds", null));
        JobParameters.put(p, "short", "1,2");
        assertEquals("1,2", JobParameters.get(p, "short", null));
        assertEquals("x", JobParameters.get(p, "missing", "x"));
    }
}
