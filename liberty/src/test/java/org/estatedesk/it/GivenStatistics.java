package org.estatedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;

/** Test data of statistics (R6.1, R6.2): the month's statistics run started and awaited. */
final class GivenStatistics {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** This month in the company's time zone. */
    static final YearMonth NOW = YearMonth.now(ZONE);

    private GivenStatistics() {
    }

    /** Starts the statistics run of the period as the manager; returns its id. */
    static long start(String period) {
        Api.Reply r = Api.post("manager", "/api/v1/statistics/runs", "{\"period\":\"" + period + "\"}");
        assertEquals(202, r.status(), r.body());
        long id = r.json().getJsonNumber("id").longValue();
        assertTrue(r.header("Location").endsWith("/statistics/runs/" + id), r.header("Location"));
        return id;
    }

    /** Awaits a run until it leaves STARTING/STARTED; returns it. */
    static JsonObject finished(long run) {
        return Api.await("statistics run " + run + " finished", Duration.ofSeconds(100),
                () -> Api.get("manager", "/api/v1/statistics/runs/" + run).json(),
                r -> !r.getString("state").startsWith("START"));
    }
}
