package org.estatedesk.it;

import static org.estatedesk.it.Api.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The archive audit (R5.3) against the running server: a fresh estate of eight units with files that lack some
 * required documents, an expired document, an overdue borrowed file and an overdue key loan of a category without a
 * spare set; the audit finds exactly those, no more, and so does a second audit and one that failed midway and was
 * restarted; findings page, filter and close; the report as Excel and PDF; the front desk is refused; the archive
 * keeper starts an audit on the page and sees its findings.
 */
class ArchiveAuditIT {
    private static final String STATE = "VACANT";
    private static long estate;
    private static final Map<String, Long> UNITS = new HashMap<>();
    private static final Map<String, Long> FILES = new HashMap<>();
    private static List<String> requiredBefore;
    /** The findings the test set up: "kind|unit code|subject". */
    private static final Set<String> EXPECTED = new HashSet<>();

    @BeforeAll
    static void setUp() throws InterruptedException {
        estate = GivenEstates.freshEstate("AU", 2);
        for (var v : Api.get("manager", "/api/v1/estates/" + estate + "/units?size=20").json().getJsonArray("items")) {
            UNITS.put(v.asJsonObject().getString("code"), v.asJsonObject().getJsonNumber("id").longValue());
        }
        assertEquals(8, UNITS.size());
        // fresh units are VACANT; the company's list for that state is set for the test and restored after it
        requiredBefore = Api.get("manager", "/api/v1/archive-requirements").array().stream()
                .map(JsonValue::asJsonObject).filter(r -> r.getString("unitState").equals(STATE))
                .map(r -> r.getString("docType")).toList();
        Api.Reply set = Api.put("manager", "/api/v1/archive-requirements", """
                {"unitState":"%s","docTypes":["PURCHASE_CONTRACT","IDENTITY_COPY"]}""".formatted(STATE));
        assertEquals(200, set.status(), set.body());

        // A-1-0101 complete; A-1-0102 without its identity copy; A-1-0103 complete, the identity copy expired
        file("A-1-0101", "PURCHASE_CONTRACT", null);
        file("A-1-0101", "IDENTITY_COPY", null);
        file("A-1-0102", "PURCHASE_CONTRACT", null);
        file("A-1-0103", "PURCHASE_CONTRACT", null);
        long expired = file("A-1-0103", "IDENTITY_COPY", LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1));
        // a document of a file that is not required and does not expire changes nothing
        file("A-1-0101", "OTHER", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusYears(1));
        EXPECTED.add("MISSING_DOCUMENT|A-1-0102|IDENTITY_COPY");
        for (String unit : List.of("A-1-0104", "A-1-0201", "A-1-0202", "A-1-0203", "A-1-0204")) {
            EXPECTED.add("MISSING_DOCUMENT|" + unit + "|PURCHASE_CONTRACT");
            EXPECTED.add("MISSING_DOCUMENT|" + unit + "|IDENTITY_COPY");
        }
        EXPECTED.add("EXPIRED_DOCUMENT|A-1-0103|item:" + expired);

        // an HQ inspection of A-1-0101's file, due back in two seconds
        Api.Reply borrow = Api.post("admin", "/api/v1/archive-files/" + FILES.get("A-1-0101") + "/borrows", """
                {"kind":"READ","purpose":"集团档案检查","dueAt":"%s","hqInspection":true}""".formatted(due(2)));
        assertEquals(201, borrow.status(), borrow.body());
        assertEquals("OUT", borrow.json().getString("state"));
        EXPECTED.add("OVERDUE_BORROW|A-1-0101|borrow:" + id(borrow.json()));
        // a borrowing returned in time is no finding
        Api.Reply read = Api.post("admin", "/api/v1/archive-files/" + FILES.get("A-1-0102") + "/borrows", """
                {"kind":"READ","purpose":"集团档案检查","dueAt":"%s","hqInspection":true}""".formatted(due(3600)));
        assertEquals(201, read.status(), read.body());

