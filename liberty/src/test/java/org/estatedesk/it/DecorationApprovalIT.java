package org.estatedesk.it;

import static org.estatedesk.it.Api.problem;
import static org.estatedesk.it.GivenDecoration.approve;
import static org.estatedesk.it.GivenDecoration.decide;
import static org.estatedesk.it.GivenDecoration.detail;
import static org.estatedesk.it.GivenDecoration.payFee;
import static org.estatedesk.it.GivenDecoration.takeDeposit;
import static org.estatedesk.it.GivenDecoration.upload;
import static org.estatedesk.it.GivenDecoration.waiting;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Decoration permits (R3.1, R3.2) through the generic approvals (R3.9) over HTTP: the three approvals in order to
 * the permit, a rejection and a changed plan resubmitted, approvers out of turn refused, and 50 concurrent decisions
 * on one step of which exactly one is recorded.
 */
class DecorationApprovalIT {
    private static JsonArray units;
    private static int next;

    @BeforeAll
    static void estate() {
        long estate = GivenEstates.freshEstate("DA", 3);
        units = Api.get("manager", "/api/v1/estates/" + estate + "/units?size=12").json().getJsonArray("items");
    }

    static JsonObject apply(String alterations, String plan) {
        long unit = units.getJsonObject(next++).getJsonNumber("id").longValue();
        LocalDate start = LocalDate.now().plusDays(7);
        Api.Reply r = Api.post("frontdesk", "/api/v1/decoration-applications", """
                {"unitId":%d,"contractorName":"鹭岛装饰工程有限公司","plan":"%s","alterations":[%s],
                 "startDate":"%s","endDate":"%s"}""".formatted(unit, plan, alterations, start, start.plusDays(60)));
        assertEquals(201, r.status(), r.body());
        assertNotNull(r.header("Location"));
        return r.json();
    }

