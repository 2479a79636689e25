package org.estatedesk.it;

import static org.estatedesk.it.Api.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Test data of decoration (R3.1, R3.2) through the generic approvals (R3.9): the approval inbox and its decisions,
 * the fees and deposit paid at the cashier's desk, and a decoration taken all the way to an issued permit.
 */
final class GivenDecoration {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private GivenDecoration() {
    }

    /** The user's approval inbox. */
    static JsonArray inbox(String user) {
        Api.Reply r = Api.get(user, "/api/v1/approvals?mine=true");
        assertEquals(200, r.status(), r.body());
        return r.array();
    }

    /** The step of the decoration application waiting for the user, from his inbox ({@code null}: none). */
    static JsonObject waiting(String user, long applicationId) {
        return inbox(user).stream().map(v -> v.asJsonObject()).filter(o -> o.getString("formType").equals(
                "DECORATION") && o.getJsonNumber("formId").longValue() == applicationId).findFirst().orElse(null);
    }

    /** The user's decision on the step, with the step's version; the answer unchecked. */
    static Api.Reply decide(String user, JsonObject step, String decision, String comment) {
        return Api.post(user, "/api/v1/approvals/" + step.getJsonNumber("id").longValue() + "/decisions", """
                {"decision":"%s","comment":%s,"version":%d}""".formatted(decision, comment == null ? "null"
                : "\"" + comment + "\"", step.getInt("version")));
    }

    /** The user approves the step of the application waiting for him; returns the decided step. */
    static JsonObject approve(String user, long applicationId) {
        JsonObject step = waiting(user, applicationId);
        assertNotNull(step, user + " sees the application " + applicationId + " in his inbox");
        Api.Reply r = decide(user, step, "APPROVE", "同意");
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    /** The application with its approval history, as the front desk reads it. */
    static JsonObject detail(long id) {
        Api.Reply r = Api.get("frontdesk", "/api/v1/decoration-applications/" + id);
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    /** Pays the open decoration fee bill of the permit {@code permitNumber} at the cashier's desk. */
    static void payFee(long unit, String permitNumber) {
        for (JsonValue v : Api.get("finance", "/api/v1/bills?unitId=" + unit).array()) {
            JsonObject b = v.asJsonObject();
            if (b.getString("kind").equals("CHARGE") && !b.getString("state").equals("PAID")
                    && b.getString("description", "").contains(permitNumber)) {
                Api.Reply paid = Api.post("finance", "/api/v1/payments", """
                        {"unitId":%d,"amount":"%s","method":"CASH","billId":%d}""".formatted(unit,
                        b.getJsonNumber("total").bigDecimalValue().toPlainString(), b.getJsonNumber("id").longValue()));
                assertEquals(201, paid.status(), paid.body());
            }
        }
    }

    /** Takes the unit's decoration deposits due at the cashier's desk. */
    static void takeDeposit(long unit) {
        for (JsonValue v : Api.get("finance", "/api/v1/deposits?unitId=" + unit).json()
                .getJsonArray("items")) {
            JsonObject d = v.asJsonObject();
            if (d.getString("kind").equals("DECORATION") && d.getString("state").equals("DUE")) {
                Api.Reply taken = Api.post("finance", "/api/v1/deposits/" + d.getJsonNumber("id") + "/payments",
                        "{\"method\":\"CASH\"}");
                assertEquals(201, taken.status(), taken.body());
            }
        }
    }

    /**
     * An approved application's permit as R3.1 has it: the pressure test confirmed and the fees charged, the fee
     * paid and the deposit taken at the cashier's desk, then the permit issued.
     */
    static JsonObject issuePermit(long id, String fee, String deposit) {
        int version = detail(id).getJsonObject("application").getInt("version");
        Api.Reply charged = Api.post("frontdesk", "/api/v1/decoration-applications/" + id + "/fees", """
                {"pressureTestConfirmed":true,"managementFee":"%s","deposit":"%s","version":%d}"""
                .formatted(fee, deposit, version));
        assertEquals(200, charged.status(), charged.body());
        long unit = charged.json().getJsonNumber("unitId").longValue();
        payFee(unit, charged.json().getString("permitNumber"));
        takeDeposit(unit);
        Api.Reply permit = Api.post("frontdesk", "/api/v1/decoration-applications/" + id + "/permit", "{}");
        assertEquals(200, permit.status(), permit.body());
        assertEquals("PERMIT_ISSUED", permit.json().getString("state"));
        return permit.json();
    }

    /** A decoration of the unit taken through its three approvals to an issued permit. */
    static JsonObject permitted(long unit) {
        LocalDate start = LocalDate.now(ZONE).plusDays(1);
        return permitted(unit, start, start.plusDays(40), "1000.00");
    }

    /** A decoration of the unit for its works from {@code start} to {@code end}, its permit issued (R3.1). */
    static JsonObject permitted(long unit, LocalDate start, LocalDate end, String deposit) {
        JsonObject a = ok(Api.post("frontdesk", "/api/v1/decoration-applications", """
                {"unitId":%d,"contractorName":"巡查测试装饰","plan":"墙面翻新、吊顶","alterations":[],
                 "startDate":"%s","endDate":"%s"}""".formatted(unit, start, end)), 201);
        long id = a.getJsonNumber("id").longValue();
        for (String user : List.of("assistant", "engineer", "manager")) {
            approve(user, id);
        }
        return issuePermit(id, "0.00", deposit);
    }

    /** Uploads a document of the given kind to the application; the answer unchecked. */
    static Api.Reply upload(String user, long id, String kind, String fileName, String type, byte[] bytes) {
        return Api.send(user, "demo", HttpRequest.newBuilder(URI.create(Api.BASE + "/api/v1/decoration-applications/"
                + id + "/attachments?kind=" + kind + "&fileName=" + URLEncoder.encode(fileName,
                        StandardCharsets.UTF_8))).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)));
    }
}
