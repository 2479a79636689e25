package org.estatedesk.it;

import static org.estatedesk.it.Api.ok;
import static org.estatedesk.it.Api.problemAt;
import static org.estatedesk.it.GivenOwners.owner;
import static org.estatedesk.it.GivenSurveys.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Questionnaires and satisfaction surveys (R6.3) through the API: define → publish → send to a fresh estate with
 * owners (one invitation per owner and unit, e-mails with single-use links to those with an address) → answers by
 * the owners' links (no login) and by the front desk on an owner's behalf → scores equal to a hand computation;
 * a token used twice, a draft sent, answers to a closed questionnaire refused; roles refused (403), another
 * company's survey not found (404).
 */
class SurveyIT {

    /** The owner's link: no Authorization header at all. */
    private static Api.Reply anonymous(String method, String path, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(Api.BASE + path));
        if (json == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return Api.send(null, null, b);
    }

    @Test
    void aQuestionnaireIsSentToAnEstateAnsweredAndScored() {
        long estate = GivenEstates.freshEstate("SV", 1);
        List<Long> units = GivenEstates.units(estate);
        String suffix = Long.toString(System.nanoTime() % 10_000_000L, 36);
        String mailA = "owner-a-" + suffix + "@example.com";
        String mailB = "owner-b-" + suffix + "@example.com";
        owner("甲业主", mailA, units.get(0), "OWNER");
        owner("乙业主", mailB, units.get(1), "OWNER");
        long ownerC = owner("丙业主", null, units.get(2), "OWNER");
        owner("丁租户", "tenant-" + suffix + "@example.com", units.get(2), "TENANT");

        // roles: the front desk reads questionnaires but does not write them; a technician does neither
        String body = """
                {"title":"%s 年度满意度","description":"请如实填写","questions":[
                 {"kind":"SCORE","text":"对物业服务总体满意度","required":true},
                 {"kind":"SINGLE_CHOICE","text":"最需改进的方面","options":["保洁","安保","维修"]},
                 {"kind":"TEXT","text":"其他建议"}]}""".formatted(suffix);
        problemAt(Api.post("frontdesk", "/api/v1/questionnaires", body), 403, null);
        problemAt(Api.get("tech", "/api/v1/questionnaires"), 403, null);
        problemAt(Api.post("manager", "/api/v1/questionnaires", """
                {"title":"坏题","questions":[{"kind":"SINGLE_CHOICE","text":"只有一个选项","options":["甲"]}]}"""),
                400, "questions[0].options");

        JsonObject q = ok(Api.post("manager", "/api/v1/questionnaires", body), 201);
        long qid = q.getJsonNumber("id").longValue();
        assertEquals("DRAFT", q.getString("state"));
        assertEquals(3, q.getJsonArray("questions").size());
        // a draft cannot be sent (nor answered)
        problemAt(Api.post("manager", "/api/v1/surveys", """
                {"questionnaireId":%d,"estateId":%d}""".formatted(qid, estate)), 409, null);
        q = ok(Api.put("manager", "/api/v1/questionnaires/" + qid, body.replace("年度满意度", "年度满意度调查")
                .replace("{\"title\"", "{\"version\":" + q.getInt("version") + ",\"title\"")), 200);
        q = ok(Api.post("manager", "/api/v1/questionnaires/" + qid + "/publish", "{}"), 200);
        assertEquals("PUBLISHED", q.getString("state"));
        problemAt(Api.put("manager", "/api/v1/questionnaires/" + qid, body), 409, null);
        problemAt(Api.post("manager", "/api/v1/questionnaires/" + qid + "/publish", "{}"), 409, null);
        JsonArray questions = q.getJsonArray("questions");
        long q1 = questions.getJsonObject(0).getJsonNumber("id").longValue();
        long q2 = questions.getJsonObject(1).getJsonNumber("id").longValue();
        long q3 = questions.getJsonObject(2).getJsonNumber("id").longValue();

        // sending: one invitation per current owner and unit (the tenant is no owner), e-mails to those with one
        problemAt(Api.post("frontdesk", "/api/v1/surveys", """
                {"questionnaireId":%d,"estateId":%d}""".formatted(qid, estate)), 403, null);
        Api.Reply sent = Api.post("manager", "/api/v1/surveys", """
                {"questionnaireId":%d,"estateId":%d}""".formatted(qid, estate));
        JsonObject survey = ok(sent, 201);
        assertTrue(sent.header("Location").endsWith("/api/v1/surveys/" + survey.getJsonNumber("id")));
        long sid = survey.getJsonNumber("id").longValue();
        assertEquals(3, survey.getInt("invitations"));
        assertEquals(2, survey.getInt("emails"));
        problemAt(Api.post("manager", "/api/v1/surveys", """
                {"questionnaireId":%d,"estateId":%d}""".formatted(qid, estate)), 409, null);
        JsonObject invitations = ok(Api.get("frontdesk", "/api/v1/surveys/" + sid + "/invitations?size=2"), 200);
        assertEquals(3, invitations.getInt("total"));
        assertEquals(2, invitations.getJsonArray("items").size(), "paged");
        Map<Long, JsonObject> byOwner = ok(Api.get("frontdesk", "/api/v1/surveys/" + sid + "/invitations"), 200)
                .getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(i -> i.getJsonNumber("ownerId").longValue(), i -> i));
        assertTrue(byOwner.values().stream().allMatch(i -> i.getString("state").equals("PENDING")));