    @Test
    void anApplicationGoesThroughTheThreeApprovalsToAPermit() {
        JsonObject created = apply("\"CEILING\",\"WALL_FINISH\"", "客厅吊顶、墙面乳胶漆");
        long id = created.getJsonNumber("id").longValue();
        assertEquals("IN_APPROVAL", created.getString("state"));
        assertEquals("CS_ASSISTANT", created.getString("currentStep"));

        JsonObject first = waiting("assistant", id);
        assertNotNull(first);
        assertEquals("CS_ASSISTANT", first.getString("step"));
        for (String field : List.of("id", "formType", "formId", "step", "waitingSince", "version")) {
            assertTrue(first.containsKey(field), field);
        }
        assertNull(waiting("engineer", id), "not yet the engineering manager's turn");
        assertNull(waiting("manager2", id), "another company's manager");

        JsonObject decided = approve("assistant", id);
        assertEquals("APPROVED", decided.getString("state"));
        assertEquals("assistant", decided.getString("decidedBy"));
        assertEquals("ENGINEERING_MANAGER", decided.getString("nextStep"));
        assertEquals("ENGINEERING_MANAGER", detail(id).getJsonObject("application").getString("currentStep"));
        approve("engineer", id);
        JsonObject last = approve("manager", id);
        assertEquals("APPROVED", last.getString("chainState"));

        JsonObject approved = detail(id).getJsonObject("application");
        assertEquals("APPROVED", approved.getString("state"));
        problem(Api.get("frontdesk", "/api/v1/decoration-applications/" + id + "/permit"), 409);
        String fees = "/api/v1/decoration-applications/" + id + "/fees";
        String issue = "/api/v1/decoration-applications/" + id + "/permit";
        problem(Api.post("frontdesk", fees, """
                {"pressureTestConfirmed":false,"managementFee":"300.00","deposit":"2000.00"}"""), 400);
        problem(Api.post("tech", fees, """
                {"pressureTestConfirmed":true,"managementFee":"300.00","deposit":"2000.00"}"""), 403);
        problem(Api.post("frontdesk", issue, "{}"), 409);
        Api.Reply charged = Api.post("frontdesk", fees, """
                {"pressureTestConfirmed":true,"managementFee":"300.00","deposit":"2000.00","version":%d}"""
                .formatted(approved.getInt("version")));
        assertEquals(200, charged.status(), charged.body());
        assertEquals("FEES_DUE", charged.json().getString("state"));

        // R3.1: the permit only once the fee is paid and the deposit taken
        long feeUnit = charged.json().getJsonNumber("unitId").longValue();
        Api.Reply unpaid = Api.post("frontdesk", issue, "{}");
        problem(unpaid, 409);
        assertEquals("error.decoration.feeUnpaid", unpaid.json().getString("code"), unpaid.body());
        assertTrue(unpaid.json().getString("detail").contains("300.00"), unpaid.body());
        problem(Api.get("frontdesk", "/api/v1/decoration-applications/" + id + "/permit"), 409);
        payFee(feeUnit, charged.json().getString("permitNumber"));
        Api.Reply noDeposit = Api.post("frontdesk", issue, "{}");
        problem(noDeposit, 409);
        assertEquals("error.decoration.depositNotTaken", noDeposit.json().getString("code"), noDeposit.body());
        takeDeposit(feeUnit);
        problem(Api.post("tech", issue, "{}"), 403);
        Api.Reply permit = Api.post("frontdesk", issue, "{}");
        assertEquals(200, permit.status(), permit.body());
        assertEquals("PERMIT_ISSUED", permit.json().getString("state"));
        assertTrue(permit.json().getString("permitNumber").startsWith("ZX"), permit.body());

        // the permit to post at the door, as a PDF
        Api.Download pdf = Api.download("frontdesk", "/api/v1/decoration-applications/" + id + "/permit");
        assertEquals(200, pdf.status());
        assertEquals("application/pdf", pdf.contentType());
        PdfText permitText = PdfText.of(pdf.body());
        for (String expected : List.of("装修许可证", permit.json().getString("permitNumber"), "鹭岛装饰工程有限公司",
                "吊顶", "墙面装饰", "客服经理审批", "¥300.00", "施工须知")) {
            assertTrue(permitText.contains(expected), expected + " in " + permitText.text());
        }
        assertTrue(permitText.allEmbedded(), permitText.fonts().toString());

        // the fee became a one-off charge of the unit and the deposit a deposit due, both once (R4.1)
        long unit = permit.json().getJsonNumber("unitId").longValue();
        String permitNumber = permit.json().getString("permitNumber");
        List<JsonObject> charges = Api.get("finance", "/api/v1/bills?unitId=" + unit).array().stream()
                .map(v -> v.asJsonObject()).filter(b -> b.getString("kind").equals("CHARGE")).toList();
        assertEquals(1, charges.size(), charges.toString());
        assertEquals(new java.math.BigDecimal("300.00"), charges.get(0).getJsonNumber("total").bigDecimalValue());
        assertEquals("DECORATION_FEE", charges.get(0).getJsonArray("lines").getJsonObject(0).getString("item"));
        assertTrue(charges.get(0).getString("description").contains(permitNumber), charges.toString());
        JsonArray deposits = Api.get("finance", "/api/v1/deposits?unitId=" + unit).json().getJsonArray("items");
        assertEquals(1, deposits.size(), deposits.toString());
        assertEquals("DECORATION", deposits.getJsonObject(0).getString("kind"));
        assertEquals("HELD", deposits.getJsonObject(0).getString("state"), "taken before the permit");
        assertEquals(new java.math.BigDecimal("2000.00"), deposits.getJsonObject(0).getJsonNumber("amount")
                .bigDecimalValue());

        // completion (R3.5): engineering inspects (failed, then passed with damage), finance settles the deposit:
        // the unpaid fee and the damage are kept, the rest paid back
        String acceptance = "/api/v1/decoration-applications/" + id + "/acceptance";
        problem(Api.post("frontdesk", acceptance, "{\"passed\":true}"), 403);
        problem(Api.post("engineer", acceptance, "{\"passed\":false}"), 400);
        JsonObject failed = Api.post("engineer", acceptance, "{\"passed\":false,\"remarks\":\"卫生间闭水不合格\"}")
                .json();
        assertEquals("PERMIT_ISSUED", failed.getString("state"), failed.toString());
        String settle = "/api/v1/decoration-applications/" + id + "/deposit-settlement";
        problem(Api.post("finance", settle, "{\"method\":\"CASH\"}"), 409);
        JsonObject accepted = Api.post("engineer", acceptance, """
                {"passed":true,"damages":"150.00","remarks":"电梯轿厢划伤","version":%d}"""
                .formatted(failed.getInt("version"))).json();
        assertEquals("ACCEPTED", accepted.getString("state"), accepted.toString());
        assertEquals("engineer", accepted.getString("acceptedBy"));
        problem(Api.post("engineer", settle, "{\"method\":\"CASH\"}"), 403);
        JsonObject settled = Api.post("finance", settle, "{\"method\":\"TRANSFER\"}").json();
        assertEquals("CLOSED", settled.getJsonObject("application").getString("state"), settled.toString());
        JsonObject money = settled.getJsonObject("settlement");
        assertEquals(new java.math.BigDecimal("150.00"), money.getJsonObject("deposit").getJsonNumber("deducted")
                .bigDecimalValue(), "the damage 150; the fee was paid before the permit (R3.1)");
        assertEquals(new java.math.BigDecimal("-1850.00"), money.getJsonObject("refund").getJsonNumber("amount")
                .bigDecimalValue());
        assertTrue(Api.get("finance", "/api/v1/bills?unitId=" + unit).array().stream()
                .allMatch(b -> b.asJsonObject().getString("state").equals("PAID")), "fee and damage paid");
        problem(Api.post("finance", settle, "{\"method\":\"CASH\"}"), 409);

        JsonObject d = detail(id);
        assertEquals(List.of("SUBMIT", "APPROVE_STEP", "APPROVE_STEP", "APPROVE", "CHARGE_FEES", "ISSUE_PERMIT",
                "ACCEPTANCE_FAILED",
                "ACCEPT", "SETTLE_DEPOSIT"),
                d.getJsonArray("history").stream().map(v -> v.asJsonObject().getString("action")).toList());
        JsonArray steps = d.getJsonArray("approvals").getJsonObject(0).getJsonArray("steps");
        assertEquals(List.of("assistant", "engineer", "manager"), steps.stream().map(v -> v.asJsonObject()
                .getString("decidedBy")).toList());
        problem(Api.get("frontdesk2", "/api/v1/decoration-applications/" + id), 404);
        String openapi = Api.get(null, "/openapi").body();
        for (String path : List.of("/api/v1/approvals:", "/api/v1/approvals/{id}/decisions:",
                "/api/v1/decoration-applications:", "/api/v1/decoration-applications/{id}/permit:")) {
            assertTrue(openapi.contains(path), path);
        }
    }

