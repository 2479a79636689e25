package org.estatedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.time.LocalDate;

/** Test data of contracts (R4.1): a rent fee item of its own and rent contracts of a unit or a space. */
final class GivenContracts {
    private GivenContracts() {
    }

    /** A new FIXED fee item of the manager's company (rent). */
    static long rentItem() {
        Api.Reply r = Api.post("manager", "/api/v1/fee-items", """
                {"code":"RENT-%s","name":"商铺租金","basis":"FIXED"}""".formatted(GivenEstates.unique()));
        assertEquals(201, r.status(), r.body());
        return r.json().getJsonNumber("id").longValue();
    }

    /** A rent contract's JSON: of the unit (its id; {@code null}: a space without a unit) from start to end. */
    static String body(long estate, String unit, String code, long item, String amount, LocalDate start,
            LocalDate end) {
        return """
                {"estateId":%d,%s"code":"%s","kind":"RENT","partyName":"李老板","partyPhone":"13900000000",
                 "feeItemId":%d,"monthlyAmount":"%s","deposit":"6000.00","startDate":"%s","endDate":"%s"}"""
                .formatted(estate, unit == null ? "" : "\"unitId\":" + unit + ",", code, item, amount, start, end);
    }

    /** A contract created by {@code user}; returns it. */
    static JsonObject create(String user, String json) {
        Api.Reply r = Api.post(user, "/api/v1/contracts", json);
        assertEquals(201, r.status(), r.body());
        return r.json();
    }
}
