package org.estatedesk.it;

import static org.estatedesk.it.Api.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The compensation register (R1.13) and complaint topics (R1.12), through the API and in the browser: amounts to
 * the cent, one decision per compensation, a topic's solution written into every task it gathers.
 */
class CompensationAndTopicIT {
    private static long estate;
    private static JsonArray units;
    private static int next;
    private Browser browser;

    @BeforeAll
    static void estate() {
        estate = GivenEstates.freshEstate("CT", 4);
        units = Api.get("manager", "/api/v1/estates/" + estate + "/units?size=16").json().getJsonArray("items");
    }

    @BeforeEach
    void open() {
        browser = new Browser();
    }

    @AfterEach
    void close() {
        browser.close();
    }

    private static long newTask(String category) {
        long unit = units.getJsonObject(next++).getJsonNumber("id").longValue();
        long rec = GivenServiceDesk.reception("frontdesk", estate, unit).getJsonNumber("id").longValue();
        return GivenServiceDesk.task("frontdesk", rec, "{\"kind\":\"COMPLAINT\",\"categoryCode\":\"" + category + "\"}")
                .getJsonNumber("id").longValue();
    }

    @Test
    void aCompensationIsRecordedDecidedOnceAndPaid() {
        long task = newTask("neighbour-leak");
        problem(Api.post("assistant", "/api/v1/compensations", """
                {"taskId":%d,"payee":"王先生","amount":"120.505","borneBy":"COMPANY","reason":"x"}""".formatted(task)),
                400);
        problem(Api.post("assistant", "/api/v1/compensations", """
                {"taskId":%d,"payee":"王先生","amount":0,"borneBy":"COMPANY","reason":"x"}""".formatted(task)), 400);
        Api.Reply noContractor = Api.post("assistant", "/api/v1/compensations", """
                {"taskId":%d,"payee":"王先生","amount":100,"borneBy":"CONTRACTOR","reason":"x"}""".formatted(task));
        problem(noContractor, 400);
        assertEquals("contractor", noContractor.json().getString("field"));
        problem(Api.post("tech", "/api/v1/compensations", """
                {"taskId":%d,"payee":"王先生","amount":100,"borneBy":"COMPANY","reason":"x"}""".formatted(task)), 403);

        Api.Reply created = Api.post("assistant", "/api/v1/compensations", """
                {"taskId":%d,"payee":"王先生","amount":"1234.50","borneBy":"CONTRACTOR","contractor":"鹭建防水工程",
                 "reason":"楼上渗水损坏吊顶"}""".formatted(task));
        assertEquals(201, created.status(), created.body());
        JsonObject c = created.json();
        assertEquals("1234.50", c.getJsonNumber("amount").bigDecimalValue().setScale(2).toPlainString());
        assertEquals("REQUESTED", c.getString("state"));
        long id = c.getJsonNumber("id").longValue();
        int version = c.getInt("version");

        problem(Api.post("assistant", "/api/v1/compensations/" + id + "/decisions", """
                {"decision":"APPROVE","version":%d}""".formatted(version)), 403);
        problem(Api.post("manager2", "/api/v1/compensations/" + id + "/decisions", """
                {"decision":"APPROVE","version":%d}""".formatted(version)), 404);
        problem(Api.post("manager", "/api/v1/compensations/" + id + "/decisions", """
                {"decision":"REJECT","version":%d}""".formatted(version)), 400);
        JsonObject approved = Api.post("manager", "/api/v1/compensations/" + id + "/decisions", """
                {"decision":"APPROVE","comment":"同意，由承建商承担","version":%d}""".formatted(version)).json();
        assertEquals("APPROVED", approved.getString("state"));
        assertEquals("manager", approved.getString("decidedBy"));
        // a second manager with the version he read: decided already
        problem(Api.post("admin", "/api/v1/compensations/" + id + "/decisions", """
                {"decision":"REJECT","comment":"no","version":%d}""".formatted(version)), 409);
        problem(Api.post("admin", "/api/v1/compensations/" + id + "/decisions", """
                {"decision":"REJECT","comment":"no"}"""), 409);
        assertEquals("PAID", Api.post("finance", "/api/v1/compensations/" + id + "/payment", "{}").json()
                .getString("state"));
        JsonArray ofTask = Api.get("manager", "/api/v1/compensations?taskId=" + task).json().getJsonArray("items");
        assertEquals(1, ofTask.size());
    }