    @Test
    void documentsAreUploadedListedAndDownloaded() {
        long id = apply("", "阳台封闭").getJsonNumber("id").longValue();
        byte[] text = "身份证扫描件".getBytes(StandardCharsets.UTF_8);
        byte[] scan = new byte[text.length + 3];
        scan[0] = (byte) 0xff;
        scan[1] = (byte) 0xd8;
        scan[2] = (byte) 0xff;
        System.arraycopy(text, 0, scan, 3, text.length);
        // a file is kept only when its bytes are the kind it claims (issue 18: uploads' content type checked)
        Api.Reply notAPicture = upload("frontdesk", id, "OWNER_IDENTITY", "业主身份证.jpg", "image/jpeg", text);
        problem(notAPicture, 400);
        assertTrue(notAPicture.body().contains("error.attachment.type"), notAPicture.body());
        Api.Reply mislabelled = upload("frontdesk", id, "OWNER_IDENTITY", "业主身份证.pdf", "application/pdf", scan);
        problem(mislabelled, 400);
        assertTrue(mislabelled.body().contains("error.attachment.mismatch"), mislabelled.body());
        Api.Reply created = upload("frontdesk", id, "OWNER_IDENTITY", "业主身份证.jpg", "image/jpeg", scan);
        assertEquals(201, created.status(), created.body());
        assertEquals(scan.length, created.json().getInt("size"));
        long doc = created.json().getJsonNumber("id").longValue();
        problem(upload("frontdesk", id, "OWNER_IDENTITY", "big.pdf", "application/pdf",
                new byte[5 * 1024 * 1024 + 1]), 400);
        problem(upload("frontdesk", id, "NOPE", "x.jpg", "image/jpeg", scan), 400);
        problem(upload("tech", id, "OTHER", "x.jpg", "image/jpeg", scan), 403);
        problem(upload("frontdesk2", id, "OTHER", "x.jpg", "image/jpeg", scan), 404);

        JsonArray list = Api.get("assistant", "/api/v1/decoration-applications/" + id + "/attachments").array();
        assertEquals(1, list.size());
        assertEquals("业主身份证.jpg", list.getJsonObject(0).getString("fileName"));
        Api.Reply download = Api.get("assistant", "/api/v1/decoration-applications/" + id + "/attachments/" + doc);
        assertEquals(200, download.status());
        assertEquals("image/jpeg", download.contentType());
        org.junit.jupiter.api.Assertions.assertArrayEquals(scan, Api.download("assistant",
                "/api/v1/decoration-applications/" + id + "/attachments/" + doc).body());
        assertTrue(download.header("Content-Disposition").contains("UTF-8''"), download.header("Content-Disposition"));
        assertEquals(1, detail(id).getJsonArray("attachments").size());
        problem(Api.get("frontdesk2", "/api/v1/decoration-applications/" + id + "/attachments/" + doc), 404);
    }

