package org.estatedesk.it;

import static org.estatedesk.it.Api.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Clearing a company (R0.11, issue 18): a company with data in every capability — estates and units, owners and their
 * units, fee rates, a billing run's bills, a payment, a one-off charge, a deposit, a key, a reception, parameters,
 * a holiday, a questionnaire — is cleared in one go (the service checks in the same transaction
 * that no row of the company is left); its users stay; another company's data is untouched.
 */
class CompanyClearingIT {

    private static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    private static long await(String path) {
        JsonObject run = Api.await(path + " completed", Duration.ofSeconds(120), () -> Api.get("admin", path).json(),
                r -> List.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED").contains(r.getString("state")));
        String state = run.getString("state");
        assertFalse(state.equals("FAILED") || state.equals("STOPPED") || state.equals("ABANDONED"), run.toString());
        return id(run);
    }

    @Test
    void aFullyPopulatedCompanyIsClearedAndItsUsersStay() {
        String sfx = Long.toString(System.nanoTime() % 100_000_000L, 36).toUpperCase();
        JsonObject xiamen = Api.get("admin", "/api/v1/companies").array().stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("name").contains("厦门")).findFirst().orElseThrow();
        String code = "QC" + sfx;
        long company = id(ok(Api.post("admin", "/api/v1/companies", """
                {"parentId":%d,"code":"%s","name":"清空测试公司 %s"}""".formatted(xiamen.getJsonNumber("parentId")
                .longValue(), code, sfx)), 201));

        // estates, buildings, units
        long estate = id(ok(Api.post("admin", "/api/v1/estates", """
                {"companyId":%d,"code":"QE%s","name":"清空测试项目","city":"厦门","address":"x"}"""
                .formatted(company, sfx)), 201));
        ok(Api.post("admin", "/api/v1/estates/" + estate + "/buildings", "{\"code\":\"A\",\"name\":\"A\",\"floors\":2}"),
                201);
        long generation = id(ok(Api.post("admin", "/api/v1/unit-generation/runs", """
                {"estateId":%d,"entrances":["1"],"fromFloor":1,"toFloor":2,"unitsPerFloor":4,
                 "pattern":"{building}-{entrance}-{ff}{nn}","type":"RESIDENCE","area":"88.00"}""".formatted(estate)),
                202));
        await("/api/v1/unit-generation/runs/" + generation);
        long unit = id(Api.get("admin", "/api/v1/estates/" + estate + "/units?size=1").json().getJsonArray("items")
                .getJsonObject(0));

        // an owner of a unit
        long owner = id(ok(Api.post("admin", "/api/v1/owners", """
                {"companyId":%d,"name":"清空业主","idType":"PASSPORT","idNumber":"Q%s","phone":"13900004444"}"""
                .formatted(company, sfx)), 201));
        ok(Api.post("admin", "/api/v1/owners/" + owner + "/units", "{\"unitId\":" + unit + ",\"relation\":\"OWNER\"}"),
                201);

        // fees: an item with its rate, a billing run's bills, a payment, a charge, a deposit
        long item = id(ok(Api.post("admin", "/api/v1/fee-items", """
                {"companyId":%d,"code":"QF%s","name":"物业服务费","basis":"AREA"}""".formatted(company, sfx)), 201));
        ok(Api.put("admin", "/api/v1/fee-items/" + item + "/rates", """
                {"estateId":%d,"unitType":"RESIDENCE","unitPrice":"2.50","validFrom":"2020-01"}""".formatted(estate)),
                200);
        String period = YearMonth.now().minusMonths(1).toString();
        long run = id(ok(Api.post("admin", "/api/v1/billing/runs", """
                {"estateIds":[%d],"period":"%s","dryRun":false}""".formatted(estate, period)), 202));
        await("/api/v1/billing/runs/" + run);
        ok(Api.post("admin", "/api/v1/payments", """
                {"unitId":%d,"amount":"100.00","method":"CASH"}""".formatted(unit)), 201);
        ok(Api.post("admin", "/api/v1/units/" + unit + "/charges", """
                {"description":"损坏门禁","lines":[{"item":"DAMAGE","amount":"150.00"}]}"""), 201);
        ok(Api.post("admin", "/api/v1/units/" + unit + "/deposits", """
                {"description":"工具押金","amount":"500.00"}"""), 201);

        // a key, a reception, parameters, a holiday, a questionnaire
        ok(Api.post("admin", "/api/v1/keys", """
                {"estateId":%d,"category":"OWNER_SECURITY_DOOR","tag":"Q-%s","unitId":%d,"location":"钥匙柜","quantity":1,
                 "spare":false}""".formatted(estate, sfx, unit)), 201);
        ok(Api.post("admin", "/api/v1/receptions", """
                {"estateId":%d,"unitId":%d,"location":"室内","channel":"PHONE","callerName":"清空业主",
                 "callerPhone":"13900004444","description":"厨房漏水"}""".formatted(estate, unit)), 201);
        ok(Api.put("admin", "/api/v1/companies/" + company + "/parameters/lateFee.graceDays", "{\"value\":\"15\"}"),
                204);
        Api.Reply holidays = Api.put("admin", "/api/v1/companies/" + company + "/holidays", """
                {"from":"2026-10-01","to":"2026-10-03","working":false,"name":"国庆"}""");
        assertEquals(200, holidays.status(), holidays.body());
        ok(Api.post("admin", "/api/v1/questionnaires", """
                {"companyId":%d,"title":"清空问卷","questions":[{"kind":"SCORE","text":"满意度"}]}""".formatted(company)),
                201);
        long xiamenEstates = Api.get("frontdesk", "/api/v1/estates").array().size();

        // the confirmation must be the company's code
        Api.Reply wrong = Api.post("admin", "/api/v1/companies/" + company + "/clearing", "{\"confirmation\":\"NO\"}");
        assertEquals(400, wrong.status(), wrong.body());
        assertEquals(200, Api.get("admin", "/api/v1/estates/" + estate).status(), "nothing was cleared");
        assertEquals(403, Api.post("manager", "/api/v1/companies/" + company + "/clearing",
                "{\"confirmation\":\"" + code + "\"}").status(), "only a group administrator clears");

        JsonObject cleared = ok(Api.post("admin", "/api/v1/companies/" + company + "/clearing",
                "{\"confirmation\":\"" + code + "\"}"), 200);
        JsonObject removed = cleared.getJsonObject("removed");
        for (String kind : new String[] {"estates", "owners", "billing", "keys", "servicedesk", "settings",
            "statistics"}) {
            assertTrue(removed.containsKey(kind) && removed.getInt(kind) > 0, kind + " in " + removed);
        }
        assertEquals(404, Api.get("admin", "/api/v1/estates/" + estate).status());
        assertEquals(404, Api.get("admin", "/api/v1/owners/" + owner).status());
        assertEquals(0, Api.get("admin", "/api/v1/fee-items?companyId=" + company).array().size());
        assertTrue(Api.get("admin", "/api/v1/companies").body().contains(code), "the company stays");
        assertEquals(xiamenEstates, Api.get("frontdesk", "/api/v1/estates").array().size(),
                "another company's data is untouched");
        JsonObject again = ok(Api.post("admin", "/api/v1/companies/" + company + "/clearing",
                "{\"confirmation\":\"" + code + "\"}"), 200);
        assertEquals(0, again.getJsonObject("removed").size(), "nothing left the second time: " + again);
    }
}
