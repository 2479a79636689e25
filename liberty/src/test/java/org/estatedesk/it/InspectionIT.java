package org.estatedesk.it;

import static org.estatedesk.it.Api.ok;
import static org.estatedesk.it.Api.problem;
import static org.estatedesk.it.Api.problemAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Inspections and defects (C2, B2) through the real server: a mock inspection whose defects go to two contractors by
 * their warranty scopes and one to engineering (the third contractor's warranty has run out), worked to ACCEPTED
 * with a rejection on the way; a clean unit; the summary counted against what this test made; a contractor's own
 * user who sees and works only his contractor's defects; refused steps that change nothing; another company's
 * user who finds nothing.
 */
class InspectionIT {

    @Test
    void aMockInspectionsDefectsGoToTheirContractorsAndAreWorkedToAcceptance() {
        long estate = GivenEstates.freshEstate("IN", 1);
        long building = Api.get("manager", "/api/v1/estates/" + estate + "/buildings").array().getJsonObject(0)
                .getJsonNumber("id").longValue();
        List<Long> units = GivenEstates.units(estate);
        LocalDate lastYear = GivenInspections.today().minusYears(1);
        long waterproofer = GivenInspections.contractor("防水");
        long builder = GivenInspections.contractor("土建");
        long plumber = GivenInspections.contractor("给排水");
        GivenInspections.scope(waterproofer, estate, null, "waterproofing", lastYear, 60);
        GivenInspections.scope(builder, estate, "A", "wall-crack", lastYear, 24);
        GivenInspections.scope(plumber, estate, null, "water-pipe", LocalDate.of(2015, 1, 1), 24);

        problem(Api.post("frontdesk", "/api/v1/inspection-batches", """
                {"estateId":%d,"kind":"MOCK","name":"x","buildingIds":[%d]}""".formatted(estate, building)), 403);
        problemAt(Api.post("manager", "/api/v1/inspection-batches", """
                {"estateId":%d,"kind":"MOCK","buildingIds":[%d]}""".formatted(estate, building)), 400, "name");
        problemAt(Api.post("manager", "/api/v1/inspection-batches", """
                {"estateId":%d,"kind":"PARTY","name":"x","buildingIds":[%d]}""".formatted(estate, building)), 400,
                "kind");
        problemAt(Api.post("manager", "/api/v1/inspection-batches", """
                {"estateId":%d,"kind":"MOCK","name":"x"}""".formatted(estate)), 400, "unitIds");
        JsonObject batch = ok(Api.post("manager", "/api/v1/inspection-batches", """
                {"estateId":%d,"kind":"MOCK","name":"一期模拟验房","buildingIds":[%d]}""".formatted(estate, building)),
                201);
        long id = batch.getJsonNumber("id").longValue();
        assertEquals("MOCK", batch.getString("kind"));
        assertEquals(units.size(), batch.getInt("units"), "every unit of the building");
        assertEquals(4, units.size());
        String path = "/api/v1/inspection-batches/" + id;
        assertTrue(Api.get("manager", "/api/v1/inspection-batches?estateId=" + estate).array().stream()
                .anyMatch(b -> b.asJsonObject().getJsonNumber("id").longValue() == id));

        // the inspector walks unit by unit
        JsonObject leak = GivenInspections.defect(id, units.get(0), "BATHROOM", "bathroom-leak", "A");
        assertEquals(waterproofer, leak.getJsonNumber("contractorId").longValue(), "the parent's scope covers it");
        assertEquals("RECORDED", leak.getString("state"));
        assertEquals(GivenInspections.today().plusDays(3).toString(), leak.getString("dueDate"), "A: 3 days");
        assertEquals("卫生间", leak.getString("roomName"));
        JsonObject crack = GivenInspections.defect(id, units.get(0), "LIVING_ROOM", "wall-crack", "B");
        assertEquals(builder, crack.getJsonNumber("contractorId").longValue(), "the building's scope");
        assertEquals(GivenInspections.today().plusDays(7).toString(), crack.getString("dueDate"), "B: 7 days");
        JsonObject pipe = GivenInspections.defect(id, units.get(1), "KITCHEN", "water-pipe", "C");
        assertTrue(pipe.isNull("contractorId"), "warranty ended in 2016: engineering " + pipe);
        assertEquals(GivenInspections.today().plusDays(15).toString(), pipe.getString("dueDate"), "C: 15 days");
        JsonObject crack2 = GivenInspections.defect(id, units.get(1), "BEDROOM", "wall-crack", "C");
        problemAt(Api.post("inspector", path + "/defects", """
                {"unitId":%d,"room":"BATHROOM","categoryCode":"no-such","description":"x","severity":"A"}"""
                .formatted(units.get(2))), 400, "categoryCode");
        problemAt(Api.post("inspector", path + "/defects", """
                {"unitId":%d,"room":"ATTIC","categoryCode":"wall-crack","description":"x","severity":"A"}"""
                .formatted(units.get(2))), 400, "room");
        problemAt(Api.post("inspector", path + "/defects", """
                {"unitId":%d,"room":"BATHROOM","categoryCode":"wall-crack","description":"x","severity":"D"}"""
                .formatted(units.get(2))), 400, "severity");
        assertEquals(204, Api.post("inspector", path + "/clean", "{\"unitId\":" + units.get(2) + "}").status());
        problem(Api.post("inspector", path + "/clean", "{\"unitId\":" + units.get(0) + "}"), 409);
        problemAt(Api.post("inspector", path + "/clean", "{}"), 400, "unitId");

        // a contractor's own user: only his contractor's defects
        problemAt(Api.post("admin", "/api/v1/users", """
                {"username":"fm%s","displayName":"x","password":"secret-123","companyId":%d,"roles":["CONTRACTOR"]}"""
                .formatted(GivenEstates.unique().toLowerCase(), GivenEstates.managersCompany())), 400, "contractorId");
        String foreman = GivenInspections.foreman(waterproofer);
        JsonObject his = ok(GivenInspections.get(foreman, "/api/v1/defects?batchId=" + id), 200);
        assertEquals(1, his.getInt("total"), his.toString());
        assertEquals(leak.getJsonNumber("id").longValue(),
                his.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue());
        assertEquals(1, ok(GivenInspections.get(foreman, "/api/v1/defects?batchId=" + id + "&contractorId=" + builder),
                200).getInt("total"), "his filter is forced");
        long crackId = crack.getJsonNumber("id").longValue();
        problem(GivenInspections.get(foreman, "/api/v1/defects/" + crackId), 404);
        problem(GivenInspections.post(foreman, "/api/v1/defects/" + crackId + "/actions",
                "{\"action\":\"START\",\"version\":0}"), 404);
        problem(GivenInspections.get(foreman, path), 403);
        for (String staffOnly : new String[] {"/api/v1/owners", "/api/v1/workbench", "/api/v1/tasks",
            "/api/v1/estates"}) {
            problem(GivenInspections.get(foreman, staffOnly), 403); // a contractor's user is no staff member
        }
        assertEquals(0, Api.get("foreman", "/api/v1/defects?batchId=" + id).json().getInt("total"),
                "the demo foreman works for another contractor");

        // worked to acceptance, with a rejection on the way
        long leakId = leak.getJsonNumber("id").longValue();
        JsonObject d = ok(GivenInspections.act("manager", leakId, "ASSIGN", leak.getInt("version")), 200);
        assertEquals("ASSIGNED", d.getString("state"));
        problem(GivenInspections.act("inspector", leakId, "ACCEPT", d.getInt("version")), 409);
        problem(GivenInspections.act("engineer", leakId, "START", d.getInt("version") - 1), 409); // stale
        problem(GivenInspections.post(foreman, "/api/v1/defects/" + leakId + "/actions",
                "{\"action\":\"CANCEL\",\"version\":" + d.getInt("version") + "}"), 403);
        JsonObject unchanged = Api.get("manager", "/api/v1/defects/" + leakId).json();
        assertEquals("ASSIGNED", unchanged.getString("state"), "the refused steps changed nothing");
        assertEquals(d.getInt("version"), unchanged.getInt("version"));
        assertEquals(2, unchanged.getJsonArray("hops").size());
        d = step(foreman, leakId, "START", d);
        d = step(foreman, leakId, "RECTIFY", d);
        d = ok(GivenInspections.act("inspector", leakId, "REJECT", d.getInt("version")), 200);
        assertEquals("REJECTED", d.getString("state"));
        problem(GivenInspections.act("inspector", leakId, "ACCEPT", d.getInt("version")), 409);
        d = step(foreman, leakId, "START", d);
        assertEquals("RECTIFYING", d.getString("state"));
        d = step(foreman, leakId, "RECTIFY", d);
        d = ok(GivenInspections.act("inspector", leakId, "ACCEPT", d.getInt("version")), 200);
        assertEquals("ACCEPTED", d.getString("state"));
        assertEquals("已验收", d.getString("stateName"));
        List<String> hops = d.getJsonArray("hops").stream().map(h -> h.asJsonObject().getString("action")).toList();
        assertEquals(List.of("RECORD", "ASSIGN", "START", "RECTIFY", "REJECT", "START", "RECTIFY", "ACCEPT"), hops);
        JsonObject reject = d.getJsonArray("hops").getJsonObject(4);
        assertEquals("inspector", reject.getString("by"));
        assertEquals("RECTIFIED", reject.getString("from"));
        assertEquals("REJECTED", reject.getString("to"));
        assertEquals("REJECT", reject.getString("comment"));
        problem(GivenInspections.act("manager", leakId, "CANCEL", d.getInt("version")), 409);

        // engineering rectifies the defect no contractor answers for
        long pipeId = pipe.getJsonNumber("id").longValue();
        JsonObject p = ok(GivenInspections.act("manager", pipeId, "ASSIGN", pipe.getInt("version")), 200);
        p = ok(GivenInspections.act("engineer", pipeId, "START", p.getInt("version")), 200);
        p = ok(GivenInspections.act("engineer", pipeId, "RECTIFY", p.getInt("version")), 200);
        p = ok(GivenInspections.act("inspector", pipeId, "ACCEPT", p.getInt("version")), 200);
        assertEquals("ACCEPTED", p.getString("state"));
        ok(GivenInspections.act("manager", crackId, "ASSIGN", crack.getInt("version")), 200);
        ok(GivenInspections.act("manager", crack2.getJsonNumber("id").longValue(), "CANCEL",
                crack2.getInt("version")), 200);

        // the list and the summary against what this test made
        assertEquals(2, Api.get("manager", "/api/v1/defects?batchId=" + id + "&state=ACCEPTED").json().getInt("total"));
        assertEquals(2, Api.get("manager", "/api/v1/defects?batchId=" + id + "&contractorId=" + builder).json()
                .getInt("total"));
        JsonObject page = Api.get("manager", "/api/v1/defects?batchId=" + id + "&page=1&size=3").json();
        assertEquals(4, page.getInt("total"));
        assertEquals(1, page.getJsonArray("items").size());
        assertEquals(0, Api.get("manager", "/api/v1/defects?batchId=" + id + "&overdue=true").json().getInt("total"));
        problemAt(Api.get("manager", "/api/v1/defects?state=LOST"), 400, "state");

        JsonObject s = Api.get("manager", path + "/summary").json();
        assertEquals(4, s.getInt("units"));
        assertEquals(3, s.getInt("inspected"));
        assertEquals(2, s.getInt("withDefects"));
        assertEquals(4, s.getInt("defects"));
        assertEquals(1, s.getInt("open"));
        assertEquals(0, s.getInt("overdue"));
        assertEquals(2, s.getInt("accepted"));
        assertEquals(2.0 / 3, s.getJsonNumber("closedRate").doubleValue(), 0.001, "cancelled ones left out");
        Map<Long, int[]> byContractor = new HashMap<>();
        for (JsonValue v : s.getJsonArray("byContractor")) {
            JsonObject c = v.asJsonObject();
            byContractor.put(c.isNull("contractorId") ? 0L : c.getJsonNumber("contractorId").longValue(),
                    new int[] {c.getInt("defects"), c.getInt("open")});
            assertFalse(c.getString("name").isBlank());
        }
        assertEquals(3, byContractor.size(), s.toString());
        assertEquals(List.of(1, 0), List.of(byContractor.get(waterproofer)[0], byContractor.get(waterproofer)[1]));
        assertEquals(List.of(2, 1), List.of(byContractor.get(builder)[0], byContractor.get(builder)[1]));
        assertEquals(List.of(1, 0), List.of(byContractor.get(0L)[0], byContractor.get(0L)[1]), "engineering");
        JsonArray byCategory = s.getJsonArray("byCategory");
        Map<String, Integer> categories = byCategory.stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(c -> c.getString("code"), c -> c.getInt("defects")));
        assertEquals(Map.of("wall-crack", 2, "bathroom-leak", 1, "water-pipe", 1), categories);
        JsonObject detail = Api.get("manager", path).json();
        assertEquals(4, detail.getJsonArray("unitList").size());

        // another company finds nothing
        problem(Api.get("manager2", path), 404);
        problem(Api.get("manager2", path + "/summary"), 404);
        problem(Api.get("manager2", "/api/v1/defects/" + crackId), 404);
        problem(Api.post("manager2", "/api/v1/defects/" + crackId + "/actions",
                "{\"action\":\"CANCEL\",\"version\":0}"), 404);
        assertEquals(0, Api.get("manager2", "/api/v1/defects?batchId=" + id).json().getInt("total"));
        assertEquals("ASSIGNED", Api.get("manager", "/api/v1/defects/" + crackId).json().getString("state"));
    }

    private static JsonObject step(String foreman, long defect, String action, JsonObject before) {
        return ok(GivenInspections.post(foreman, "/api/v1/defects/" + defect + "/actions",
                "{\"action\":\"%s\",\"version\":%d}".formatted(action, before.getInt("version"))), 200);
    }
}
