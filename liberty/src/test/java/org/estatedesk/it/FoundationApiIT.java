package org.estatedesk.it;

import static org.estatedesk.it.Api.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The foundation's API against the running server with the demo data: identity, scope, paging, problems. */
class FoundationApiIT {

    private static java.util.List<String> codes(jakarta.json.JsonArray estates) {
        return estates.stream().map(v -> v.asJsonObject().getString("code")).toList();
    }

    @Test
    void meNamesTheCallerHisRolesAndCompanies() {
        JsonObject me = Api.get("frontdesk", "/api/v1/me").json();
        assertEquals("frontdesk", me.getString("username"));
        assertEquals(List.of("FRONT_DESK"), me.getJsonArray("roles").getValuesAs(jakarta.json.JsonString::getString));
        assertEquals(1, me.getJsonArray("companyIds").size());
    }

    @Test
    void withoutCredentialsTheApiAnswers401Problem() {
        Api.Reply r = Api.get(null, "/api/v1/me");
        problem(r, 401);
        assertNotNull(r.header("WWW-Authenticate"));
        problem(Api.get("frontdesk", "wrong-password", "/api/v1/me"), 401);
    }

    @Test
    void eachCompanySeesOnlyItsEstatesAndGets404ForTheOthers() {
        // other tests add estates, so compare sets rather than counts
        var all = Api.get("admin", "/api/v1/estates").array();
        var xm = Api.get("frontdesk", "/api/v1/estates").array();
        var cq = Api.get("frontdesk2", "/api/v1/estates").array();
        java.util.Set<Long> xmCompanies = new java.util.HashSet<>();
        java.util.Set<Long> cqCompanies = new java.util.HashSet<>();
        xm.forEach(v -> xmCompanies.add(v.asJsonObject().getJsonNumber("companyId").longValue()));
        cq.forEach(v -> cqCompanies.add(v.asJsonObject().getJsonNumber("companyId").longValue()));
        assertEquals(1, xmCompanies.size(), "the Xiamen front desk sees only Xiamen estates");
        assertEquals(1, cqCompanies.size(), "the Chongqing front desk sees only Chongqing estates");
        assertNotEquals(xmCompanies, cqCompanies);
        assertTrue(all.size() >= xm.size() + cq.size() && all.containsAll(xm) && all.containsAll(cq),
                "the group administrator sees every company's estates");
        assertTrue(codes(xm).containsAll(java.util.List.of("XM-HWHY", "XM-GLY")), codes(xm).toString());
        assertTrue(codes(cq).containsAll(java.util.List.of("CQ-SCMD", "CQ-JBXC")), codes(cq).toString());
        long xmEstate = GivenEstates.estateId("XM-HWHY");
        assertTrue(xm.stream().anyMatch(v -> v.asJsonObject().getJsonNumber("id").longValue() == xmEstate));
        problem(Api.get("frontdesk2", "/api/v1/estates/" + xmEstate), 404);
        problem(Api.get("frontdesk2", "/api/v1/estates/" + xmEstate + "/units"), 404);
        long xmOwner = Api.get("frontdesk", "/api/v1/owners?size=1").json().getJsonArray("items").getJsonObject(0)
                .getJsonNumber("id").longValue();
        assertEquals(200, Api.get("frontdesk", "/api/v1/owners/" + xmOwner).status());
        problem(Api.get("frontdesk2", "/api/v1/owners/" + xmOwner), 404);
        problem(Api.get("frontdesk2", "/api/v1/owners/" + xmOwner + "0000"), 404);
    }