    @Test
    void aTopicGathersTasksAndItsSolutionReachesEachOfThem() {
        long first = newTask("cleaning");
        long second = newTask("cleaning");
        Api.Reply opened = Api.post("assistant", "/api/v1/topics", """
                {"estateId":%d,"title":"垃圾清运不及时","description":"多户业主反映垃圾站清运不及时"}""".formatted(estate));
        assertEquals(201, opened.status(), opened.body());
        long topic = opened.json().getJsonNumber("id").longValue();
        for (long t : List.of(first, second)) {
            assertEquals(200, Api.post("frontdesk", "/api/v1/topics/" + topic + "/tasks", "{\"taskId\":" + t + "}")
                    .status());
        }
        long other = Api.post("assistant", "/api/v1/topics", """
                {"estateId":%d,"title":"别的专题","description":"x"}""".formatted(estate)).json().getJsonNumber("id")
                .longValue();
        problem(Api.post("frontdesk", "/api/v1/topics/" + other + "/tasks", "{\"taskId\":" + first + "}"), 409);
        problem(Api.get("frontdesk2", "/api/v1/topics/" + topic), 404);
        problem(Api.post("assistant", "/api/v1/topics/" + topic + "/resolution", """
                {"solution":"每日两次清运"}"""), 403);

        JsonObject resolved = Api.post("manager", "/api/v1/topics/" + topic + "/resolution", """
                {"solution":"增加为每日两次清运，由环境部监督"}""").json();
        assertEquals("RESOLVED", resolved.getString("state"));
        assertEquals(2, resolved.getJsonArray("tasks").size());
        for (long t : List.of(first, second)) {
            JsonArray history = Api.get("frontdesk", "/api/v1/tasks/" + t).json().getJsonArray("history");
            JsonObject last = history.getJsonObject(history.size() - 1);
            assertEquals("TOPIC", last.getString("action"));
            assertTrue(last.getString("comment").contains("每日两次清运"));
        }
        problem(Api.post("frontdesk", "/api/v1/topics/" + topic + "/tasks", "{\"taskId\":" + newTask("cleaning")
                + "}"), 409);
    }

    @Test
    void theRegisterAndTheTopicsInTheBrowser() {
        long task = newTask("noise");
        String number = String.format("T%08d", task);
        browser.loginAndOpen("assistant", "/servicedesk/compensations.xhtml");
        browser.press("[id$='newCompensation']");
        browser.type("input[id$='taskNumber']", number);
        browser.type("input[id$='payee']", "李女士");
        browser.type("input[id$='amount_input']", "88.8");
        browser.type("textarea[id$='reason']", "噪音影响休息的补偿");
        browser.press("[id$='saveRequest']");
        browser.waitForText("已登记赔付");
        browser.screenshot("compensations-assistant");

        try (Browser manager = new Browser()) {
            manager.loginAndOpen("manager", "/servicedesk/compensations.xhtml");
            WebElement row = manager.driver.findElements(By.cssSelector("td.compensation-payee")).stream()
                    .filter(td -> td.getText().equals("李女士")).findFirst().orElseThrow().findElement(By.xpath(".."));
            assertEquals("88.80", row.findElement(By.cssSelector("td.compensation-amount")).getText());
            row.findElement(By.cssSelector("[id$=':approve']")).click();
            manager.ajaxDone();
            manager.press("[id$='saveDecision']");
            manager.waitForText("已批准");
        }

        browser.open("/servicedesk/topics.xhtml");
        browser.press("[id$='newTopic']");
        browser.type("input[id$='form:title']", "电梯频繁故障");
        browser.type("textarea[id$='form:description']", "3 号楼电梯本月多次停运");
        browser.press("[id$='saveTopic']");
        browser.waitForText("专题“电梯频繁故障”已建立");
        browser.type("input[id$='form:taskNumber']", number);
        browser.press("[id$='form:gather']");
        browser.waitForText("已归入专题");
        assertTrue(browser.driver.findElements(By.cssSelector("td.topic-task")).stream()
                .anyMatch(td -> td.getText().equals(number)));
        browser.screenshot("topics-assistant");
    }
}
