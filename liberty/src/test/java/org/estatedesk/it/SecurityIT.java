package org.estatedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 18, section 3 (ASVS level 2): who may move an assigned task, and the security headers (black-box).
 */
class SecurityIT {
    private static final AtomicInteger NEXT_UNIT = new AtomicInteger();
    private static JsonArray units;
    private static long estate;

    @BeforeAll
    static void units() {
        estate = Api.freshEstate("SEC", 3);
        units = Api.get("manager", "/api/v1/estates/" + estate + "/units?size=100").json().getJsonArray("items");
    }

    private static long freshUnit() {
        return units.getJsonObject(NEXT_UNIT.getAndIncrement()).getJsonNumber("id").longValue();
    }

    private static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    private static void assertProblem(Api.Reply r, int status) {
        assertEquals(status, r.status(), r.body());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
    }

    /** A repair of engineering's, assigned by the engineering manager to the technician. */
    private static long repairAssignedToTech() {
        long rec = id(ServiceDeskApiIT.reception("frontdesk", estate, freshUnit()));
        long task = id(ServiceDeskApiIT.task("frontdesk", rec, """
                {"kind":"REPAIR","categoryCode":"water-pipe"}"""));
        ServiceDeskApiIT.act("engineer", task, """
                {"action":"ASSIGN","assignee":"tech"}""");
        return task;
    }

    @Test
    void onlyTheAssigneeOrHisSupervisorsMoveAnAssignedTask() {
        long task = repairAssignedToTech();
        JsonObject before = Api.get("tech", "/api/v1/tasks/" + task).json();

        Api.Reply plan = Api.post("finance", "/api/v1/tasks/" + task + "/actions", """
                {"action":"PLAN","comment":"not mine"}""");
        assertProblem(plan, 403);
        assertEquals("error.task.notYourTask", plan.json().getString("code"));
        assertProblem(Api.post("assistant", "/api/v1/tasks/" + task + "/actions", """
                {"action":"DISCUSS"}"""), 403);
        JsonObject after = Api.get("tech", "/api/v1/tasks/" + task).json();
        assertEquals("TO_REPLY", after.getString("state"), "nothing changed");
        assertEquals(before.getInt("version"), after.getInt("version"));
        assertEquals(before.getJsonArray("history").size(), after.getJsonArray("history").size());

        // the assignee plans; someone else's COMPLETE is refused, the assignee's goes through
        assertEquals("TO_IMPLEMENT", ServiceDeskApiIT.act("tech", task, "{\"action\":\"PLAN\"}").getString("state"));
        assertProblem(Api.post("assistant", "/api/v1/tasks/" + task + "/actions", """
                {"action":"COMPLETE","comment":"done by someone else"}"""), 403);
        assertEquals("TO_IMPLEMENT", Api.get("tech", "/api/v1/tasks/" + task).json().getString("state"));
        assertEquals("COMPLETED", ServiceDeskApiIT.act("tech", task, """
                {"action":"COMPLETE","workDone":"换阀门"}""").getString("state"));
    }

    @Test
    void theAssigneesSupervisorAndTheCsManagerMayStillMoveIt() {
        long byEngineer = repairAssignedToTech();
        assertEquals("TO_IMPLEMENT", ServiceDeskApiIT.act("engineer", byEngineer, "{\"action\":\"PLAN\"}")
                .getString("state"));
        long byManager = repairAssignedToTech();
        assertEquals("IN_DISCUSSION", ServiceDeskApiIT.act("manager", byManager, "{\"action\":\"DISCUSS\"}")
                .getString("state"));
    }
}