    @Test
    void unitsArePagedInCodeOrderWithTheirTotal() {
        long estate = GivenEstates.estateId("XM-GLY");
        JsonObject first = Api.get("frontdesk", "/api/v1/estates/" + estate + "/units?page=0&size=10").json();
        assertEquals(1376, first.getJsonNumber("total").longValue());
        assertEquals(10, first.getJsonArray("items").size());
        JsonObject unit = first.getJsonArray("items").getJsonObject(0);
        assertTrue(unit.containsKey("id") && unit.containsKey("code") && unit.containsKey("type")
                && unit.containsKey("area") && unit.containsKey("ownerId"));
        String a = unit.getString("code");
        String b = first.getJsonArray("items").getJsonObject(1).getString("code");
        assertTrue(a.compareTo(b) < 0, a + " before " + b);
        JsonObject last = Api.get("frontdesk", "/api/v1/estates/" + estate + "/units?page=137&size=10").json();
        assertEquals(6, last.getJsonArray("items").size());
        JsonObject garages = Api.get("frontdesk", "/api/v1/estates/" + estate + "/units?type=GARAGE&size=100").json();
        assertEquals(60, garages.getJsonNumber("total").longValue());
        problem(Api.get("frontdesk", "/api/v1/estates/" + estate + "/units?size=100000"), 400);
    }

    @Test
    void anInvalidIdNumberIsA400ProblemNamingTheField() {
        Api.Reply r = Api.post("frontdesk", "/api/v1/owners", """
                {"name":"测试业主","idType":"ID_CARD","idNumber":"110105194912310021","phone":"13800138000"}""");
        problem(r, 400);
        assertEquals("idNumber", r.json().getString("field"));
        assertTrue(r.body().contains("idNumber"));
    }

    @Test
    void malformedJsonIsA400NotA500() {
        problem(Api.post("frontdesk", "/api/v1/owners", "{\"name\": "), 400);
        problem(Api.post("frontdesk", "/api/v1/owners", "[1,2]"), 400);
    }

    @Test
    void ownersAreCreatedReadAndUpdatedWithOptimisticLocking() {
        Api.Reply created = Api.post("frontdesk", "/api/v1/owners", """
                {"name":"陈测试","idType":"ID_CARD","idNumber":"11010519491231002X","phone":"13900001111",
                 "email":"chen@example.com"}""");
        assertEquals(201, created.status(), created.body());
        JsonObject o = created.json();
        long id = o.getJsonNumber("id").longValue();
        int version = o.getInt("version");
        Api.Reply updated = Api.put("frontdesk", "/api/v1/owners/" + id, """
                {"name":"陈测试二","idType":"ID_CARD","idNumber":"11010519491231002X","phone":"13900001111",
                 "version":%d}""".formatted(version));
        assertEquals(200, updated.status(), updated.body());
        assertEquals("陈测试二", Api.get("frontdesk", "/api/v1/owners/" + id).json().getString("name"));
        problem(Api.put("frontdesk", "/api/v1/owners/" + id, """
                {"name":"过期","idType":"ID_CARD","idNumber":"11010519491231002X","phone":"13900001111",
                 "version":%d}""".formatted(version)), 409);
        assertEquals("陈测试二", Api.get("frontdesk", "/api/v1/owners/" + id).json().getString("name"),
                "a refused update changes nothing");
    }

    @Test
    void aRoleThatMayNotCallIsRefusedWith403Problem() {
        problem(Api.post("tech", "/api/v1/owners", """
                {"name":"x","idType":"ID_CARD","idNumber":"11010519491231002X","phone":"13900001111"}"""), 403);
        problem(Api.get("frontdesk", "/api/v1/operation-log"), 403);
        problem(Api.get("frontdesk", "/api/v1/users"), 403);
        assertEquals(200, Api.get("admin", "/api/v1/operation-log").status());
    }

