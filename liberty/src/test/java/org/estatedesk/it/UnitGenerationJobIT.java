package org.estatedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The unit-generation batch job through the API: a run creates exactly the units of its layout and reports its
 * progress from the job repository; a completed run cannot be restarted; roles and data scope apply to runs.
 */
class UnitGenerationJobIT {
    @Test
    void aRunCreatesTheLayoutsUnitsAndReportsCompletion() throws Exception {
        String code = "JOB" + (System.currentTimeMillis() % 1_000_000);
        long companyId = Api.get("manager", "/api/v1/me").json().getJsonArray("companyIds").getJsonNumber(0)
                .longValue();
        Api.Reply created = Api.post("admin", "/api/v1/estates", """
                {"companyId":%d,"code":"%s","name":"批量生成测试","city":"厦门","address":"test"}"""
                .formatted(companyId, code));
        assertEquals(201, created.status(), created.body());
        long estate = created.json().getJsonNumber("id").longValue();
        for (String b : new String[] {"A", "B"}) {
            Api.Reply building = Api.post("manager", "/api/v1/estates/" + estate + "/buildings",
                    "{\"code\":\"" + b + "\",\"name\":\"" + b + "座\",\"floors\":12}");
            assertEquals(201, building.status(), building.body());
        }

        String layout = """
                {"estateId":%d,"entrances":["1","2"],"fromFloor":1,"toFloor":12,"unitsPerFloor":6,
                 "pattern":"{building}-{entrance}-{ff}{nn}","type":"RESIDENCE","area":"75.25"}""".formatted(estate);
        assertEquals(403, Api.post("frontdesk", "/api/v1/unit-generation/runs", layout).status(),
                "the front desk may not generate units");
        assertEquals(404, Api.post("manager2", "/api/v1/unit-generation/runs", layout).status(),
                "another company's estate is not found");

        Api.Reply started = Api.post("manager", "/api/v1/unit-generation/runs", layout);
        assertEquals(202, started.status(), started.body());
        long run = started.json().getJsonNumber("id").longValue();

        JsonObject state = Api.await("unit generation run " + run + " finished", Duration.ofSeconds(60),
                () -> Api.get("manager", "/api/v1/unit-generation/runs/" + run).json(),
                s -> !s.getString("state").startsWith("START"));
        assertEquals("COMPLETED", state.getString("state"), state.toString());
        assertEquals(2 * 2 * 12 * 6, state.getJsonNumber("itemsTotal").longValue());
        assertEquals(2 * 2 * 12 * 6, state.getJsonNumber("itemsDone").longValue());

        JsonObject units = Api.get("manager", "/api/v1/estates/" + estate + "/units?size=5").json();
        assertEquals(288, units.getInt("total"));
        assertEquals("A-1-0101", units.getJsonArray("items").getJsonObject(0).getString("code"));
        assertEquals(288, Api.get("manager", "/api/v1/estates/" + estate).json().getInt("unitCount"));

        assertEquals(409, Api.post("manager", "/api/v1/unit-generation/runs/" + run + "/restart", "").status(),
                "a completed run is not restarted");
        assertEquals(404, Api.get("manager2", "/api/v1/unit-generation/runs/" + run).status(),
                "another company's run is not found");
        assertTrue(Api.get("manager", "/api/v1/unit-generation/runs").array().stream()
                .anyMatch(v -> v.asJsonObject().getJsonNumber("id").longValue() == run));
    }

    @Test
    void aPatternWithoutTheBuildingIsRefusedForSeveralBuildings() {
        long estate = GivenEstates.estateId("XM-GLY");
        Api.Reply r = Api.post("manager", "/api/v1/unit-generation/runs", """
                {"estateId":%d,"fromFloor":1,"toFloor":2,"unitsPerFloor":2,"pattern":"{floor}{nn}",
                 "type":"RESIDENCE","area":"50"}""".formatted(estate));
        assertEquals(400, r.status(), r.body());
        assertTrue(r.contentType().startsWith("application/problem+json"));
    }
}
