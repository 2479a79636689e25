package org.estatedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;

/**
 * Test data of the service desk (C1): receptions of a call, the tasks split from them, the actions that move a task
 * through its states, and the callbacks that close it.
 */
final class GivenServiceDesk {
    /**
     * The work-order fields of a repair done at the place (R1.6), for a COMPLETE body: the technician arrived ten
     * minutes ago, did {@code workDone}, and the owner signed it off.
     */
    static String onSite(String workDone) {
        return "\"arrivedAt\":\"%s\",\"workDone\":\"%s\",\"signedOffBy\":\"王先生\""
                .formatted(java.time.OffsetDateTime.now().minusMinutes(10), workDone);
    }

    /** Ten minutes ago on China's wall clock, as the work-order dialog's arrival field takes it. */
    static String arrivedOnThePage() {
        return java.time.LocalDateTime.now(java.time.ZoneId.of("Asia/Shanghai")).minusMinutes(10)
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
    }

    private GivenServiceDesk() {
    }

    /** A call about the unit ({@code null}: about a place, the lobby of building 3) received by {@code user}. */
    static JsonObject reception(String user, long estateId, Long unitId) {
        Api.Reply r = Api.post(user, "/api/v1/receptions", """
                {"estateId":%d,%s"channel":"PHONE","callerName":"王先生","callerPhone":"138 0592 0001",
                 "description":"厨房水管漏水"}""".formatted(estateId,
                unitId == null ? "\"location\":\"3 号楼大堂\"," : "\"unitId\":" + unitId + ","));
        assertEquals(201, r.status(), r.body());
        return r.json();
    }

    /** A task split from the reception by {@code user}. */
    static JsonObject task(String user, long receptionId, String body) {
        Api.Reply r = Api.post(user, "/api/v1/receptions/" + receptionId + "/tasks", body);
        assertEquals(201, r.status(), r.body());
        return r.json();
    }

    /** An action on the task by {@code user} that must succeed; returns the task. */
    static JsonObject act(String user, long taskId, String body) {
        Api.Reply r = Api.post(user, "/api/v1/tasks/" + taskId + "/actions", body);
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    /**
     * The task's work is done and its callback made with the result (R1.7): a fix that failed when the problem is
     * reported again, or was called unsatisfactory — an earlier report that counts towards escalation (R1.10).
     */
    static void fixedAndCalledBack(long taskId, String result) {
        act("manager", taskId, """
                {"action":"ASSIGN","assignee":"assistant"}""");
        act("assistant", taskId, """
                {"action":"PLAN"}""");
        act("assistant", taskId, "{\"action\":\"COMPLETE\"," + onSite("已处理") + "}");
        Api.Reply r = Api.post("frontdesk", "/api/v1/tasks/" + taskId + "/callbacks", """
                {"result":"%s"}""".formatted(result));
        assertEquals(201, r.status(), r.body());
    }

    /** A complaint about a unit that moved up to the developer (R1.10): the second after a first one called back. */
    static JsonObject escalatedComplaint(long estateId, long unitId) {
        String complaint = """
                {"kind":"COMPLAINT","categoryCode":"noise"}""";
        fixedAndCalledBack(task("frontdesk", reception("frontdesk", estateId, unitId).getJsonNumber("id")
                .longValue(), complaint).getJsonNumber("id").longValue(), "SATISFIED");
        JsonObject second = task("frontdesk", reception("frontdesk", estateId, unitId).getJsonNumber("id")
                .longValue(), complaint);
        assertEquals("DEVELOPER", second.getString("escalationLevel"), second.toString());
        return second;
    }
}