    @Test
    void fiveFailedLoginsLockTheAccountAndEveryAttemptIsLogged() {
        String name = "lock" + UUID.randomUUID().toString().substring(0, 8);
        long company = Api.get("frontdesk", "/api/v1/me").json().getJsonArray("companyIds").getJsonNumber(0)
                .longValue();
        Api.Reply created = Api.post("admin", "/api/v1/users", """
                {"username":"%s","displayName":"Lockout test","password":"secret-123","companyId":%d,
                 "roles":["FRONT_DESK"],"scopes":[{"companyId":%d}]}""".formatted(name, company, company));
        assertEquals(201, created.status(), created.body());
        assertEquals(200, Api.get(name, "secret-123", "/api/v1/me").status());
        for (int i = 0; i < 5; i++) {
            assertEquals(401, Api.get(name, "wrong", "/api/v1/me").status());
        }
        assertEquals(401, Api.get(name, "secret-123", "/api/v1/me").status(), "locked even with the right password");
        var log = Api.get("admin", "/api/v1/operation-log?operation=LOGIN&username=" + name + "&size=50").json();
        long failures = log.getJsonArray("items").stream()
                .filter(v -> v.asJsonObject().getString("outcome").equals("FAILURE")).count();
        long successes = log.getJsonArray("items").stream()
                .filter(v -> v.asJsonObject().getString("outcome").equals("SUCCESS")).count();
        assertEquals(6, failures);
        assertEquals(1, successes);
        long id = created.json().getJsonNumber("id").longValue();
        assertEquals(204, Api.post("admin", "/api/v1/users/" + id + "/unlock", "").status());
        assertEquals(200, Api.get(name, "secret-123", "/api/v1/me").status());
    }

    @Test
    void oneUsersConcurrentRequestsAllSucceedAndConcurrentFailuresAllCount() throws Exception {
        String name = "par" + UUID.randomUUID().toString().substring(0, 8);
        long company = Api.get("frontdesk", "/api/v1/me").json().getJsonArray("companyIds").getJsonNumber(0)
                .longValue();
        assertEquals(201, Api.post("admin", "/api/v1/users", """
                {"username":"%s","displayName":"Parallel test","password":"secret-123","companyId":%d,
                 "roles":["FRONT_DESK"],"scopes":[{"companyId":%d}]}""".formatted(name, company, company)).status());
        var pool = java.util.concurrent.Executors.newFixedThreadPool(12);
        try {
            // an API client with many connections: every first request verifies the password at the same time
            List<java.util.concurrent.Future<Integer>> ok = new java.util.ArrayList<>();
            for (int i = 0; i < 12; i++) {
                ok.add(pool.submit(() -> Api.get(name, "secret-123", "/api/v1/me").status()));
            }
            for (var f : ok) {
                assertEquals(200, f.get());
            }
            List<java.util.concurrent.Future<Integer>> wrong = new java.util.ArrayList<>();
            for (int i = 0; i < 5; i++) {
                wrong.add(pool.submit(() -> Api.get(name, "wrong", "/api/v1/me").status()));
            }
            for (var f : wrong) {
                assertEquals(401, f.get());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(401, Api.get(name, "secret-123", "/api/v1/me").status(), "five concurrent failures lock it");
    }

    @Test
    void everyResponseCarriesSecurityHeaders() {
        for (Api.Reply r : List.of(Api.get("frontdesk", "/api/v1/me"), Api.get(null, "/login.xhtml"))) {
            assertNotNull(r.header("Content-Security-Policy"));
            assertTrue(r.header("Content-Security-Policy").contains("frame-ancestors"));
            assertEquals("nosniff", r.header("X-Content-Type-Options"));
            assertNotNull(r.header("Referrer-Policy"));
        }
    }

    @Test
    void healthMetricsAndOpenApiAreServed() {
        Api.Reply ready = Api.get(null, "/health/ready");
        // The database check must be UP. The overall status still reads DOWN on Liberty 26.0.0.3 although every
        // listed check is UP (open question in the issue note), so the overall status is not asserted yet.
        var database = ready.json().getJsonArray("checks").stream().map(v -> v.asJsonObject())
                .filter(c -> c.getString("name").equals("database")).findFirst().orElseThrow();
        assertEquals("UP", database.getString("status"), ready.body());
        assertEquals(200, Api.get(null, "/health/live").status());
        assertEquals(302, Api.get(null, "/metrics").status(), "to HTTPS and a login (SecurityIT)");
        Api.Reply openapi = Api.get(null, "/openapi");
        assertEquals(200, openapi.status());
        assertTrue(openapi.body().contains("/api/v1/estates/{id}/units"));
        assertEquals(200, Api.get(null, "/openapi/ui/").status());
    }
}
