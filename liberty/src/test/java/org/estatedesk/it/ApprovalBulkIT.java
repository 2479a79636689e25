package org.estatedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Issue 20, the approval inbox over the API: filtered by form type and estate, and bulk approval with one comment —
 * each form in its own transaction, so a refused one (a stale version, not the caller's step) is reported by name
 * while the others go through.
 */
class ApprovalBulkIT {

    /** A decoration application of the unit; its first step waits for the CS assistant. Returns the application id. */
    static long application(long unit) {
        LocalDate start = LocalDate.now().plusDays(3);
        Api.Reply r = Api.post("frontdesk", "/api/v1/decoration-applications", """
                {"unitId":%d,"contractorName":"批量%d","plan":"厨房橱柜更换","alterations":["PLUMBING"],
                 "startDate":"%s","endDate":"%s"}""".formatted(unit, unit, start, start.plusDays(30)));
        assertEquals(201, r.status(), r.body());
        return r.json().getJsonNumber("id").longValue();
    }

    private static JsonArray inbox(String query) {
        Api.Reply r = Api.get("assistant", "/api/v1/approvals?mine=true" + query);
        assertEquals(200, r.status(), r.body());
        return r.array();
    }

    private static Set<Long> formIds(JsonArray steps) {
        return steps.stream().map(JsonObject.class::cast).map(o -> o.getJsonNumber("formId").longValue())
                .collect(Collectors.toSet());
    }

    private static JsonObject stepOf(JsonArray steps, long formId) {
        return steps.stream().map(JsonObject.class::cast).filter(o -> o.getJsonNumber("formId").longValue() == formId)
                .findFirst().orElseThrow();
    }

    private static Api.Reply bulk(String language, String json) {
        return Api.send("assistant", "demo", HttpRequest.newBuilder(URI.create(Api.BASE + "/api/v1/approvals/bulk"))
                .header("Content-Type", "application/json").header("Accept-Language", language)
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    @Test
    void theInboxFiltersByFormTypeAndEstateAndApprovesInBulkReportingTheRefusedByName() {
        long e1 = GivenEstates.freshEstate("BA", 1);
        long e2 = GivenEstates.freshEstate("BB", 1);
        List<Long> u1 = GivenEstates.units(e1);
        List<Long> u2 = GivenEstates.units(e2);
        long a = application(u1.get(0));
        long b = application(u1.get(1));
        long c = application(u2.get(0));

        // the filters: the estate's forms only, of the form type asked for; another type: none; an unknown type: 400
        assertEquals(Set.of(a, b), formIds(inbox("&formType=DECORATION&estateId=" + e1)));
        assertEquals(Set.of(c), formIds(inbox("&formType=DECORATION&estateId=" + e2)));
        assertTrue(inbox("&formType=RELOCATION&estateId=" + e1).isEmpty());
        JsonObject bad = Api.problem(Api.get("assistant", "/api/v1/approvals?mine=true&formType=NO_SUCH_FORM"), 400);
        assertEquals("formType", bad.getString("field"));
        Api.Reply typesReply = Api.get("assistant", "/api/v1/approvals/form-types");
        assertEquals(200, typesReply.status(), typesReply.body());
        JsonArray types = typesReply.array();
        assertTrue(types.stream().map(JsonObject.class::cast).anyMatch(t -> t.getString("code").equals("DECORATION")
                && t.getString("name").equals("装修申请")), types.toString());

        // bulk: b read with a stale version is refused (409) and named; a and c go through with the one comment
        JsonArray all = inbox("&formType=DECORATION");
        JsonObject sa = stepOf(all, a);
        JsonObject sb = stepOf(all, b);
        JsonObject sc = stepOf(all, c);
        JsonObject result = Api.ok(bulk("zh-CN", """
                {"ids":[%d,%d,%d],"comment":"批量同意","versions":[%d,%d,%d]}""".formatted(id(sa), id(sb), id(sc),
                sa.getInt("version"), sb.getInt("version") + 5, sc.getInt("version"))), 200);
        assertEquals(2, result.getInt("approved"), result.toString());
        assertEquals(1, result.getInt("failed"), result.toString());
        JsonArray results = result.getJsonArray("results");
        JsonObject ra = results.getJsonObject(0);
        JsonObject rb = results.getJsonObject(1);
        assertTrue(ra.getBoolean("approved"));
        assertEquals("批量同意", ra.getJsonObject("step").getString("comment"));
        assertEquals("APPROVED", ra.getJsonObject("step").getString("state"));
        assertFalse(rb.getBoolean("approved"));
        assertEquals(409, rb.getInt("status"));
        assertEquals("装修申请", rb.getString("formName"), "the refused form is named in the caller's language");
        assertFalse(rb.getString("subject").isBlank());
        assertTrue(results.getJsonObject(2).getBoolean("approved"));

        // the refused one still waits; the approved ones have left the assistant's inbox
        assertEquals(Set.of(b), formIds(inbox("&formType=DECORATION&estateId=" + e1)));
        assertTrue(inbox("&formType=DECORATION&estateId=" + e2).isEmpty());

        // a step that is not the caller's (a's next step waits for the engineer): 403 for it, in English by name
        JsonObject next = GivenDecoration.waiting("engineer", a);
        JsonObject refused = Api.ok(bulk("en-US", """
                {"ids":[%d],"comment":"ok"}""".formatted(id(next))), 200);
        JsonObject r = refused.getJsonArray("results").getJsonObject(0);
        assertEquals(403, r.getInt("status"), refused.toString());
        assertEquals("Decoration application", r.getString("formName"));

        // bad input is a problem: no ids
        Api.problem(bulk("zh-CN", "{\"ids\":[],\"comment\":\"x\"}"), 400);
    }

    private static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }
}
