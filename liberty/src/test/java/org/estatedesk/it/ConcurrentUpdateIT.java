package org.estatedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Versioned resources written by several requests at once, with and without the version they read (issue 18): every
 * answer is a success or a 409 problem, never a 5xx (Hibernate's StaleStateException once answered 500), and one of
 * the writes is what the record holds afterwards.
 */
class ConcurrentUpdateIT {
    private static final int WRITERS = 8;
    /** Dates as the server reads them: the company's time zone, not the test machine's. */
    private static final java.time.ZoneId ZONE = java.time.ZoneId.of("Asia/Shanghai");

    /** Runs {@code WRITERS} PUTs at the same moment; returns their answers. */
    private static List<Api.Reply> together(String user, String path, IntFunction<String> body) throws Exception {
        return together(n -> Api.put(user, path, body.apply(n)));
    }

    /** Runs {@code WRITERS} writes at the same moment; returns their answers. */
    private static List<Api.Reply> together(IntFunction<Api.Reply> write) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Api.Reply>> answers = new ArrayList<>();
            for (int i = 0; i < WRITERS; i++) {
                int n = i;
                answers.add(pool.submit(() -> {
                    start.await();
                    return write.apply(n);
                }));
            }
            start.countDown();
            List<Api.Reply> replies = new ArrayList<>();
            for (Future<Api.Reply> f : answers) {
                replies.add(f.get());
            }
            return replies;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Each answer a success or a 409 problem; at least one success. */
    private static void successOrConflict(List<Api.Reply> replies) {
        int ok = 0;
        for (Api.Reply r : replies) {
            assertTrue(r.status() == 200 || r.status() == 201 || r.status() == 409, r.status() + ": " + r.body());
            if (r.status() == 409) {
                assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
            } else {
                ok++;
            }
        }
        assertTrue(ok >= 1, "no write succeeded");
    }

    /** Runs {@code WRITERS} POSTs of the same action at the same moment. */
    private static List<Api.Reply> together(String user, String path, String body) throws Exception {
        return together(n -> Api.post(user, path, body));
    }

    /**
     * Each answer a success or a 409 problem (the loser of the race, or the record already past that state), never
     * a 5xx; returns how many succeeded.
     */
    private static int successes(List<Api.Reply> replies) {
        int ok = 0;
        for (Api.Reply r : replies) {
            assertTrue(r.status() == 200 || r.status() == 201 || r.status() == 204 || r.status() == 409,
                    r.status() + ": " + r.body());
            if (r.status() == 409) {
                assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
            } else {
                ok++;
            }
        }
        return ok;
    }

    /**
     * As {@link #successes}, but a 400 problem is also an answer: the rule refuses what the winner left undone (e.g.
     * nothing owed any more once another request paid it).
     */
    private static int successesOrRuleRefusals(List<Api.Reply> replies) {
        int ok = 0;
        for (Api.Reply r : replies) {
            assertTrue(r.status() < 300 || r.status() == 400 || r.status() == 409, r.status() + ": " + r.body());
            if (r.status() >= 400) {
                assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
            } else {
                ok++;
            }
        }
        return ok;
    }

    private static java.math.BigDecimal money(JsonObject o, String field) {
        return o.getJsonNumber(field).bigDecimalValue().setScale(2);
    }

    /** An action the state machine allows once: exactly one of the racers did it, the others were told 409. */
    private static Api.Reply once(List<Api.Reply> replies) {
        assertEquals(1, successes(replies), () -> replies.stream().map(r -> r.status() + " " + r.body())
                .collect(Collectors.joining("\n")));
        return replies.stream().filter(r -> r.status() < 300).findFirst().orElseThrow();
    }

    /**
     * PUTs half of them with the version read, half without: one at least succeeds, at most one with the version.
     * Every body must differ from the record as it is: a write of the same values changes nothing, needs no version.
     */
    private static void withAndWithoutTheVersion(String user, String path, int version, IntFunction<String> body)
            throws Exception {
        List<Api.Reply> replies = together(user, path, n -> body.apply(n).replace("%VERSION%",
                n % 2 == 0 ? ",\"version\":" + version : ""));
        assertTrue(successes(replies) >= 1, "no write succeeded");
        int withVersion = 0;
        for (int n = 0; n < WRITERS; n += 2) {
            withVersion += replies.get(n).status() < 300 ? 1 : 0;
        }
        assertTrue(withVersion <= 1, "two writers of the same version both succeeded");
    }

    private static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    private static Api.Reply created(Api.Reply r) {
        assertEquals(201, r.status(), r.body());
        return r;
    }

    private static String due(long seconds) {
        return OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(seconds).toString();
    }

    private static List<Long> units(long estate) {
        return Api.get("manager", "/api/v1/estates/" + estate + "/units?size=50").json().getJsonArray("items")
                .stream().map(v -> id(v.asJsonObject())).toList();
    }

    /** The approval step of a form waiting for the user. */
    private static JsonObject waiting(String user, String formType, long formId) {
        JsonObject step = Api.get(user, "/api/v1/approvals?mine=true").array().stream().map(v -> v.asJsonObject())
                .filter(o -> o.getString("formType").equals(formType) && o.getJsonNumber("formId").longValue() == formId)
                .findFirst().orElse(null);
        assertNotNull(step, formType + " " + formId + " waits for " + user);
        return step;
    }

    private static String suffix() {
        return Long.toString(System.nanoTime() % 100_000_000L, 36).toUpperCase();
    }

    @Test
    void contractsWithoutAVersion() throws Exception {
        long estate = GivenEstates.freshEstate("CU", 1, "SHOP");
        long shop = GivenEstates.unitsByCode(estate).values().iterator().next();
        long item = GivenContracts.rentItem();
        LocalDate start = LocalDate.now(ZONE).withDayOfMonth(1);
        JsonObject contract = GivenContracts.create("finance", GivenContracts.body(estate, "" + shop, "HT-" + suffix(),
                item, "3000.00", start, start.plusYears(1).minusDays(1)));
        long id = contract.getJsonNumber("id").longValue();
        List<Api.Reply> replies = together("finance", "/api/v1/contracts/" + id, n -> """
                {"code":"%s","kind":"RENT","partyName":"李老板%d","partyPhone":"13900000000","feeItemId":%d,
                 "monthlyAmount":"%d.00","deposit":"6000.00","startDate":"%s","endDate":"%s"}"""
                .formatted(contract.getString("code"), n, item, 3000 + n, start, start.plusYears(1).minusDays(1)));
        successOrConflict(replies);
        String party = Api.get("finance", "/api/v1/contracts/" + id).json().getString("partyName");
        assertTrue(party.matches("李老板[0-7]"), party);
    }

    @Test
    void ownersWithAndWithoutTheVersion() throws Exception {
        Api.Reply created = Api.post("frontdesk", "/api/v1/owners", """
                {"name":"并发业主","idType":"PASSPORT","idNumber":"C%s","phone":"13900003333"}""".formatted(suffix()));
        assertEquals(201, created.status(), created.body());
        JsonObject o = created.json();
        long id = o.getJsonNumber("id").longValue();
        int version = o.getInt("version");
        List<Api.Reply> replies = together("frontdesk", "/api/v1/owners/" + id, n -> """
                {"name":"并发业主%d","idType":"PASSPORT","idNumber":"%s","phone":"13900003333"%s}"""
                .formatted(n, o.getString("idNumber"), n % 2 == 0 ? ",\"version\":" + version : ""));
        successOrConflict(replies);
        long withVersionOk = replies.stream().filter(r -> r.status() == 200
                && r.json().getString("name").matches("并发业主[0246]")).count();
        assertTrue(withVersionOk <= 1, "two writers of the same version both succeeded");
    }

    @Test
    void feeItemsAndTheirRates() throws Exception {
        Api.Reply item = Api.post("manager", "/api/v1/fee-items", """
                {"code":"CU-%s","name":"并发收费项","basis":"AREA"}""".formatted(suffix()));
        assertEquals(201, item.status(), item.body());
        long id = item.json().getJsonNumber("id").longValue();
        successOrConflict(together("manager", "/api/v1/fee-items/" + id, n -> """
                {"name":"并发收费项%d","basis":"AREA"}""".formatted(n)));
        long estate = GivenEstates.freshEstate("CR", 1);
        successOrConflict(together("manager", "/api/v1/fee-items/" + id + "/rates", n -> """
                {"estateId":%d,"unitType":"RESIDENCE","unitPrice":"%d.50","validFrom":"2026-01"}"""
                .formatted(estate, n + 1)));
    }

    @Test
    void questionnairesAndTheDaysWorkLog() throws Exception {
        String s = suffix();
        Api.Reply q = Api.post("manager", "/api/v1/questionnaires", """
                {"title":"并发问卷 %s","questions":[{"kind":"SCORE","text":"满意度","required":true}]}""".formatted(s));
        assertEquals(201, q.status(), q.body());
        long id = q.json().getJsonNumber("id").longValue();
        successOrConflict(together("manager", "/api/v1/questionnaires/" + id, n -> """
                {"title":"并发问卷 %s %d","questions":[{"kind":"SCORE","text":"满意度 %d","required":true}]}"""
                .formatted(s, n, n)));
        String staff = GivenStaff.freshStaff("cu");
        LocalDate day = LocalDate.now(ZONE).minusDays(2);
        successOrConflict(together(n -> GivenStaff.writeWorkLog(staff, day, """
                {"workDone":"并发日志 %d","hours":"%d.0"}""".formatted(n, n + 1))));
    }

    @Test
    void taskActionsHappenOnceAndTheirCategoriesAndScopes() throws Exception {
        long estate = GivenEstates.freshEstate("CT", 1);
        List<Long> units = units(estate);
        long rec = id(GivenServiceDesk.reception("frontdesk", estate, units.get(0)));
        long task = id(GivenServiceDesk.task("frontdesk", rec, """
                {"kind":"REPAIR","categoryCode":"water-pipe"}"""));
        String actions = "/api/v1/tasks/" + task + "/actions";
        int version = Api.get("engineer", "/api/v1/tasks/" + task).json().getInt("version");
        List<Api.Reply> assigned = together("engineer", actions, """
                {"action":"ASSIGN","assignee":"tech","version":%d}""".formatted(version));
        once(assigned);
        once(together("tech", actions, """
                {"action":"PLAN","comment":"更换阀门"}"""));
        once(together("tech", actions, """
                {"action":"COMPLETE",%s}""".formatted(GivenServiceDesk.onSite("更换入户阀门"))));
        once(together("frontdesk", "/api/v1/tasks/" + task + "/callbacks", """
                {"result":"SATISFIED"}"""));
        JsonObject after = Api.get("engineer", "/api/v1/tasks/" + task).json();
        for (String action : List.of("ASSIGN", "PLAN", "COMPLETE")) {
            assertEquals(1, after.getJsonArray("history").stream().filter(e -> e.asJsonObject().getString("action")
                    .equals(action)).count(), action + " recorded once: " + after.getJsonArray("history"));
        }
        assertEquals(1, after.getJsonArray("callbacks").size(), after.toString());

        // a compensation decided once, paid once
        long other = id(GivenServiceDesk.task("frontdesk", id(GivenServiceDesk.reception("frontdesk", estate,
                units.get(1))), "{\"kind\":\"COMPLAINT\",\"categoryCode\":\"neighbour-leak\"}"));
        JsonObject c = created(Api.post("assistant", "/api/v1/compensations", """
                {"taskId":%d,"payee":"王先生","amount":"100.00","borneBy":"COMPANY","reason":"并发"}"""
                .formatted(other))).json();
        once(together("manager", "/api/v1/compensations/" + id(c) + "/decisions", """
                {"decision":"APPROVE","comment":"同意","version":%d}""".formatted(c.getInt("version"))));
        once(together("finance", "/api/v1/compensations/" + id(c) + "/payment", "{}"));

        // a topic resolved once
        long topic = id(created(Api.post("assistant", "/api/v1/topics", """
                {"estateId":%d,"title":"并发专题","description":"x"}""".formatted(estate))).json());
        once(together("manager", "/api/v1/topics/" + topic + "/resolution", """
                {"solution":"并发解决"}"""));

        // a category of the library and a contractor's scope, edited at once
        String code = "cu-" + suffix().toLowerCase();
        JsonObject cat = created(Api.post("manager", "/api/v1/categories", """
                {"code":"%s","nameZh":"并发类别","nameEn":"Concurrent","defaultKind":"REPAIR","defaultTier":"GENERAL",
                 "location":"UNIT","department":"ENGINEERING","warrantyMonths":12,"active":true}""".formatted(code)))
                .json();
        withAndWithoutTheVersion("manager", "/api/v1/categories/" + id(cat), cat.getInt("version"), n -> """
                {"code":"%s","nameZh":"并发类别 %d","nameEn":"Concurrent","defaultKind":"REPAIR","defaultTier":"GENERAL",
                 "location":"UNIT","department":"ENGINEERING","warrantyMonths":%d,"active":true%%VERSION%%}"""
                .formatted(code, n, 12 + n));
        String name = Api.get("manager", "/api/v1/categories").array().stream().map(v -> v.asJsonObject())
                .filter(o -> o.getString("code").equals(code)).findFirst().orElseThrow().getString("nameZh");
        assertTrue(name.matches("并发类别 [0-7]"), name);
        long contractor = id(created(Api.post("manager", "/api/v1/contractors", """
                {"name":"并发承建商%s"}""".formatted(suffix()))).json());
        JsonObject scope = created(Api.post("manager", "/api/v1/contractors/" + contractor + "/scopes", """
                {"estateId":%d,"categoryCode":"wall-crack","warrantyFrom":"2025-01-01","warrantyMonths":24}"""
                .formatted(estate))).json();
        withAndWithoutTheVersion("manager", "/api/v1/contractors/" + contractor + "/scopes/" + id(scope),
                scope.getInt("version"), n -> """
                        {"warrantyFrom":"2025-01-01","warrantyMonths":%d%%VERSION%%}""".formatted(25 + n));
    }

    @Test
    void keysAreLentApprovedHandedOutAndReturnedOnce() throws Exception {
        long estate = GivenEstates.freshEstate("CK", 1);
        GivenOwners.resident(estate, "A-1-0101", "王先生", "OWNER");
        JsonObject k = created(Api.post("frontdesk", "/api/v1/keys", """
                {"estateId":%d,"category":"OWNER_SECURITY_DOOR","tag":"CU-%s","unitCode":"A-1-0101",
                 "location":"钥匙柜 A","quantity":2,"spare":false}""".formatted(estate, suffix()))).json();
        JsonObject loan = once(together("frontdesk", "/api/v1/keys/" + id(k) + "/loans", """
                {"borrower":"王先生","purpose":"业主进户","dueAt":"%s","borrowerKind":"OWNER","signatureConfirmed":true}"""
                .formatted(due(3600)))).json();
        assertEquals(1, Api.get("frontdesk", "/api/v1/keys/" + id(k)).json().getJsonArray("loans").size());
        once(together("frontdesk", "/api/v1/keys/" + id(k) + "/loans/" + id(loan) + "/return", "{\"comment\":\"完好\"}"));
        JsonObject back = Api.get("frontdesk", "/api/v1/keys/" + id(k)).json();
        assertEquals("IN_STORE", back.getJsonObject("key").getString("state"));
        assertEquals("RETURNED", back.getJsonArray("loans").getJsonObject(0).getString("state"));

        // a staff loan of an equipment room: one decision, one handout, one return
        JsonObject room = created(Api.post("frontdesk", "/api/v1/keys", """
                {"estateId":%d,"category":"EQUIPMENT_ROOM","tag":"CE-%s","equipment":"配电房","location":"钥匙柜 A",
                 "quantity":2,"spare":false}""".formatted(estate, suffix()))).json();
        JsonObject staff = created(Api.post("frontdesk", "/api/v1/keys/" + id(room) + "/loans", """
                {"borrower":"郑师傅","purpose":"配电房检修","dueAt":"%s","borrowerKind":"STAFF"}""".formatted(due(3600))))
                .json();
        JsonObject step = waiting("manager", "KEY_LOAN", id(staff));
        once(together("manager", "/api/v1/approvals/" + id(step) + "/decisions", """
                {"decision":"APPROVE","comment":"同意","version":%d}""".formatted(step.getInt("version"))));
        once(together("frontdesk", "/api/v1/key-loans/" + id(staff) + "/handout", "{\"signatureConfirmed\":true}"));
        once(together("frontdesk", "/api/v1/key-loans/" + id(staff) + "/return", "{}"));
        JsonObject loans = Api.get("frontdesk", "/api/v1/keys/" + id(room)).json();
        assertEquals(1, loans.getJsonArray("loans").size(), loans.toString());
        assertEquals("RETURNED", loans.getJsonArray("loans").getJsonObject(0).getString("state"));
        assertEquals("IN_STORE", loans.getJsonObject("key").getString("state"));
    }

    @Test
    void archiveItemsAndBorrows() throws Exception {
        long estate = GivenEstates.freshEstate("CA", 1);
        long file = id(created(Api.post("archivist", "/api/v1/archive-files", """
                {"estateId":%d,"kind":"OWNER","unitCode":"A-1-0101","title":"并发档案","location":"档案室 A 柜"}"""
                .formatted(estate))).json());
        JsonObject item = created(Api.post("archivist", "/api/v1/archive-files/" + file + "/items", """
                {"docType":"PURCHASE_CONTRACT","title":"商品房买卖合同","location":"A 柜 1 层","expiresOn":"2030-12-31"}"""))
                .json();
        withAndWithoutTheVersion("archivist", "/api/v1/archive-files/" + file + "/items/" + id(item),
                item.getInt("version"), n -> """
                        {"docType":"PURCHASE_CONTRACT","title":"商品房买卖合同","location":"B 柜 %d 层",
                         "expiresOn":"2030-12-31"%%VERSION%%}""".formatted(n));
        JsonObject borrow = created(Api.post("admin", "/api/v1/archive-files/" + file + "/borrows", """
                {"kind":"READ","purpose":"集团档案检查","dueAt":"%s","hqInspection":true}""".formatted(due(3600))))
                .json();
        assertEquals("OUT", borrow.getString("state"));
        once(together("archivist", "/api/v1/archive-borrows/" + id(borrow) + "/return", "{}"));
    }

    @Test
    void questionnairesArePublishedAndClosedOnce() throws Exception {
        long id = id(created(Api.post("manager", "/api/v1/questionnaires", """
                {"title":"并发发布 %s","questions":[{"kind":"SCORE","text":"满意度","required":true}]}"""
                .formatted(suffix()))).json());
        once(together("manager", "/api/v1/questionnaires/" + id + "/publish", "{}"));
        once(together("manager", "/api/v1/questionnaires/" + id + "/close", "{}"));
        assertEquals("CLOSED", Api.get("manager", "/api/v1/questionnaires/" + id).json().getString("state"));
    }

    @Test
    void depositsAreTakenReversedCancelledAndSettledOnce() throws Exception {
        long estate = GivenEstates.freshEstate("CD", 1);
        long unit = units(estate).get(0);
        String deposits = "/api/v1/units/" + unit + "/deposits";
        long first = id(created(Api.post("finance", deposits, """
                {"kind":"OTHER","description":"并发押金","amount":"500.00"}""")).json());
        JsonObject taken = once(together("finance", "/api/v1/deposits/" + first + "/payments", "{\"method\":\"CASH\"}"))
                .json();
        once(together("finance", "/api/v1/payments/" + id(taken) + "/reversal", "{\"reason\":\"收错房间\"}"));
        JsonObject due = Api.get("finance", "/api/v1/deposits/" + first).json();
        assertEquals("DUE", due.getString("state"), due.toString());
        assertTrue(due.getJsonArray("payments").stream().filter(v -> v.asJsonObject().getJsonNumber("amount")
                .bigDecimalValue().signum() < 0).count() <= 1, "one reversal: " + due);
        once(together("finance", "/api/v1/deposits/" + first + "/cancellation", "{}"));
        assertEquals("CANCELLED", Api.get("finance", "/api/v1/deposits/" + first).json().getString("state"));

        long second = id(created(Api.post("finance", deposits, """
                {"kind":"OTHER","description":"并发押金二","amount":"300.00"}""")).json());
        created(Api.post("finance", "/api/v1/deposits/" + second + "/payments", "{\"method\":\"CASH\"}"));
        once(together("finance", "/api/v1/deposits/" + second + "/settlement", "{\"method\":\"CASH\"}"));
        JsonObject settled = Api.get("finance", "/api/v1/deposits/" + second).json();
        assertEquals("REFUNDED", settled.getString("state"));
        assertEquals(2, settled.getJsonArray("payments").size(), "taken once, paid back once: " + settled);
    }

    @Test
    void passesAndAMoveOutGoThroughEachStepOnce() throws Exception {
        long estate = GivenEstates.freshEstate("CP", 1);
        List<Long> units = units(estate);
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        long slip = id(created(Api.post("frontdesk", "/api/v1/passes", """
                {"kind":"GOODS_RELEASE","unitId":%d,"holderName":"搬家师傅","idNumber":"350102199001011234",
                 "goods":"旧沙发一套","confirmedByOwner":"业主（电话确认）","validFrom":"%s"}"""
                .formatted(units.get(1), today))).json());
        once(together("frontdesk", "/api/v1/passes/" + slip + "/return", "{}"));
        assertEquals("RETURNED", Api.get("frontdesk", "/api/v1/passes/" + slip).json().getString("state"));

        long unit = units.get(0);
        JsonObject move = once(together("frontdesk", "/api/v1/relocations", """
                {"unitId":%d,"date":"%s","reason":"并发迁出"}""".formatted(unit, today.plusDays(7)))).json();
        assertEquals(1, Api.get("frontdesk", "/api/v1/relocations?estateId=" + estate).json().getInt("total"),
                "one move-out of the unit");
        JsonObject step = waiting("manager", "RELOCATION", id(move));
        once(together("manager", "/api/v1/approvals/" + id(step) + "/decisions", """
                {"decision":"APPROVE","comment":"同意","version":%d}""".formatted(step.getInt("version"))));
        once(together("frontdesk", "/api/v1/relocations/" + id(move) + "/release-slip", """
                {"goods":"沙发一套","confirmedByOwner":"业主张三"}"""));
        once(together("frontdesk", "/api/v1/relocations/" + id(move) + "/completion", "{}"));
        assertEquals("COMPLETED", Api.get("frontdesk", "/api/v1/relocations/" + id(move)).json().getString("state"));
    }

    @Test
    void aDecorationApplicationIsDecidedOnce() throws Exception {
        long estate = GivenEstates.freshEstate("CX", 1);
        LocalDate start = LocalDate.now(ZONE).plusDays(7);
        JsonObject app = created(Api.post("frontdesk", "/api/v1/decoration-applications", """
                {"unitId":%d,"contractorName":"并发装饰","plan":"墙面翻新","alterations":[],
                 "startDate":"%s","endDate":"%s"}""".formatted(units(estate).get(0), start, start.plusDays(30))))
                .json();
        JsonObject step = GivenDecoration.waiting("assistant", id(app));
        assertNotNull(step);
        once(together("assistant", "/api/v1/approvals/" + id(step) + "/decisions", """
                {"decision":"APPROVE","comment":"同意","version":%d}""".formatted(step.getInt("version"))));
        JsonObject detail = GivenDecoration.detail(id(app));
        assertEquals(1, detail.getJsonArray("history").stream().filter(e -> e.asJsonObject().getString("action")
                .startsWith("APPROVE")).count(), detail.toString());
    }

    @Test
    void aCompanysParametersAndDispatchTableAndAStaffWeekReview() throws Exception {
        String sfx = suffix();
        JsonObject xiamen = Api.get("admin", "/api/v1/companies").array().stream().map(v -> v.asJsonObject())
                .filter(c -> c.getString("name").contains("厦门")).findFirst().orElseThrow();
        long company = id(created(Api.post("admin", "/api/v1/companies", """
                {"parentId":%d,"code":"CC%s","name":"并发测试公司 %s"}""".formatted(xiamen.getJsonNumber("parentId")
                .longValue(), sfx, sfx))).json());
        String parameter = "/api/v1/companies/" + company + "/parameters/lateFee.graceDays";
        assertTrue(successes(together("admin", parameter, n -> "{\"value\":\"" + (10 + n) + "\"}")) >= 1);
        String value = Api.get("admin", "/api/v1/companies/" + company + "/parameters").array().stream()
                .map(v -> v.asJsonObject()).filter(o -> o.getString("key").equals("lateFee.graceDays")).findFirst()
                .orElseThrow().getString("value");
        assertTrue(value.matches("1[0-7]"), value);
        assertTrue(successes(together(n -> Api.delete("admin", parameter))) >= 1);

        // the manager's dispatch table: one row per category and location class, whoever wrote it
        String code = "cd-" + sfx.toLowerCase();
        long category = id(created(Api.post("manager", "/api/v1/categories", """
                {"code":"%s","nameZh":"并发派单","nameEn":"Dispatch","defaultKind":"REPAIR","defaultTier":"GENERAL",
                 "location":"UNIT","department":"ENGINEERING","warrantyMonths":12,"active":true}""".formatted(code))).json());
        String[] departments = {"CS_ASSISTANT", "SECURITY", "ENGINEERING", "ENVIRONMENT"};
        assertTrue(successes(together("manager", "/api/v1/dispatch-rules", n -> """
                {"categoryCode":"%s","location":"PUBLIC_AREA","department":"%s"}"""
                .formatted(code, departments[n % departments.length]))) >= 1);
        long rows = Api.get("manager", "/api/v1/dispatch-rules").array().stream().map(v -> v.asJsonObject())
                .filter(o -> o.getJsonNumber("categoryId") != null && o.getJsonNumber("categoryId").longValue() == category
                        && o.getString("location").equals("PUBLIC_AREA")).count();
        assertEquals(1, rows, "one row of the table");

        // a week of a new technician reviewed once; his concurrent logins all let in
        String staff = GivenStaff.freshStaff("cw");
        for (Api.Reply me : together(n -> Api.send(staff, GivenStaff.PASSWORD, java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(Api.BASE + "/api/v1/me")).GET()))) {
            assertEquals(200, me.status(), me.body());
        }
        LocalDate lastWeek = LocalDate.now(ZONE).minusWeeks(1);
        assertEquals(201, GivenStaff.writeWorkLog(staff, lastWeek, "{\"workDone\":\"巡查\"}").status());
        once(together("manager", "/api/v1/work-log-reviews", """
                {"username":"%s","week":"%s","comment":"并发审阅"}""".formatted(staff, GivenStaff.week(lastWeek))));
    }

    @Test
    void paymentsPrepaidDepositsAndDeductionsLoseNoMoney() throws Exception {
        long estate = GivenEstates.freshEstate("CM", 1);
        long unit = units(estate).get(0);
        created(Api.post("finance", "/api/v1/units/" + unit + "/charges", """
                {"description":"并发损坏","lines":[{"item":"DAMAGE","amount":"150.00"}]}"""));
        String balance = "/api/v1/units/" + unit + "/balance";
        List<Api.Reply> paid = together(n -> Api.post("finance", "/api/v1/payments", """
                {"unitId":%d,"amount":"10.00","method":"CASH"}""".formatted(unit)));
        int payments = successes(paid);
        assertTrue(payments >= 1, "no payment taken");
        assertEquals(new java.math.BigDecimal(150 - 10 * payments).setScale(2), money(Api.get("finance", balance)
                .json(), "outstanding"), "every payment taken counts");
        long first = id(paid.stream().filter(r -> r.status() == 201).findFirst().orElseThrow().json());
        once(together("finance", "/api/v1/payments/" + first + "/reversal", "{\"reason\":\"并发冲正\"}"));
        java.math.BigDecimal owed = new java.math.BigDecimal(160 - 10 * payments).setScale(2);
        assertEquals(owed, money(Api.get("finance", balance).json(), "outstanding"), "reversed once");

        int deposits = successes(together(n -> Api.post("finance", "/api/v1/payments", """
                {"unitId":%d,"amount":"30.00","method":"CASH","prepaid":true}""".formatted(unit))));
        assertTrue(deposits >= 1, "no deposit taken");
        java.math.BigDecimal prepaid = new java.math.BigDecimal(30 * deposits).setScale(2);
        assertEquals(prepaid, money(Api.get("finance", balance).json(), "prepaid"), "every deposit counts");
        List<Api.Reply> deductions = together(n -> Api.post("finance", "/api/v1/units/" + unit
                + "/prepaid/deductions", ""));
        assertTrue(successesOrRuleRefusals(deductions) >= 1, "nothing deducted");
        JsonObject after = Api.get("finance", balance).json();
        java.math.BigDecimal deducted = prepaid.min(owed);
        assertEquals(owed.subtract(deducted), money(after, "outstanding"), after.toString());
        assertEquals(prepaid.subtract(deducted), money(after, "prepaid"), after.toString());
    }

    @Test
    void oneOfEachOpeningRaceWins() throws Exception {
        long estate = GivenEstates.freshEstate("CO", 1);
        List<Long> units = units(estate);

        // a building code, a physical borrow of an archive file, a hot-water sealing of a unit: one each
        once(together("manager", "/api/v1/estates/" + estate + "/buildings", """
                {"code":"B","name":"B","floors":3}"""));
        assertEquals(2, Api.get("manager", "/api/v1/estates/" + estate + "/buildings").array().size());
        long file = id(created(Api.post("archivist", "/api/v1/archive-files", """
                {"estateId":%d,"kind":"OWNER","unitCode":"A-1-0102","title":"并发借阅","location":"档案室 A 柜"}"""
                .formatted(estate))).json());
        once(together("manager", "/api/v1/archive-files/" + file + "/borrows", """
                {"kind":"BORROW","purpose":"复印","dueAt":"%s"}""".formatted(due(3600))));
        created(Api.post("assistant", "/api/v1/meter-readings", """
                {"unitId":%d,"meter":"HOT_WATER","period":"%s","reading":"100.00"}"""
                .formatted(units.get(2), java.time.YearMonth.now(java.time.ZoneId.of("Asia/Shanghai")).minusMonths(1))));
        once(together("frontdesk", "/api/v1/hot-water-sealings", """
                {"unitId":%d,"applicant":"业主王五","applicantPhone":"13900001111","reason":"长期空置"}"""
                .formatted(units.get(2))));

        // one call split into several tasks at once: each a task of its own, the call split
        long rec = id(GivenServiceDesk.reception("frontdesk", estate, units.get(3)));
        assertTrue(successes(together("frontdesk", "/api/v1/receptions/" + rec + "/tasks", """
                {"kind":"REPAIR","categoryCode":"water-pipe"}""")) >= 1);
        assertEquals("SPLIT", Api.get("frontdesk", "/api/v1/receptions/" + rec).json().getString("state"));
    }

    @Test
    void aDunningCaseIsOpenedAndClosedOnce() throws Exception {
        long estate = GivenEstates.freshEstate("CN", 1);
        GivenBilling.rates(estate);
        long unit = GivenEstates.units(estate).get(0);
        java.time.YearMonth old = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Shanghai")).minusMonths(3);
        assertEquals("COMPLETED", GivenBilling.finished(GivenBilling.start("finance", """
                {"estateIds":[%d],"period":"%s","dryRun":false}""".formatted(estate, old))).getString("state"));
        List<Api.Reply> issued = together("manager", "/api/v1/dunning/cases", """
                {"unitIds":[%d]}""".formatted(unit));
        assertTrue(successes(issued) >= 1);
        assertEquals(1, issued.stream().filter(r -> r.status() == 201).mapToInt(r -> r.json().getInt("opened"))
                .sum(), "one case of the unit");
        JsonObject cases = Api.get("finance", "/api/v1/dunning/cases?estateId=" + estate).json();
        assertEquals(1, cases.getJsonNumber("total").longValue(), cases.toString());
        long id = id(cases.getJsonArray("items").getJsonObject(0));
        once(together("manager", "/api/v1/dunning/cases/" + id + "/closing", """
                {"comment":"并发关闭"}"""));
        assertEquals("CLOSED", Api.get("finance", "/api/v1/dunning/cases/" + id).json().getString("state"));

        // another unit's case: the stop of service asked once and decided once
        long other = id(created(Api.post("manager", "/api/v1/dunning/cases", """
                {"unitIds":[%d]}""".formatted(GivenEstates.units(estate).get(1)))).json().getJsonArray("cases")
                .getJsonObject(0));
        created(Api.post("manager", "/api/v1/dunning/cases/" + other + "/steps", """
                {"kind":"STOP_NOTICE","doneOn":"%s","override":true}""".formatted(LocalDate.now(
                java.time.ZoneId.of("Asia/Shanghai")).minusDays(3))));
        JsonObject requested = once(together("finance", "/api/v1/dunning/cases/" + other + "/stop-request", """
                {"comment":"三次上门未果"}""")).json();
        once(together("manager", "/api/v1/dunning/cases/" + other + "/stop-decision", """
                {"decision":"APPROVE","comment":"同意","version":%d}""".formatted(requested.getInt("version"))));
        assertEquals("SERVICE_STOPPED", Api.get("finance", "/api/v1/dunning/cases/" + other).json()
                .getString("state"));
    }

    @Test
    void aDecorationViolationGoesThroughEachStepOnce() throws Exception {
        long estate = GivenEstates.freshEstate("CV", 1);
        long unit = units(estate).get(0);
        String path = "/api/v1/decoration-violations/" + id(created(Api.post("assistant",
                "/api/v1/decoration-violations", """
                {"unitId":%d,"item":"FACADE","stoppedOnSite":true}""".formatted(unit))).json());
        once(together("assistant", path + "/report", "{}"));
        once(together("assistant", path + "/notice", """
                {"rectifyBy":"%s","requirement":"恢复外墙原貌"}""".formatted(LocalDate.now(ZONE).plusDays(5))));
        once(together("manager", path + "/fine", "{\"amount\":\"200.00\"}"));
        assertEquals(1, Api.get("finance", "/api/v1/bills?unitId=" + unit).array().size(), "one fine billed");
        once(together("assistant", path + "/rectification", "{\"remarks\":\"外墙已恢复\"}"));
        assertEquals("RECTIFIED", Api.get("assistant", path).json().getString("state"));
    }

    @Test
    void aContractEndsOnceAndAnOwnersConsultantAndAUsersLockoutAreSetAtOnce() throws Exception {
        long estate = GivenEstates.freshEstate("CE", 1, "SHOP");
        long shop = GivenEstates.unitsByCode(estate).values().iterator().next();
        long item = GivenContracts.rentItem();
        LocalDate start = LocalDate.now(ZONE).withDayOfMonth(1);
        long contract = id(GivenContracts.create("finance", GivenContracts.body(estate, "" + shop, "HE-" + suffix(),
                item, "3000.00", start, start.plusYears(1).minusDays(1))));
        once(together("manager", "/api/v1/contracts/" + contract + "/termination", """
                {"date":"%s","reason":"提前退租"}""".formatted(LocalDate.now(ZONE))));
        assertEquals("TERMINATED", Api.get("finance", "/api/v1/contracts/" + contract).json().getString("state"));

        long owner = id(created(Api.post("frontdesk", "/api/v1/owners", """
                {"name":"并发顾问业主","idType":"PASSPORT","idNumber":"CC%s","phone":"13900003333"}"""
                .formatted(suffix()))).json());
        assertTrue(successes(together("manager", "/api/v1/owners/" + owner + "/consultant",
                n -> "{\"username\":\"assistant\"}")) >= 1);
        assertEquals("assistant", Api.get("frontdesk", "/api/v1/owners/" + owner).json().getString("consultant"));

        String staff = GivenStaff.freshStaff("cl");
        long user = id(Api.get("admin", "/api/v1/users?q=" + staff).json().getJsonArray("items").getJsonObject(0));
        assertTrue(successes(together("admin", "/api/v1/users/" + user + "/unlock", "{}")) >= 1);
        assertEquals(200, Api.send(staff, GivenStaff.PASSWORD, java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(Api.BASE + "/api/v1/me")).GET()).status());
    }

    @Test
    void registrationsOfTheSameNameOrCodeAndReadingsOfTheSameMonth() throws Exception {
        String sfx = suffix();
        once(together("manager", "/api/v1/contractors", """
                {"name":"并发注册承建商%s"}""".formatted(sfx)));
        once(together("manager", "/api/v1/categories", """
                {"code":"cr-%s","nameZh":"并发注册类别","nameEn":"Registered","defaultKind":"REPAIR",
                 "defaultTier":"GENERAL","location":"UNIT","department":"ENGINEERING","warrantyMonths":12,
                 "active":true}""".formatted(sfx.toLowerCase())));

        long estate = GivenEstates.freshEstate("CR", 1);
        long unit = units(estate).get(0);
        String period = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Shanghai")).minusMonths(1).toString();
        assertTrue(successes(together(n -> Api.post("assistant", "/api/v1/meter-readings", """
                {"unitId":%d,"meter":"COLD_WATER","period":"%s","reading":"%d.00"}""".formatted(unit, period, 100 + n))))
                >= 1);
        List<JsonObject> readings = Api.get("assistant", "/api/v1/meter-readings?unitId=" + unit).array().stream()
                .map(v -> v.asJsonObject()).filter(o -> o.getString("meter").equals("COLD_WATER")
                        && o.getString("period").equals(period)).toList();
        assertEquals(1, readings.size(), "one reading of the meter for the month: " + readings);

        // a key loan requested and then called off: cancelled once
        JsonObject room = created(Api.post("frontdesk", "/api/v1/keys", """
                {"estateId":%d,"category":"EQUIPMENT_ROOM","tag":"CC-%s","equipment":"水泵房","location":"钥匙柜 B",
                 "quantity":1,"spare":false}""".formatted(estate, sfx))).json();
        long loan = id(created(Api.post("frontdesk", "/api/v1/keys/" + id(room) + "/loans", """
                {"borrower":"郑师傅","purpose":"水泵检修","dueAt":"%s","borrowerKind":"STAFF"}""".formatted(due(3600))))
                .json());
        once(together("frontdesk", "/api/v1/key-loans/" + loan + "/cancellation", "{\"comment\":\"不用了\"}"));
        assertEquals("IN_STORE", Api.get("frontdesk", "/api/v1/keys/" + id(room)).json().getJsonObject("key")
                .getString("state"));
    }

    @Test
    void aHotWaterSealingIsReadSettledApprovedSealedAndUnsealedOnce() throws Exception {
        long estate = GivenEstates.freshEstate("CH", 1);
        GivenBilling.rates(estate);
        long unit = units(estate).get(0);
        java.time.YearMonth month = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Shanghai"));
        created(Api.post("assistant", "/api/v1/meter-readings", """
                {"unitId":%d,"meter":"HOT_WATER","period":"%s","reading":"100.00"}""".formatted(unit,
                month.minusMonths(1))));
        long id = id(created(Api.post("frontdesk", "/api/v1/hot-water-sealings", """
                {"unitId":%d,"applicant":"业主孙七"}""".formatted(unit))).json());
        String path = "/api/v1/hot-water-sealings/" + id;
        assertTrue(successes(together("assistant", path + "/final-reading", """
                {"reading":"112.50","period":"%s"}""".formatted(month))) >= 1);
        JsonObject read = Api.get("assistant", path).json();
        assertEquals(1, Api.get("finance", "/api/v1/bills?unitId=" + unit).array().size(), "one charge: " + read);
        created(Api.post("finance", "/api/v1/payments", """
                {"unitId":%d,"amount":"%s","method":"CASH","billId":%d}""".formatted(unit,
                read.getJsonNumber("finalAmount").bigDecimalValue().toPlainString(),
                read.getJsonNumber("chargeBillId").longValue())));
        once(together("assistant", path + "/settlement", "{}"));
        JsonObject step = waiting("manager", "HOT_WATER_SEAL", id);
        once(together("manager", "/api/v1/approvals/" + id(step) + "/decisions", """
                {"decision":"APPROVE","comment":"同意封堵","version":%d}""".formatted(step.getInt("version"))));
        once(together("tech", path + "/sealing", "{\"sealNumber\":\"CF-1\"}"));
        once(together("tech", path + "/unsealing", "{\"remarks\":\"业主回住\"}"));
        assertEquals("UNSEALED", Api.get("assistant", path).json().getString("state"));
    }

    @Test
    void aSurveyIsSentOnceAndAnInvitationAnsweredOnce() throws Exception {
        long estate = GivenEstates.freshEstate("CS", 1);
        long owner = GivenOwners.owner("并发调查业主", null, units(estate).get(0), "OWNER");
        JsonObject q = created(Api.post("manager", "/api/v1/questionnaires", """
                {"title":"并发调查 %s","questions":[{"kind":"SCORE","text":"满意度","required":true}]}"""
                .formatted(suffix()))).json();
        long question = q.getJsonArray("questions").getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(200, Api.post("manager", "/api/v1/questionnaires/" + id(q) + "/publish", "{}").status());
        long survey = id(once(together("manager", "/api/v1/surveys", """
                {"questionnaireId":%d,"estateId":%d}""".formatted(id(q), estate))).json());
        JsonObject invitation = Api.get("frontdesk", "/api/v1/surveys/" + survey + "/invitations").json()
                .getJsonArray("items").stream().map(v -> v.asJsonObject())
                .filter(i -> i.getJsonNumber("ownerId").longValue() == owner).findFirst().orElseThrow();
        once(together(n -> Api.post("frontdesk", "/api/v1/invitations/" + id(invitation) + "/answers", """
                {"channel":"PHONE","answers":[{"questionId":%d,"score":%d}]}""".formatted(question, 1 + n % 5))));
        JsonObject answered = Api.get("frontdesk", "/api/v1/invitations/" + id(invitation)).json();
        assertEquals("ANSWERED", answered.getJsonObject("invitation").getString("state"));
        assertEquals(1, answered.getJsonArray("answers").size(), "one answer set: " + answered);
    }
}