        // the owners' links: no login; answers checked against the questions; the token is good once
        String tokenA = token(mailA);
        String tokenB = token(mailB);
        JsonObject sheet = ok(anonymous("GET", "/api/v1/public/surveys/" + tokenB, null), 200);
        assertEquals(3, sheet.getJsonArray("questions").size());
        assertFalse(sheet.getBoolean("answered"));
        assertTrue(sheet.getBoolean("open"));
        problemAt(anonymous("GET", "/api/v1/public/surveys/" + "0".repeat(32), null), 404, null);
        problemAt(anonymous("POST", "/api/v1/public/surveys/" + tokenA, """
                {"answers":[{"questionId":%d,"score":7}]}""".formatted(q1)), 400, "answers[0].score");
        problemAt(anonymous("POST", "/api/v1/public/surveys/" + tokenA, """
                {"answers":[{"questionId":%d,"option":"安保"}]}""".formatted(q2)), 400, "answers");
        ok(anonymous("POST", "/api/v1/public/surveys/" + tokenB, """
                {"answers":[{"questionId":%d,"score":5},{"questionId":%d,"option":"安保"},
                 {"questionId":%d,"text":"电梯常坏"}]}""".formatted(q1, q2, q3)), 201);
        problemAt(anonymous("POST", "/api/v1/public/surveys/" + tokenB, """
                {"answers":[{"questionId":%d,"score":1}]}""".formatted(q1)), 409, null);
        assertTrue(ok(anonymous("GET", "/api/v1/public/surveys/" + tokenB, null), 200).getBoolean("answered"));
        ok(anonymous("POST", "/api/v1/public/surveys/" + tokenA, """
                {"answers":[{"questionId":%d,"score":4},{"questionId":%d,"option":"保洁"}]}""".formatted(q1, q2)),
                201);