    @Test
    void approversOutOfTurnAndOthersAreRefused() {
        long id = apply("", "卧室木地板").getJsonNumber("id").longValue();
        JsonObject first = waiting("assistant", id);
        problem(decide("manager", first, "APPROVE", null), 403);
        problem(decide("engineer", first, "APPROVE", null), 403);
        problem(decide("manager2", first, "APPROVE", null), 404);
        // the CS manager's own step, before its turn: not his to decide yet
        long managersStep = detail(id).getJsonArray("approvals").getJsonObject(0).getJsonArray("steps")
                .getJsonObject(2).getJsonNumber("id").longValue();
        Api.Reply early = Api.post("manager", "/api/v1/approvals/" + managersStep + "/decisions",
                "{\"decision\":\"APPROVE\"}");
        problem(early, 403);
        assertEquals("error.approval.notYourTurn", early.json().getString("code"));

        problem(decide("assistant", first, "REJECT", null), 400);
        assertEquals(200, decide("assistant", first, "APPROVE", null).status());
        Api.Reply again = decide("assistant", first, "REJECT", "重复审批");
        problem(again, 409);
        // a stale version on the next step
        JsonObject second = waiting("engineer", id);
        Api.Reply stale = Api.post("engineer", "/api/v1/approvals/" + second.getJsonNumber("id") + "/decisions",
                "{\"decision\":\"APPROVE\",\"version\":" + (second.getInt("version") + 5) + "}");
        problem(stale, 409);
        assertEquals("IN_APPROVAL", detail(id).getJsonObject("application").getString("state"));
        problem(Api.post("frontdesk", "/api/v1/decoration-applications", """
                {"unitId":%d,"contractorName":"x","plan":"x","alterations":["NOPE"],"startDate":"2026-12-01",
                 "endDate":"2026-12-31"}""".formatted(units.getJsonObject(0).getJsonNumber("id").longValue())), 400);
        problem(Api.post("frontdesk", "/api/v1/decoration-applications", """
                {"unitId":%d,"contractorName":"x","plan":"x","alterations":[],"startDate":"2026-12-31",
                 "endDate":"2026-12-01"}""".formatted(units.getJsonObject(0).getJsonNumber("id").longValue())), 400);
    }

