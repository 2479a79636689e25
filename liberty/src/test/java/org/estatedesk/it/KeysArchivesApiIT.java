package org.estatedesk.it;

import static org.estatedesk.it.Api.problemCode;
import static org.estatedesk.it.GivenOwners.resident;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keys (R5.1) and archives (R5.2) over HTTP: a key lent (201) and lent again (409 problem+json), a non-owner's loan
 * waiting for the manager's approval before it is handed out against a signature, the return, an overdue loan
 * flagged, missing spare sets; an archive file whose copies are read only after the estate manager's approval, every
 * access recorded; roles that may not (403), another company (404).
 */
class KeysArchivesApiIT {
    private static long estate;
    private static final Map<String, Long> UNITS = new HashMap<>();

    @BeforeAll
    static void estate() {
        estate = GivenEstates.freshEstate("KA", 2);
        for (var v : Api.get("manager", "/api/v1/estates/" + estate + "/units?size=20").json().getJsonArray("items")) {
            UNITS.put(v.asJsonObject().getString("code"), v.asJsonObject().getJsonNumber("id").longValue());
        }
    }

    private static String tag(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime() % 100_000_000L, 36).toUpperCase();
    }

    static JsonObject key(String category, String target, boolean spare) {
        Api.Reply r = Api.post("frontdesk", "/api/v1/keys", """
                {"estateId":%d,"category":"%s","tag":"%s",%s,"location":"钥匙柜 A","quantity":2,"spare":%s}"""
                .formatted(estate, category, tag(category.substring(0, 3)), target, spare));
        assertEquals(201, r.status(), r.body());
        return r.json();
    }

    private static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    private static String due(long seconds) {
        return OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(seconds).toString();
    }

    private static JsonObject getKey(long id) {
        Api.Reply r = Api.get("frontdesk", "/api/v1/keys/" + id);
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    /** The step of a form waiting for the user, from his inbox. */
    private static JsonObject waiting(String user, String formType, long formId) {
        return Api.get(user, "/api/v1/approvals?mine=true").array().stream().map(v -> v.asJsonObject())
                .filter(o -> o.getString("formType").equals(formType) && o.getJsonNumber("formId").longValue() == formId)
                .findFirst().orElse(null);
    }

    private static Api.Reply decide(String user, JsonObject step, String decision) {
        return Api.post(user, "/api/v1/approvals/" + id(step) + "/decisions", """
                {"decision":"%s","comment":"%s","version":%d}""".formatted(decision, decision.equals("APPROVE")
                ? "同意" : "不同意", step.getInt("version")));
    }

    @Test
    void anOwnerBorrowsHisKeyOnceAndReturnsIt() {
        resident(estate, "A-1-0101", "王先生", "OWNER");
        JsonObject k = key("OWNER_SECURITY_DOOR", "\"unitCode\":\"A-1-0101\"", false);
        assertEquals("IN_STORE", k.getString("state"));
        assertEquals(UNITS.get("A-1-0101"), k.getJsonNumber("unitId").longValue());
        Api.Reply lent = Api.post("frontdesk", "/api/v1/keys/" + id(k) + "/loans", """
                {"borrower":"王先生","purpose":"业主进户","dueAt":"%s","borrowerKind":"OWNER","signatureConfirmed":true}"""
                .formatted(due(3600)));
        assertEquals(201, lent.status(), lent.body());
        assertNotNull(lent.header("Location"));
        JsonObject loan = lent.json();
        assertEquals("OUT", loan.getString("state"));
        assertEquals("frontdesk", loan.getString("handedOutBy"));
        assertEquals("王先生", loan.getString("signedName"));
        assertTrue(loan.getBoolean("signatureConfirmed"));
        assertEquals("ON_LOAN", getKey(id(k)).getJsonObject("key").getString("state"));

        // the exact contract: a key already out answers 409 problem+json
        Api.Reply again = Api.post("frontdesk", "/api/v1/keys/" + id(k) + "/loans", """
                {"borrower":"李女士","purpose":"看房","dueAt":"%s"}""".formatted(due(3600)));
        problemCode(again, 409, "error.key.out");
        assertEquals(1, getKey(id(k)).getJsonArray("loans").size(), "the refused loan left nothing");

        Api.Reply back = Api.post("frontdesk", "/api/v1/keys/" + id(k) + "/loans/" + id(loan) + "/return",
                "{\"comment\":\"完好\"}");
        assertEquals(200, back.status(), back.body());
        assertEquals("RETURNED", back.json().getString("state"));
        assertEquals("frontdesk", back.json().getString("returnedTo"));
        JsonObject after = getKey(id(k)).getJsonObject("key");
        assertEquals("IN_STORE", after.getString("state"));
        assertTrue(!after.containsKey("currentLoan") || after.isNull("currentLoan"), "the return cleared the loan");
        problemCode(Api.post("frontdesk", "/api/v1/key-loans/" + id(loan) + "/return", "{}"), 409, null);

        // without the owner's signature nothing is handed out
        problemCode(Api.post("frontdesk", "/api/v1/keys/" + id(k) + "/loans", """
                {"borrower":"王先生","purpose":"业主进户","dueAt":"%s","borrowerKind":"OWNER"}""".formatted(due(60))),
                400, "error.keyLoan.signatureRequired");
        problemCode(Api.post("frontdesk", "/api/v1/keys/" + id(k) + "/loans", """
                {"borrower":"王先生","purpose":"x","dueAt":"%s","borrowerKind":"OWNER","signatureConfirmed":true}"""
                .formatted(due(-60))), 400, "error.keyLoan.dueInPast");
        // another company's front desk does not see the key
        problemCode(Api.get("frontdesk2", "/api/v1/keys/" + id(k)), 404, null);
        problemCode(Api.post("frontdesk2", "/api/v1/keys/" + id(k) + "/loans", """
                {"borrower":"x","purpose":"x","dueAt":"%s"}""".formatted(due(60))), 404, null);
    }

    @Test
    void aContractorsLoanWaitsForTheManagerBeforeTheKeyIsHandedOut() {
        JsonObject k = key("OWNER_INNER_DOOR", "\"unitCode\":\"A-1-0102\"", false);
        Api.Reply requested = Api.post("frontdesk", "/api/v1/keys/" + id(k) + "/loans", """
                {"borrower":"鹭建防水 郭工","purpose":"卫生间返修","dueAt":"%s","borrowerKind":"CONTRACTOR"}"""
                .formatted(due(7200)));
        assertEquals(201, requested.status(), requested.body());
        JsonObject loan = requested.json();
        assertEquals("REQUESTED", loan.getString("state"));
        assertTrue(!loan.containsKey("handedOutBy") || loan.isNull("handedOutBy"), "not handed out yet");
        assertEquals("RESERVED", getKey(id(k)).getJsonObject("key").getString("state"));
        problemCode(Api.post("frontdesk", "/api/v1/key-loans/" + id(loan) + "/handout",
                "{\"signatureConfirmed\":true}"), 409, "error.keyLoan.illegalTransition");
        problemCode(Api.post("frontdesk", "/api/v1/keys/" + id(k) + "/loans", """
                {"borrower":"别人","purpose":"x","dueAt":"%s"}""".formatted(due(60))), 409, "error.key.out");

        assertNull(waiting("assistant", "KEY_LOAN", id(loan)), "not the assistant's to decide");
        assertNull(waiting("manager2", "KEY_LOAN", id(loan)), "another company's manager");
        JsonObject step = waiting("manager", "KEY_LOAN", id(loan));
        assertNotNull(step, "the manager finds the request in his inbox");
        assertEquals("CS_MANAGER", step.getString("step"));
        assertEquals(200, decide("manager", step, "APPROVE").status());

        JsonObject approved = Api.get("frontdesk", "/api/v1/key-loans/" + id(loan)).json();
        assertEquals("APPROVED", approved.getString("state"));
        assertEquals("manager", approved.getString("decidedBy"));
        problemCode(Api.post("frontdesk", "/api/v1/key-loans/" + id(loan) + "/handout", "{}"), 400,
                "error.keyLoan.signatureRequired");
        Api.Reply out = Api.post("frontdesk", "/api/v1/key-loans/" + id(loan) + "/handout",
                "{\"signatureConfirmed\":true,\"signedName\":\"郭建华\"}");
        assertEquals(200, out.status(), out.body());
        assertEquals("OUT", out.json().getString("state"));
        assertEquals("郭建华", out.json().getString("signedName"));
        assertEquals("ON_LOAN", getKey(id(k)).getJsonObject("key").getString("state"));

        // a rejected request frees the key
        JsonObject k2 = key("OWNER_MAILBOX", "\"unitCode\":\"A-1-0103\"", false);
        JsonObject other = Api.post("frontdesk", "/api/v1/keys/" + id(k2) + "/loans", """
                {"borrower":"张三","purpose":"代取快递","dueAt":"%s"}""".formatted(due(600))).json();
        assertEquals("OTHER", other.getString("borrowerKind"));
        assertEquals(200, decide("manager", waiting("manager", "KEY_LOAN", id(other)), "REJECT").status());
        assertEquals("REJECTED", Api.get("frontdesk", "/api/v1/key-loans/" + id(other)).json().getString("state"));
        assertEquals("IN_STORE", getKey(id(k2)).getJsonObject("key").getString("state"));
    }

    @Test
    void anOverdueLoanIsFlaggedAndMissingSparesAreReported() throws InterruptedException {
        JsonObject room = key("EQUIPMENT_ROOM", "\"equipment\":\"配电房\"", false);
        JsonObject loan = Api.post("frontdesk", "/api/v1/keys/" + id(room) + "/loans", """
                {"borrower":"郑师傅","purpose":"配电房检修","dueAt":"%s","borrowerKind":"STAFF"}""".formatted(due(2)))
                .json();
        JsonObject step = waiting("manager", "KEY_LOAN", id(loan));
        assertEquals(200, decide("manager", step, "APPROVE").status());
        assertEquals(200, Api.post("frontdesk", "/api/v1/key-loans/" + id(loan) + "/handout",
                "{\"signatureConfirmed\":true}").status());
        Thread.sleep(2500);
        JsonArray overdueKeys = Api.get("frontdesk", "/api/v1/keys?estateId=" + estate + "&overdue=true").json()
                .getJsonArray("items");
        assertEquals(List.of(id(room)), overdueKeys.stream().map(v -> id(v.asJsonObject())).toList());
        assertTrue(overdueKeys.getJsonObject(0).getJsonObject("currentLoan").getBoolean("overdue"));
        JsonArray overdueLoans = Api.get("frontdesk", "/api/v1/key-loans?estateId="
                + estate + "&overdue=true").json().getJsonArray("items");
        assertEquals(List.of(id(loan)), overdueLoans.stream().map(v -> id(v.asJsonObject())).toList());
        assertEquals(200, Api.post("frontdesk", "/api/v1/key-loans/" + id(loan) + "/return", "{}").status());
        assertEquals(0, Api.get("frontdesk", "/api/v1/keys?estateId=" + estate + "&overdue=true").json()
                .getInt("total"));

        // EQUIPMENT_ROOM has a key but no spare set in this estate until one is registered
        List<String> missing = Api.get("frontdesk", "/api/v1/keys/missing-spares?estateId=" + estate).array().stream()
                .map(v -> v.asJsonObject().getString("category")).toList();
        assertTrue(missing.contains("EQUIPMENT_ROOM"), missing.toString());
        key("EQUIPMENT_ROOM", "\"equipment\":\"配电房\"", true);
        missing = Api.get("frontdesk", "/api/v1/keys/missing-spares?estateId=" + estate).array().stream()
                .map(v -> v.asJsonObject().getString("category")).toList();
        assertFalse(missing.contains("EQUIPMENT_ROOM"), missing.toString());

        // filters and paging
        JsonObject page = Api.get("frontdesk", "/api/v1/keys?estateId=" + estate + "&category=EQUIPMENT_ROOM&size=1")
                .json();
        assertEquals(2, page.getInt("total"));
        assertEquals(1, page.getJsonArray("items").size());
        problemCode(Api.get("frontdesk", "/api/v1/keys?state=LOST"), 400, null);
    }

    @Test
    void aKeyKeptForRectificationStaysTrackedUntilTheOwnerCollectsIt() {
        JsonObject k = key("OWNER_SECURITY_DOOR", "\"unitCode\":\"A-1-0104\"", false);
        Api.Reply held = Api.post("frontdesk", "/api/v1/keys/" + id(k) + "/rectification", "{}");
        assertEquals(200, held.status(), held.body());
        assertEquals("RECTIFICATION", held.json().getString("state"));
        assertEquals(1, Api.get("frontdesk", "/api/v1/keys?estateId=" + estate + "&state=RECTIFICATION").json()
                .getInt("total"));
        Api.Reply collected = Api.post("frontdesk", "/api/v1/keys/" + id(k) + "/collection",
                "{\"collectedBy\":\"王先生\"}");
        assertEquals(200, collected.status(), collected.body());
        assertEquals("WITH_OWNER", collected.json().getString("state"));
        assertEquals("王先生", collected.json().getString("collectedBy"));
        problemCode(Api.post("frontdesk", "/api/v1/keys/" + id(k) + "/loans", """
                {"borrower":"x","purpose":"x","dueAt":"%s"}""".formatted(due(60))), 409, null);
    }

    @Test
    void rolesThatMayNotAreRefused() {
        problemCode(Api.get("tech", "/api/v1/keys"), 403, null);
        problemCode(Api.post("tech", "/api/v1/keys", "{\"estateId\":" + estate + "}"), 403, null);
        problemCode(Api.post("finance", "/api/v1/keys/1/loans", "{}"), 403, null);
        problemCode(Api.get("finance", "/api/v1/archive-files"), 403, null);
        problemCode(Api.get("frontdesk", "/api/v1/archive-files"), 403, null);
        problemCode(Api.post("assistant", "/api/v1/archive-files", """
                {"estateId":%d,"kind":"UNIT","unitCode":"A-1-0201","title":"x"}""".formatted(estate)), 403, null);
        problemCode(Api.put("frontdesk", "/api/v1/archive-requirements", """
                {"unitState":"LET","docTypes":["LEASE_CONTRACT"]}"""), 403, null);
    }

    @Test
    void archiveCopiesAreReadOnlyAfterTheManagersApprovalAndEveryAccessIsRecorded() {
        Api.Reply created = Api.post("archivist", "/api/v1/archive-files", """
                {"estateId":%d,"kind":"OWNER","unitCode":"A-1-0201","title":"业主档案 A-1-0201","location":"档案室 A 柜"}"""
                .formatted(estate));
        assertEquals(201, created.status(), created.body());
        JsonObject file = created.json();
        assertEquals("YZ-A-1-0201", file.getString("fileNo"));
        long fileId = id(file);
        Api.Reply item = Api.post("archivist", "/api/v1/archive-files/" + fileId + "/items", """
                {"docType":"PURCHASE_CONTRACT","title":"商品房买卖合同","location":"A 柜 1 层","expiresOn":"2030-12-31"}""");
        assertEquals(201, item.status(), item.body());
        long itemId = id(item.json());
        byte[] scan = "%PDF-1.4 合同扫描件".getBytes(StandardCharsets.UTF_8);
        Api.Reply upload = Api.upload("archivist", "/api/v1/archive-files/" + fileId + "/items/" + itemId
                + "/attachments?fileName=contract.pdf", "application/pdf", scan);
        assertEquals(201, upload.status(), upload.body());
        long attachment = id(upload.json());
        String copy = "/api/v1/archive-files/" + fileId + "/attachments/" + attachment;
        Api.Download mine = Api.download("archivist", copy);
        assertEquals(200, mine.status());
        assertArrayEquals(scan, mine.body());

        // the assistant sees the file's items but not its copies until the manager approves his request
        assertEquals(200, Api.get("assistant", "/api/v1/archive-files/" + fileId).status());
        assertFalse(Api.get("assistant", "/api/v1/archive-files/" + fileId).json().getBoolean("canRead"));
        assertEquals(403, Api.download("assistant", copy).status());
        problemCode(Api.post("assistant", "/api/v1/archive-files/" + fileId + "/borrows", """
                {"kind":"READ","purpose":"集团检查","dueAt":"%s","hqInspection":true}""".formatted(due(3600))), 403,
                "error.archive.hqOnly");
        Api.Reply asked = Api.post("assistant", "/api/v1/archive-files/" + fileId + "/borrows", """
                {"kind":"READ","purpose":"核对购房合同","dueAt":"%s"}""".formatted(due(3600)));
        assertEquals(201, asked.status(), asked.body());
        JsonObject borrow = asked.json();
        assertEquals("REQUESTED", borrow.getString("state"));
        assertEquals(403, Api.download("assistant", copy).status(), "not before the approval");
        JsonObject step = waiting("manager", "ARCHIVE_BORROW", id(borrow));
        assertNotNull(step, "the estate manager finds the request in his inbox");
        assertEquals(200, decide("manager", step, "APPROVE").status());
        Api.Download read = Api.download("assistant", copy);
        assertEquals(200, read.status());
        assertArrayEquals(scan, read.body());
        assertTrue(Api.get("assistant", "/api/v1/archive-files/" + fileId).json().getBoolean("canRead"));
        assertEquals(403, Api.download("manager", copy).status(), "the grant is the borrower's alone");

        // a physical borrow: one at a time
        Api.Reply paper = Api.post("manager", "/api/v1/archive-files/" + fileId + "/borrows", """
                {"kind":"BORROW","purpose":"复印","dueAt":"%s"}""".formatted(due(3600)));
        assertEquals(201, paper.status(), paper.body());
        problemCode(Api.post("assistant", "/api/v1/archive-files/" + fileId + "/borrows", """
                {"kind":"BORROW","purpose":"复印","dueAt":"%s"}""".formatted(due(3600))), 409, "error.archive.fileOut");
        Api.Reply hq = Api.post("admin", "/api/v1/archive-files/" + fileId + "/borrows", """
                {"kind":"READ","purpose":"集团档案检查","dueAt":"%s","hqInspection":true}""".formatted(due(3600)));
        assertEquals(201, hq.status(), hq.body());
        assertEquals("OUT", hq.json().getString("state"), "an HQ inspection needs no approval");

        // the reading ends when the archive keeper takes it back
        problemCode(Api.post("assistant", "/api/v1/archive-borrows/" + id(borrow) + "/return", "{}"), 403, null);
        Api.Reply back = Api.post("archivist", "/api/v1/archive-borrows/" + id(borrow) + "/return", "{}");
        assertEquals(200, back.status(), back.body());
        assertEquals("RETURNED", back.json().getString("state"));
        assertEquals(403, Api.download("assistant", copy).status());

        // a change is recorded with what changed
        JsonObject it = Api.get("archivist", "/api/v1/archive-files/" + fileId).json().getJsonArray("items")
                .getJsonObject(0);
        Api.Reply changed = Api.put("archivist", "/api/v1/archive-files/" + fileId + "/items/" + itemId, """
                {"docType":"PURCHASE_CONTRACT","title":"商品房买卖合同","location":"B 柜 2 层","expiresOn":"2030-12-31",
                 "version":%d}""".formatted(it.getInt("version")));
        assertEquals(200, changed.status(), changed.body());

        JsonArray history = Api.get("archivist", "/api/v1/archive-files/" + fileId).json().getJsonArray("history");
        List<String> lines = history.stream().map(v -> v.asJsonObject()).map(e -> e.getString("action") + " "
                + e.getString("actor")).toList();
        for (String expected : List.of("CREATE archivist", "ADD_ITEM archivist", "ATTACH archivist",
                "VIEW archivist", "REQUEST assistant", "APPROVE manager", "VIEW assistant", "LEND admin",
                "RETURN archivist", "CHANGE_ITEM archivist")) {
            assertTrue(lines.contains(expected), expected + " in " + lines);
        }
        assertEquals(2, lines.stream().filter(l -> l.startsWith("VIEW ")).count(), "two readings, no more: " + lines);
        assertTrue(history.stream().map(v -> v.asJsonObject()).anyMatch(e -> e.getString("action").equals(
                "CHANGE_ITEM") && e.getString("detail").contains("A 柜 1 层 → B 柜 2 层")), history.toString());
        // the operation log has them too
        assertTrue(Api.get("admin", "/api/v1/operation-log?operation=ARCHIVE_VIEW&size=100").body()
                .contains("contract.pdf"));
        problemCode(Api.get("manager2", "/api/v1/archive-files/" + fileId), 404, null);
    }

    @Test
    void requiredDocumentsPerUnitStateAreEditedByTheManager() {
        Api.Reply set = Api.put("manager", "/api/v1/archive-requirements", """
                {"unitState":"LET","docTypes":["PURCHASE_CONTRACT","IDENTITY_COPY","LEASE_CONTRACT"]}""");
        assertEquals(200, set.status(), set.body());
        List<String> let = Api.get("archivist", "/api/v1/archive-requirements").array().stream()
                .map(v -> v.asJsonObject()).filter(r -> r.getString("unitState").equals("LET"))
                .map(r -> r.getString("docType")).sorted().toList();
        assertEquals(List.of("IDENTITY_COPY", "LEASE_CONTRACT", "PURCHASE_CONTRACT"), let);
        assertTrue(Api.get("archivist", "/api/v1/archive-requirements").array().stream().anyMatch(v -> v
                .asJsonObject().getString("unitState").equals("HANDED_OVER")), "the demo's other states stay");
        String openapi = Api.get(null, "/openapi").body();
        for (String path : List.of("/api/v1/keys:", "/api/v1/keys/{id}/loans:", "/api/v1/key-loans/{id}/return:",
                "/api/v1/archive-files/{id}/borrows:", "/api/v1/archive-borrows/{id}/return:",
                "/api/v1/archive-requirements:")) {
            assertTrue(openapi.contains(path), path);
        }
    }

    @Test
    void aBorrowerTickedAsTheOwnerWhoIsNotOneOfTheUnitsPeopleWaitsForTheManager() {
        resident(estate, "A-1-0203", "陈业主", "OWNER");
        resident(estate, "A-1-0203", "陈小姐", "OCCUPANT");
        JsonObject k = key("OWNER_INNER_DOOR", "\"unitCode\":\"A-1-0203\"", false);
        Api.Reply claimed = Api.post("frontdesk", "/api/v1/keys/" + id(k) + "/loans", """
                {"borrower":"冒名者","purpose":"进户","dueAt":"%s","borrowerKind":"OWNER","signatureConfirmed":true}"""
                .formatted(due(3600)));
        assertEquals(201, claimed.status(), claimed.body());
        JsonObject loan = claimed.json();
        assertEquals("REQUESTED", loan.getString("state"), "not handed out on the clerk's tick");
        assertEquals("OWNER", loan.getString("borrowerKind"));
        assertTrue(loan.getBoolean("approvalRequired"));
        assertEquals("RESERVED", getKey(id(k)).getJsonObject("key").getString("state"));
        JsonObject step = waiting("manager", "KEY_LOAN", id(loan));
        assertNotNull(step, "the manager decides it like anyone else's");
        assertEquals(200, decide("manager", step, "REJECT").status());
        assertEquals("IN_STORE", getKey(id(k)).getJsonObject("key").getString("state"));

        // the unit's occupant, named with other spacing, takes it at once
        Api.Reply occupant = Api.post("frontdesk", "/api/v1/keys/" + id(k) + "/loans", """
                {"borrower":"陈 小姐","purpose":"取物","dueAt":"%s","borrowerKind":"OWNER","signatureConfirmed":true}"""
                .formatted(due(3600)));
        assertEquals(201, occupant.status(), occupant.body());
        assertEquals("OUT", occupant.json().getString("state"));
        assertFalse(occupant.json().getBoolean("approvalRequired"));
    }
}
