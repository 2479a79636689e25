package org.estatedesk.it;

import static org.estatedesk.it.Api.ok;
import static org.estatedesk.it.GivenServiceDesk.act;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 20: the workbench is a to-do list per role — what waits for me, soonest due first — rather than equal
 * counters. Fresh staff scoped to a fresh estate, so that nothing else of the suite is on their lists: an engineering
 * supervisor sees the estate's repairs to assign, his technician the ones given to him, until he has done them.
 */
class WorkbenchToDoIT {
    private static long estate;
    private static JsonArray units;
    private static String supervisor;
    private static String technician;

    @BeforeAll
    static void anEstateWithItsOwnSupervisorAndTechnician() {
        estate = GivenEstates.freshEstate("TD", 2);
        units = Api.get("manager", "/api/v1/estates/" + estate + "/units?size=100").json().getJsonArray("items");
        supervisor = staff("tdsup", "ENGINEERING_SUPERVISOR");
        technician = staff("tdtech", "TECHNICIAN");
    }

    /** A staff member of the manager's company with one role, who sees only the fresh estate. */
    private static String staff(String prefix, String role) {
        JsonObject manager = Api.get("admin", "/api/v1/users?q=manager").json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).filter(u -> u.getString("username").equals("manager")).findFirst()
                .orElseThrow();
        long company = manager.getJsonNumber("companyId").longValue();
        String name = prefix + Long.toString(System.nanoTime() % 100_000_000L, 36);
        ok(Api.post("admin", "/api/v1/users", """
                {"username":"%s","displayName":"待办 %s","password":"%s","companyId":%d,"departmentId":%d,
                 "roles":["%s"],"scopes":[{"companyId":%d,"estateId":%d}]}""".formatted(name, name,
                GivenStaff.PASSWORD, company, manager.getJsonNumber("departmentId").longValue(), role, company,
                estate)), 201);
        return name;
    }

    private static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    private static JsonObject repair(int unit) {
        return GivenServiceDesk.task("frontdesk", id(GivenServiceDesk.reception("frontdesk", estate,
                id(units.getJsonObject(unit)))), """
                {"kind":"REPAIR","categoryCode":"water-pipe"}""");
    }

    private static List<JsonObject> toDo(String user, String language) {
        Api.Reply r = Api.send(user, GivenStaff.PASSWORD, HttpRequest.newBuilder(URI.create(Api.BASE
                + "/api/v1/workbench/todo")).header("Accept-Language", language).GET());
        assertEquals(200, r.status(), r.body());
        return r.array().stream().map(JsonValue::asJsonObject).toList();
    }

    private static JsonObject line(List<JsonObject> list, long taskId) {
        return list.stream().filter(i -> id(i) == taskId).findFirst()
                .orElseThrow(() -> new AssertionError("task " + taskId + " not in " + list));
    }

    @Test
    void theSupervisorSeesWhatToAssignAndTheTechnicianHisOwnSoonestDueFirstUntilDone() {
        JsonObject first = repair(0);
        JsonObject second = repair(1);
        List<JsonObject> sup = toDo(supervisor, "zh-CN");
        JsonObject a = line(sup, id(first));
        assertEquals("TASK_TO_ASSIGN", a.getString("kind"));
        assertEquals("待派工", a.getString("kindName"));
        assertTrue(a.getString("subject").contains(first.getString("number")), a.toString());
        assertTrue(a.getString("subject").contains(units.getJsonObject(0).getString("code")), "says where: " + a);
        assertEquals("厨房水管漏水", a.getString("detail"));
        assertTrue(a.getString("dueAt").endsWith("+08:00"), "the company's offset: " + a.getString("dueAt"));
        assertEquals("/servicedesk/task.xhtml?id=" + id(first), a.getString("url"));
        assertTrue(sup.indexOf(a) < sup.indexOf(line(sup, id(second))), "the sooner due first: " + sup);
        for (int i = 1; i < sup.size(); i++) {
            if (sup.get(i - 1).containsKey("dueAt") && sup.get(i).containsKey("dueAt")) {
                assertFalse(OffsetDateTime.parse(sup.get(i - 1).getString("dueAt"))
                        .isAfter(OffsetDateTime.parse(sup.get(i).getString("dueAt"))), "ordered by due time: " + sup);
            }
        }
        JsonObject en = line(toDo(supervisor, "en-US,en;q=0.9"), id(first));
        assertEquals("To assign", en.getString("kindName"));
        assertTrue(en.getString("name").matches("[\\x20-\\x7E]+"), "the category in English: " + en);
        assertTrue(toDo(technician, "zh-CN").stream().noneMatch(i -> id(i) == id(first)), "not his yet");

        act("manager", id(first), "{\"action\":\"ASSIGN\",\"assignee\":\"" + technician + "\"}");
        JsonObject his = line(toDo(technician, "zh-CN"), id(first));
        assertEquals("TASK", his.getString("kind"));
        assertEquals("我的任务", his.getString("kindName"));
        assertTrue(toDo(supervisor, "zh-CN").stream().noneMatch(i -> id(i) == id(first)), "assigned: off his list");

        act("manager", id(second), "{\"action\":\"ASSIGN\",\"assignee\":\"" + technician + "\"}");
        Api.Reply plan = Api.send(technician, GivenStaff.PASSWORD, HttpRequest.newBuilder(URI.create(Api.BASE
                + "/api/v1/tasks/" + id(first) + "/actions")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"action\":\"PLAN\"}")));
        assertEquals(200, plan.status(), plan.body());
        Api.Reply done = Api.send(technician, GivenStaff.PASSWORD, HttpRequest.newBuilder(URI.create(Api.BASE
                + "/api/v1/tasks/" + id(first) + "/actions")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"action\":\"COMPLETE\"," + GivenServiceDesk.onSite("换阀门")
                        + "}")));
        assertEquals(200, done.status(), done.body());
        List<JsonObject> after = toDo(technician, "zh-CN");
        assertTrue(after.stream().noneMatch(i -> id(i) == id(first)), "done: off his list " + after);
        assertEquals("TASK", line(after, id(second)).getString("kind"), "the other is still his");
    }

    @Test
    void theWorkbenchPageListsWhatWaitsAtDeskWidthAndOnThePhone() {
        JsonObject task = repair(2);
        act("manager", id(task), "{\"action\":\"ASSIGN\",\"assignee\":\"" + technician + "\"}");
        try (Browser b = new Browser()) {
            b.loginAndOpen(technician, GivenStaff.PASSWORD, "/index.xhtml");
            b.waitForText(task.getString("number"));
            assertTrue(b.text().contains("待办事项") && b.text().contains("我的任务"), b.text());
            assertTrue(b.text().contains(units.getJsonObject(2).getString("code")), "says where");
            String line = "a.todo-item[href$='/servicedesk/task.xhtml?id=" + id(task) + "']";
            assertTrue(b.find(line).getText().contains(task.getString("number")), "the line names the task");
            b.screenshot("workbench-todo-1440");
            b.driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
            b.open("/index.xhtml");
            b.waitForText(task.getString("number"));
            b.assertFitsTheScreen("the workbench");
            b.screenshot("workbench-todo-390");
            b.click(line);
            b.wait.until(d -> d.getCurrentUrl().contains("/servicedesk/task.xhtml?id=" + id(task)));
        }
    }
}