        // the front desk enters what the owner without e-mail said on the phone; once
        long invitationC = byOwner.get(ownerC).getJsonNumber("id").longValue();
        String staffAnswers = """
                {"channel":"PHONE","answers":[{"questionId":%d,"score":2},{"questionId":%d,"option":"安保"}]}"""
                .formatted(q1, q2);
        problemAt(Api.post("tech", "/api/v1/invitations/" + invitationC + "/answers", staffAnswers), 403, null);
        problemAt(Api.post("frontdesk2", "/api/v1/invitations/" + invitationC + "/answers", staffAnswers), 404, null);
        JsonObject answeredC = ok(Api.post("frontdesk", "/api/v1/invitations/" + invitationC + "/answers",
                staffAnswers), 201);
        assertEquals("ANSWERED", answeredC.getString("state"));
        assertEquals("PHONE", answeredC.getString("channel"));
        assertEquals("frontdesk", answeredC.getString("answeredBy"));
        problemAt(Api.post("frontdesk", "/api/v1/invitations/" + invitationC + "/answers", staffAnswers), 409, null);
        assertEquals(2, ok(Api.get("frontdesk", "/api/v1/invitations/" + invitationC), 200).getJsonArray("answers")
                .size());

        // the scores against a hand computation: scores 5, 4, 2 of three answered invitations out of three
        int[] scores = {5, 4, 2};
        int sum = 5 + 4 + 2;
        BigDecimal average = BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(scores.length), 2,
                RoundingMode.HALF_UP);
        BigDecimal satisfaction = BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(scores.length), 10,
                RoundingMode.HALF_UP).subtract(BigDecimal.ONE).multiply(BigDecimal.valueOf(25))
                .setScale(1, RoundingMode.HALF_UP);
        assertEquals(new BigDecimal("66.7"), satisfaction, "(11/3 − 1) × 25");
        JsonObject s = ok(Api.get("manager", "/api/v1/surveys/" + sid + "/scores"), 200);
        assertEquals(3, s.getInt("invitations"));
        assertEquals(3, s.getInt("answered"));
        assertEquals(0, new BigDecimal("100.0").compareTo(s.getJsonNumber("responseRate").bigDecimalValue()));
        assertEquals(3, s.getInt("scoreAnswers"));
        assertEquals(0, average.compareTo(s.getJsonNumber("averageScore").bigDecimalValue()), s.toString());
        assertEquals(0, satisfaction.compareTo(s.getJsonNumber("satisfaction").bigDecimalValue()), s.toString());
        JsonObject first = s.getJsonArray("questions").getJsonObject(0);
        assertEquals(3, first.getInt("answers"));
        assertEquals(0, average.compareTo(first.getJsonNumber("average").bigDecimalValue()));
        Map<String, Integer> options = new HashMap<>();
        s.getJsonArray("questions").getJsonObject(1).getJsonArray("options").forEach(o -> options.put(
                o.asJsonObject().getString("label"), o.asJsonObject().getInt("count")));
        assertEquals(Map.of("保洁", 1, "安保", 2, "维修", 0), options);
        assertEquals(1, s.getJsonArray("questions").getJsonObject(2).getInt("answers"));

        // per estate: the comparison and the month's figures (the hook for statistics)
        JsonArray comparison = Api.get("manager", "/api/v1/questionnaires/" + qid + "/comparison").array();
        assertEquals(1, comparison.size());
        assertEquals(estate, comparison.getJsonObject(0).getJsonNumber("estateId").longValue());
        assertEquals(0, satisfaction.compareTo(comparison.getJsonObject(0).getJsonNumber("satisfaction")
                .bigDecimalValue()));
        YearMonth month = YearMonth.now(ZoneId.of("Asia/Shanghai"));
        JsonObject monthly = ok(Api.get("manager", "/api/v1/surveys/satisfaction?estateId=" + estate + "&period="
                + month), 200);
        assertEquals(3, monthly.getInt("answered"));
        assertEquals(0, satisfaction.compareTo(monthly.getJsonNumber("satisfaction").bigDecimalValue()));
        assertEquals(0, ok(Api.get("manager", "/api/v1/surveys/satisfaction?estateId=" + estate + "&period="
                + month.minusMonths(1)), 200).getInt("answered"));

        // another company sees nothing of it
        problemAt(Api.get("manager2", "/api/v1/surveys/" + sid), 404, null);
        problemAt(Api.get("manager2", "/api/v1/questionnaires/" + qid), 404, null);

        // closed: no more answers, by link or by staff
        ok(Api.post("manager", "/api/v1/questionnaires/" + qid + "/close", "{}"), 200);
        problemAt(Api.post("manager", "/api/v1/questionnaires/" + qid + "/close", "{}"), 409, null);
        Map<Long, JsonObject> after = ok(Api.get("frontdesk", "/api/v1/surveys/" + sid + "/invitations?state=PENDING"),
                200).getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(i -> i.getJsonNumber("id").longValue(), i -> i));
        assertEquals(0, after.size(), "all three answered");
    }

    @Test
    void theOpenApiDocumentListsTheSurveysAndTheWorkLog() {
        String doc = Api.get(null, "/openapi").body();
        for (String path : List.of("/api/v1/questionnaires/{id}/publish", "/api/v1/surveys/{id}/scores",
                "/api/v1/surveys/{id}/invitations", "/api/v1/invitations/{id}/answers", "/api/v1/public/surveys/{token}",
                "/api/v1/work-logs/{date}", "/api/v1/work-log-reviews")) {
            assertTrue(doc.contains(path), path);
        }
    }

    @Test
    void aClosedQuestionnaireTakesNoMoreAnswers() {
        long estate = GivenEstates.freshEstate("SC", 1);
        List<Long> units = GivenEstates.units(estate);
        String suffix = Long.toString(System.nanoTime() % 10_000_000L, 36);
        String mail = "owner-c-" + suffix + "@example.com";
        owner("戊业主", mail, units.get(0), "OWNER");
        long ownerNoMail = owner("己业主", null, units.get(1), "OWNER");
        JsonObject q = ok(Api.post("manager", "/api/v1/questionnaires", """
                {"title":"关闭测试 %s","questions":[{"kind":"SCORE","text":"总体满意度","required":true}]}"""
                .formatted(suffix)), 201);
        long qid = q.getJsonNumber("id").longValue();
        long q1 = q.getJsonArray("questions").getJsonObject(0).getJsonNumber("id").longValue();
        ok(Api.post("manager", "/api/v1/questionnaires/" + qid + "/publish", "{}"), 200);
        long sid = ok(Api.post("manager", "/api/v1/surveys", """
                {"questionnaireId":%d,"estateId":%d}""".formatted(qid, estate)), 201).getJsonNumber("id").longValue();
        String token = token(mail);
        long pending = Api.get("frontdesk", "/api/v1/surveys/" + sid + "/invitations").json().getJsonArray("items")
                .stream().map(JsonValue::asJsonObject)
                .filter(i -> i.getJsonNumber("ownerId").longValue() == ownerNoMail).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        ok(Api.post("manager", "/api/v1/questionnaires/" + qid + "/close", "{}"), 200);

        JsonObject sheet = ok(anonymous("GET", "/api/v1/public/surveys/" + token, null), 200);
        assertFalse(sheet.getBoolean("open"));
        problemAt(anonymous("POST", "/api/v1/public/surveys/" + token, """
                {"answers":[{"questionId":%d,"score":5}]}""".formatted(q1)), 409, null);
        problemAt(Api.post("frontdesk", "/api/v1/invitations/" + pending + "/answers", """
                {"channel":"VISIT","answers":[{"questionId":%d,"score":5}]}""".formatted(q1)), 409, null);
        problemAt(Api.post("manager", "/api/v1/surveys", """
                {"questionnaireId":%d,"estateId":%d}""".formatted(qid, GivenEstates.freshEstate("SD", 1))), 409, null);
        assertEquals(0, ok(Api.get("manager", "/api/v1/surveys/" + sid + "/scores"), 200).getInt("answered"));
        // a draft is deleted; a closed questionnaire is not
        problemAt(Api.send("manager", "demo", HttpRequest.newBuilder(URI.create(Api.BASE + "/api/v1/questionnaires/"
                + qid)).DELETE()), 409, null);
    }
}