        // the owner of A-1-0201 took his mailbox key, due back in two seconds; the category has no spare set
        GivenOwners.resident(estate, "A-1-0201", "王先生", "OWNER");
        String tag = "MB-" + Long.toString(System.nanoTime() % 100_000_000L, 36).toUpperCase();
        Api.Reply key = Api.post("frontdesk", "/api/v1/keys", """
                {"estateId":%d,"category":"OWNER_MAILBOX","tag":"%s","unitCode":"A-1-0201","location":"钥匙柜 B"}"""
                .formatted(estate, tag));
        assertEquals(201, key.status(), key.body());
        Api.Reply loan = Api.post("frontdesk", "/api/v1/keys/" + id(key.json()) + "/loans", """
                {"borrower":"王先生","purpose":"取信","dueAt":"%s","borrowerKind":"OWNER","signatureConfirmed":true}"""
                .formatted(due(2)));
        assertEquals(201, loan.status(), loan.body());
        EXPECTED.add("OVERDUE_KEY|A-1-0201|loan:" + id(loan.json()));
        EXPECTED.add("MISSING_SPARE||OWNER_MAILBOX");
        // a public door with its spare set: no finding
        for (boolean spare : List.of(false, true)) {
            Api.Reply door = Api.post("frontdesk", "/api/v1/keys", """
                    {"estateId":%d,"category":"PUBLIC_DOOR","tag":"%s","buildingCode":"A","floor":1,"location":"钥匙柜 B",
                     "spare":%s}""".formatted(estate, tag + (spare ? "-S" : "-D"), spare));
            assertEquals(201, door.status(), door.body());
        }
        Thread.sleep(3_000);
    }

    @AfterAll
    static void restoreRequirements() {
        String types = requiredBefore.stream().map(t -> "\"" + t + "\"").collect(Collectors.joining(","));
        Api.put("manager", "/api/v1/archive-requirements", """
                {"unitState":"%s","docTypes":[%s]}""".formatted(STATE, types));
    }

    private static long file(String unit, String docType, LocalDate expiresOn) {
        Long file = FILES.get(unit);
        if (file == null) {
            Api.Reply f = Api.post("archivist", "/api/v1/archive-files", """
                    {"estateId":%d,"kind":"OWNER","unitCode":"%s","title":"业主档案 %s","location":"档案柜 1"}"""
                    .formatted(estate, unit, unit));
            assertEquals(201, f.status(), f.body());
            file = id(f.json());
            FILES.put(unit, file);
        }
        Api.Reply item = Api.post("archivist", "/api/v1/archive-files/" + file + "/items", """
                {"docType":"%s","title":"%s","location":"档案柜 1",%s}""".formatted(docType, docType,
                expiresOn == null ? "\"expiresOn\":null" : "\"expiresOn\":\"" + expiresOn + "\""));
        assertEquals(201, item.status(), item.body());
        return id(item.json());
    }

    private static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    private static String due(long seconds) {
        return OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(seconds).toString();
    }

    /** Starts an audit of the test's estate and returns its id. */
    private static long start(String user, String extra) {
        Api.Reply r = Api.post(user, "/api/v1/archive-audits", "{\"estateIds\":[" + estate + "]" + extra + "}");
        assertEquals(202, r.status(), r.body());
        assertNotNull(r.header("Location"));
        return id(r.json());
    }

    /** Polls an audit until it is no longer running; returns its last state. */
    private static JsonObject await(long audit) {
        return Api.await("archive audit " + audit + " finished", Duration.ofSeconds(120),
                () -> Api.get("archivist", "/api/v1/archive-audits/" + audit).json(),
                a -> !a.getString("state").startsWith("START"));
    }

    private static List<JsonObject> findings(long audit, String query) {
        List<JsonObject> all = new ArrayList<>();
        JsonObject page = Api.get("archivist", "/api/v1/archive-audits/" + audit + "/findings?size=500" + query)
                .json();
        page.getJsonArray("items").forEach(v -> all.add(v.asJsonObject()));
        assertEquals(all.size(), page.getJsonNumber("total").longValue());
        return all;
    }

    private static String key(JsonObject f) {
        return f.getString("kind") + "|" + f.getString("unitCode", "") + "|" + f.getString("subject");
    }

    private static Set<String> keys(List<JsonObject> findings) {
        Set<String> keys = findings.stream().map(ArchiveAuditIT::key).collect(Collectors.toSet());
        assertEquals(findings.size(), keys.size(), "no finding twice: " + findings);
        return keys;
    }

    @Test
    void theAuditFindsExactlyWhatIsWrongAndASecondAuditTheSame() {
        long first = start("archivist", "");
        JsonObject done = await(first);
        assertEquals("COMPLETED", done.getString("state"), done.toString());
        assertEquals(8, done.getJsonNumber("unitsChecked").longValue());
        assertEquals(8, done.getJsonNumber("unitsTotal").longValue());
        assertEquals(EXPECTED.size(), done.getJsonNumber("findings").longValue());
        assertEquals(List.of(estate), done.getJsonArray("estateIds").stream()
                .map(v -> ((jakarta.json.JsonNumber) v).longValue()).toList());
        assertEquals("archivist", done.getString("startedBy"));
        assertNotNull(done.getString("endedAt"));

        List<JsonObject> found = findings(first, "");
        assertEquals(EXPECTED, keys(found));
        // assigned to the estate's archive keeper (the demo's archivist, unless a test made another keeper first)
        String keeper = found.get(0).getString("assignee");
        assertTrue(!keeper.isBlank(), keeper);
        for (JsonObject f : found) {
            assertEquals("OPEN", f.getString("state"));
            assertEquals(keeper, f.getString("assignee"), "one keeper for the estate: " + f);
            assertEquals(estate, f.getJsonNumber("estateId").longValue());
            if (f.containsKey("unitCode")) {
                assertEquals(UNITS.get(f.getString("unitCode")), f.getJsonNumber("unitId").longValue());
            }
        }
        JsonObject expired = found.stream().filter(f -> f.getString("kind").equals("EXPIRED_DOCUMENT")).findFirst()
                .orElseThrow();
        assertEquals(FILES.get("A-1-0103"), expired.getJsonNumber("fileId").longValue());

        long second = start("manager", "");
        assertEquals("COMPLETED", await(second).getString("state"));
        assertEquals(EXPECTED, keys(findings(second, "")), "a new audit finds the same");

        // the history lists both, newest first
        JsonArray history = Api.get("archivist", "/api/v1/archive-audits").array();
        List<Long> ids = history.stream().map(v -> id(v.asJsonObject())).toList();
        assertTrue(ids.indexOf(second) >= 0 && ids.indexOf(second) < ids.indexOf(first), ids.toString());
    }

    @Test
    void anAuditFailedMidwayRestartsToTheSameFindingsOnce() {
        long audit = start("archivist", ",\"chunkSize\":3,\"failAfterUnits\":4");
        JsonObject failed = await(audit);
        assertEquals("FAILED", failed.getString("state"), failed.toString());
        assertEquals(3, failed.getJsonNumber("unitsChecked").longValue(), "one chunk of three was committed");
        Api.Reply restarted = Api.post("archivist", "/api/v1/archive-audits/" + audit + "/restart", "{}");
        assertEquals(202, restarted.status(), restarted.body());
        JsonObject done = await(audit);
        assertEquals("COMPLETED", done.getString("state"), done.toString());
        assertEquals(8, done.getJsonNumber("unitsChecked").longValue());
        assertEquals(EXPECTED.size(), done.getJsonNumber("findings").longValue());
        assertEquals(EXPECTED, keys(findings(audit, "")));
        problem(Api.post("archivist", "/api/v1/archive-audits/" + audit + "/restart", "{}"), 409);
    }

    @Test
    void theApiIsInTheOpenApiDocument() {
        Api.Reply openapi = Api.get(null, "/openapi");
        assertEquals(200, openapi.status());
        for (String path : List.of("/api/v1/archive-audits:", "/api/v1/archive-audits/{id}:",
                "/api/v1/archive-audits/{id}/findings:", "/api/v1/archive-audits/{id}/findings.xlsx:",
                "/api/v1/archive-audits/{id}/findings.pdf:", "/api/v1/archive-audits/{id}/restart:",
                "/api/v1/archive-audit-findings/{id}/closing:")) {
            assertTrue(openapi.body().contains(path), path);
        }
    }

    @Test
    void onlyTheArchiveKeeperAndManagersStartAudits() {
        problem(Api.post("frontdesk", "/api/v1/archive-audits", "{\"estateIds\":[" + estate + "]}"), 403);
        problem(Api.post("finance", "/api/v1/archive-audits", "{}"), 403);
        // another company's manager does not see the estate
        problem(Api.post("manager2", "/api/v1/archive-audits", "{\"estateIds\":[" + estate + "]}"), 404);
        problem(Api.post("archivist", "/api/v1/archive-audits", "{\"failAfterUnits\":\"x\"}"), 400);
    }

    @Test
    void findingsPageFilterCloseAndExport() {
        long audit = start("archivist", "");
        assertEquals("COMPLETED", await(audit).getString("state"));
        String base = "/api/v1/archive-audits/" + audit + "/findings";

        // pages of four cover every finding once
        Set<String> paged = new HashSet<>();
        int pages = (EXPECTED.size() + 3) / 4;
        for (int p = 0; p < pages; p++) {
            JsonObject page = Api.get("archivist", base + "?page=" + p + "&size=4").json();
            assertEquals(EXPECTED.size(), page.getJsonNumber("total").longValue());
            assertEquals(p < pages - 1 ? 4 : EXPECTED.size() - 4 * (pages - 1), page.getJsonArray("items").size());
            page.getJsonArray("items").forEach(v -> assertTrue(paged.add(key(v.asJsonObject())), "twice: " + v));
        }
        assertEquals(EXPECTED, paged);
        assertEquals(0, Api.get("archivist", base + "?page=" + pages + "&size=4").json().getJsonArray("items").size());

        // filters
        long missing = EXPECTED.stream().filter(k -> k.startsWith("MISSING_DOCUMENT")).count();
        assertEquals(missing, findings(audit, "&kind=MISSING_DOCUMENT").size());
        assertEquals(EXPECTED.size(), findings(audit, "&estateId=" + estate + "&state=OPEN").size());
        assertEquals(0, findings(audit, "&state=CLOSED").size());
        problem(Api.get("archivist", base + "?kind=LOST"), 400);
        problem(Api.get("frontdesk", base), 403);
        problem(Api.get("manager2", base), 404);

        // closing: a comment is required, then closed once
        JsonObject spare = findings(audit, "&kind=MISSING_SPARE").get(0);
        String closing = "/api/v1/archive-audit-findings/" + id(spare) + "/closing";
        problem(Api.post("archivist", closing, "{\"comment\":\" \",\"version\":0}"), 400);
        problem(Api.post("frontdesk", closing, "{\"comment\":\"配好了\",\"version\":0}"), 403);
        problem(Api.post("archivist", closing, "{\"comment\":\"配好了\",\"version\":5}"), 409);
        Api.Reply closed = Api.post("archivist", closing, """
                {"comment":"已配备用钥匙一套","version":%d}""".formatted(spare.getInt("version")));
        assertEquals(200, closed.status(), closed.body());
        assertEquals("CLOSED", closed.json().getString("state"));
        assertEquals("archivist", closed.json().getString("closedBy"));
        assertEquals("已配备用钥匙一套", closed.json().getString("closeComment"));
        problem(Api.post("manager", closing, "{\"comment\":\"again\"}"), 409);
        List<JsonObject> closedOnes = findings(audit, "&state=CLOSED");
        assertEquals(List.of(id(spare)), closedOnes.stream().map(ArchiveAuditIT::id).toList());
        assertEquals(EXPECTED.size() - 1, findings(audit, "&state=OPEN").size());

        // the report as Excel and as PDF
        Api.Download xlsx = Api.download("archivist", base + ".xlsx");
        assertEquals(200, xlsx.status());
        assertTrue(xlsx.contentType().startsWith("application/vnd.openxmlformats"), xlsx.contentType());
        assertTrue(xlsx.body().length > 1000 && xlsx.body()[0] == 'P' && xlsx.body()[1] == 'K', "a zip (xlsx)");
        Api.Download pdf = Api.download("archivist", base + ".pdf");
        assertEquals(200, pdf.status());
        assertTrue(pdf.contentType().startsWith("application/pdf"), pdf.contentType());
        assertTrue(pdf.text().startsWith("%PDF"), "a PDF");
        PdfText text = PdfText.of(pdf.body());
        assertTrue(text.contains("档案检查报告") && text.contains("A-1-0102") && text.contains("缺少必备文件"),
                text.text());
        assertTrue(text.allEmbedded(), text.fonts().toString());
        problem(Api.get("frontdesk", base + ".pdf"), 403);
    }

    @Test
    void theArchiveKeeperStartsAnAuditOnThePageAndSeesItsFindings() {
        List<Long> before = Api.get("archivist", "/api/v1/archive-audits").array().stream()
                .map(v -> id(v.asJsonObject())).toList();
        try (Browser browser = new Browser()) {
            browser.loginAndOpen("archivist", "/archives/audits.xhtml?estateId=" + estate);
            browser.waitForText("档案检查");
            assertTrue(!browser.driver.findElements(By.cssSelector("[id$='m-archive-audits']")).isEmpty(), "menu");
            browser.press("[id$='start']");
            browser.press(".ui-confirmdialog-yes");
            browser.waitForText("档案检查 #");
            browser.wait.until(d -> browser.find("td.audit-state").getText().equals("已完成"));
            browser.wait.until(d -> browser.text().contains("A-1-0102"));
            assertTrue(browser.text().contains("缺少必备文件"), "the kind is named");
            assertTrue(browser.text().contains("身份证明复印件"), "the missing document is named");
            browser.screenshot("archive-audit");

            // close the missing spare set with a comment, after the confirmation
            browser.select("kind", "缺少备用钥匙");
            browser.wait.until(d -> browser.driver.findElements(By.cssSelector("td.finding-kind")).size() == 1);
            browser.press("[id$='closeFinding']");
            browser.type("textarea[id$='comment']", "已配备用钥匙");
            browser.press("[id$='confirmClose']");
            browser.press(".ui-confirmdialog-yes");
            browser.waitForText("已关闭");
            browser.screenshot("archive-audit-closed");
        }
        JsonObject latest = Api.get("archivist", "/api/v1/archive-audits").array().getJsonObject(0);
        long audit = id(latest);
        assertTrue(!before.contains(audit), "the page started a new audit");
        assertEquals("COMPLETED", await(audit).getString("state"));
        assertEquals(EXPECTED, keys(findings(audit, "")));
        assertEquals(1, findings(audit, "&state=CLOSED").size());
    }
}