    @Test
    void aRejectedPlanIsChangedAndResubmittedWhichRestartsTheChain() {
        JsonObject created = apply("\"STRUCTURE\",\"FLOORING\"", "拆除客厅与餐厅之间的隔墙");
        long id = created.getJsonNumber("id").longValue();
        assertEquals("ENGINEERING_VERIFICATION", created.getString("currentStep"), "R3.2: verification first");
        assertNull(waiting("assistant", id));
        approve("engineer", id);
        JsonObject assistantStep = waiting("assistant", id);
        Api.Reply rejected = decide("assistant", assistantStep, "REJECT", "隔墙为承重墙，不得拆除");
        assertEquals(200, rejected.status(), rejected.body());
        assertEquals("REJECTED", rejected.json().getString("chainState"));
        JsonObject app = detail(id).getJsonObject("application");
        assertEquals("REJECTED", app.getString("state"));
        assertNull(waiting("engineer", id));

        String path = "/api/v1/decoration-applications/" + id + "/resubmission";
        LocalDate start = LocalDate.now().plusDays(7);
        problem(Api.post("frontdesk", path, """
                {"contractorName":"鹭岛装饰工程有限公司","plan":"拆除客厅与餐厅之间的隔墙","alterations":["STRUCTURE","FLOORING"],
                 "startDate":"%s","endDate":"%s"}""".formatted(start, start.plusDays(60))), 400);
        Api.Reply resubmitted = Api.post("frontdesk", path, """
                {"contractorName":"鹭岛装饰工程有限公司","plan":"保留隔墙，仅铺设木地板","alterations":["FLOORING"],
                 "startDate":"%s","endDate":"%s","comment":"按工程意见修改","version":%d}"""
                .formatted(start, start.plusDays(60), app.getInt("version")));
        assertEquals(200, resubmitted.status(), resubmitted.body());
        assertEquals("IN_APPROVAL", resubmitted.json().getString("state"));
        assertEquals(2, resubmitted.json().getInt("round"));
        assertEquals("CS_ASSISTANT", resubmitted.json().getString("currentStep"));
        problem(Api.post("frontdesk", path, """
                {"contractorName":"x","plan":"再改","alterations":[],"startDate":"%s","endDate":"%s"}"""
                .formatted(start, start.plusDays(1))), 409);

        approve("assistant", id);
        approve("engineer", id);
        approve("manager", id);
        JsonObject d = detail(id);
        assertEquals("APPROVED", d.getJsonObject("application").getString("state"));
        JsonArray rounds = d.getJsonArray("approvals");
        assertEquals(2, rounds.size());
        assertEquals("REJECTED", rounds.getJsonObject(0).getString("state"));
        assertEquals(List.of("APPROVED", "REJECTED", "CANCELLED", "CANCELLED"), rounds.getJsonObject(0)
                .getJsonArray("steps").stream().map(v -> v.asJsonObject().getString("state")).toList());
        assertEquals("隔墙为承重墙，不得拆除", rounds.getJsonObject(0).getJsonArray("steps").getJsonObject(1)
                .getString("comment"));
        assertEquals("APPROVED", rounds.getJsonObject(1).getString("state"));
        assertEquals(List.of("SUBMIT", "APPROVE_STEP", "REJECT", "RESUBMIT", "APPROVE_STEP", "APPROVE_STEP",
                "APPROVE"), d.getJsonArray("history").stream().map(v -> v.asJsonObject().getString("action"))
                .toList());
    }

    @Test
    void fiftyConcurrentDecisionsOnOneStepRecordExactlyOne() throws Exception {
        long id = apply("\"WIRING\"", "全屋电线改造").getJsonNumber("id").longValue();
        JsonObject step = waiting("assistant", id);
        int n = 50;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<Api.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String decision = i % 2 == 0 ? "APPROVE" : "REJECT";
                // HTTP/1.1, a connection per request: truly concurrent (HTTP/2 would make them streams of one
                // connection, queued by the client within the server's stream limit)
                String json = "{\"decision\":\"%s\",\"comment\":\"并发审批\",\"version\":%d}".formatted(decision,
                        step.getInt("version"));
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Api.BASE + "/api/v1/approvals/"
                        + step.getJsonNumber("id") + "/decisions")).version(HttpClient.Version.HTTP_1_1)
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
                Callable<Api.Reply> call = () -> {
                    go.await();
                    return Api.send("assistant", "demo", request);
                };
                replies.add(pool.submit(call));
            }
            go.countDown();
            List<Api.Reply> all = new ArrayList<>();
            for (Future<Api.Reply> f : replies) {
                all.add(f.get());
            }
            Map<Integer, Long> byStatus = all.stream().collect(Collectors.groupingBy(Api.Reply::status,
                    Collectors.counting()));
            assertEquals(Map.of(200, 1L, 409, 49L), byStatus, all.stream().filter(r -> r.status() != 200
                    && r.status() != 409).map(Api.Reply::body).findFirst().orElse(""));
            assertTrue(all.stream().filter(r -> r.status() == 409).allMatch(r -> r.contentType().startsWith(
                    "application/problem+json")));
        } finally {
            pool.shutdownNow();
        }
        JsonObject d = detail(id);
        JsonArray steps = d.getJsonArray("approvals").getJsonObject(0).getJsonArray("steps");
        JsonObject first = steps.getJsonObject(0);
        assertEquals("assistant", first.getString("decidedBy"));
        assertFalse(first.getString("state").equals("PENDING"));
        Function<JsonArray, Long> decisions = h -> h.stream().map(v -> v.asJsonObject().getString("action"))
                .filter(a -> !a.equals("SUBMIT")).count();
        assertEquals(1L, decisions.apply(d.getJsonArray("history")), d.getJsonArray("history").toString());
        String expected = first.getString("state").equals("APPROVED") ? "PENDING" : "CANCELLED";
        assertEquals(expected, steps.getJsonObject(1).getString("state"));
    }
}
