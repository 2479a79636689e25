package org.estatedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The service desk's e-mails (C1) through a real SMTP conversation with the test's own sink: dispatch to the
 * department's supervisor, an emergency at once to the managers, an escalation, and an SLA breach reported once by
 * the timer. The outbox shows each message as SENT.
 */
class NotificationIT {
    private static final Duration WAIT = Duration.ofSeconds(45);
    private static SmtpSink smtp;
    private static long estate;
    private static JsonArray units;
    private static int next;

    @BeforeAll
    static void start() {
        smtp = SmtpSink.get();
        estate = GivenEstates.freshEstate("NT", 4);
        units = Api.get("manager", "/api/v1/estates/" + estate + "/units?size=16").json().getJsonArray("items");
    }

    private static long unit() {
        return units.getJsonObject(next++).getJsonNumber("id").longValue();
    }

    private static JsonObject task(long unit, String body) {
        long rec = GivenServiceDesk.reception("frontdesk", estate, unit).getJsonNumber("id").longValue();
        return GivenServiceDesk.task("frontdesk", rec, body);
    }

    private static JsonArray outbox(long task) {
        return Api.get("manager", "/api/v1/notifications?targetType=task&targetId=" + task).array();
    }

    private static void awaitSent(long task, int atLeast) {
        Api.await("outbox of task " + task + " sent", WAIT, () -> outbox(task), rows -> rows.size() >= atLeast
                && rows.stream().allMatch(v -> v.asJsonObject().getString("state").equals("SENT")));
    }

    @Test
    void aNewTaskIsMailedToTheDepartmentsSupervisor() {
        JsonObject t = task(unit(), """
                {"kind":"REPAIR","categoryCode":"water-pipe"}""");
        String number = t.getString("number");
        SmtpSink.Mail mail = smtp.await(m -> m.subject().contains(number), WAIT);
        assertTrue(mail.recipients().contains("engineer@xm.example.com"), mail.recipients().toString());
        assertTrue(mail.subject().startsWith("新任务"), mail.subject());
        assertTrue(mail.body().contains("servicedesk/task.xhtml?id=" + t.getJsonNumber("id")), mail.body());
        awaitSent(t.getJsonNumber("id").longValue(), 1);
        List<String> to = outbox(t.getJsonNumber("id").longValue()).stream()
                .map(v -> v.asJsonObject().getString("recipientUser")).toList();
        assertEquals(List.of("engineer"), to, "the supervisors of engineering only");
    }

    @Test
    void anEmergencyGoesToTheManagersAtOnce() {
        JsonObject t = task(unit(), """
                {"kind":"REPAIR","categoryCode":"gas","emergency":true}""");
        String number = t.getString("number");
        smtp.await(m -> m.subject().contains(number) && m.subject().contains("紧急")
                && m.recipients().contains("manager@xm.example.com"), WAIT);
        awaitSent(t.getJsonNumber("id").longValue(), 1);
    }

    @Test
    void anEscalatedComplaintGoesToTheCsManager() {
        JsonObject second = GivenServiceDesk.escalatedComplaint(estate, unit());
        String number = second.getString("number");
        smtp.await(m -> m.subject().contains(number) && m.subject().contains("上移")
                && m.recipients().contains("manager@xm.example.com"), WAIT);
    }

    @Test
    void anSlaBreachIsReportedOnceByTheTimer() throws InterruptedException {
        long company = Api.get("manager", "/api/v1/me").json().getJsonArray("companyIds").getJsonNumber(0)
                .longValue();
        String param = "/api/v1/companies/" + company + "/parameters/sla.general.minutes";
        assertEquals(204, Api.put("admin", param, "{\"value\":\"0\"}").status());
        JsonObject t;
        try {
            t = task(unit(), """
                    {"kind":"REPAIR","categoryCode":"street-light","tier":"GENERAL"}""");
        } finally {
            assertEquals(204, Api.send("admin", "demo", java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(Api.BASE + param)).DELETE()).status());
        }
        String number = t.getString("number");
        smtp.await(m -> m.subject().contains(number) && m.subject().contains("超时"), Duration.ofSeconds(60));
        Thread.sleep(21_000); // one more round of the timer: still reported once
        long breaches = outbox(t.getJsonNumber("id").longValue()).stream()
                .filter(v -> v.asJsonObject().getString("kind").equals("TASK_SLA_BREACH"))
                .map(v -> v.asJsonObject().getString("recipientUser")).distinct().count();
        long rows = outbox(t.getJsonNumber("id").longValue()).stream()
                .filter(v -> v.asJsonObject().getString("kind").equals("TASK_SLA_BREACH")).count();
        assertEquals(breaches, rows, "one message per manager, not one per timer round");
        assertTrue(rows >= 1);
    }

    @Test
    void theOutboxIsForManagers() {
        assertEquals(403, Api.get("frontdesk", "/api/v1/notifications?targetType=task&targetId=1").status());
        assertEquals(400, Api.get("manager", "/api/v1/notifications?targetType=task").status());
    }
}
