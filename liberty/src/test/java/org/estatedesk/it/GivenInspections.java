package org.estatedesk.it;

import static org.estatedesk.it.Api.ok;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.time.ZoneId;

/** Test data of handover and inspections (C2): contractors with scopes, a contractor's own user, defects and steps. */
final class GivenInspections {
    private GivenInspections() {
    }

    /** A new contractor of the manager's company; returns its id. */
    static long contractor(String name) {
        return ok(Api.post("manager", "/api/v1/contractors", "{\"name\":\"" + name + GivenEstates.unique() + "\"}"),
                201).getJsonNumber("id").longValue();
    }

    /** A scope of works of the contractor, estate-wide ({@code buildingCode} null) or for one building. */
    static void scope(long contractor, long estate, String buildingCode, String categoryCode, LocalDate from,
            int months) {
        ok(Api.post("manager", "/api/v1/contractors/" + contractor + "/scopes", """
                {"estateId":%d,%s"categoryCode":"%s","warrantyFrom":"%s","warrantyMonths":%d}""".formatted(estate,
                buildingCode == null ? "" : "\"buildingCode\":\"" + buildingCode + "\",", categoryCode, from,
                months)), 201);
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    /** A new CONTRACTOR user of the manager's company tied to the contractor; returns the user name. */
    static String foreman(long contractor) {
        JsonObject manager = Api.get("admin", "/api/v1/users?q=manager").json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).filter(u -> u.getString("username").equals("manager")).findFirst()
                .orElseThrow();
        long company = manager.getJsonNumber("companyId").longValue();
        String name = "fm" + Long.toString(System.nanoTime() % 100_000_000L, 36);
        ok(Api.post("admin", "/api/v1/users", """
                {"username":"%s","displayName":"工长 %s","password":"%s","companyId":%d,"roles":["CONTRACTOR"],
                 "contractorId":%d,"scopes":[{"companyId":%d}]}""".formatted(name, name, GivenStaff.PASSWORD, company,
                contractor, company)), 201);
        return name;
    }

    /** A fresh staff member's GET (his own password). */
    static Api.Reply get(String user, String path) {
        return Api.get(user, GivenStaff.PASSWORD, path);
    }

    /** A fresh staff member's POST (his own password). */
    static Api.Reply post(String user, String path, String json) {
        return Api.send(user, GivenStaff.PASSWORD, HttpRequest.newBuilder(URI.create(Api.BASE + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Records a defect in a unit of the batch as the demo inspector; returns the answer (201). */
    static JsonObject defect(long batch, long unit, String room, String category, String severity) {
        return ok(Api.post("inspector", "/api/v1/inspection-batches/" + batch + "/defects", """
                {"unitId":%d,"room":"%s","categoryCode":"%s","description":"测试缺陷 %s","severity":"%s"}"""
                .formatted(unit, room, category, category, severity)), 201);
    }

    /** One step of a defect at the version given; returns the answer. */
    static Api.Reply act(String user, long defect, String action, int version) {
        return Api.post(user, "/api/v1/defects/" + defect + "/actions", """
                {"action":"%s","comment":"%s","version":%d}""".formatted(action, action, version));
    }
}
