package org.estatedesk.it;

import static org.estatedesk.it.Api.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 18, section 3 (ASVS level 2), black-box: who may move an assigned task; password hashing cost and login
 * time for unknown users; security headers on every answer (401 and 403 too), no-store, HSTS on HTTPS, a CSP
 * without 'unsafe-eval'; /metrics only for the metrics user.
 */
class SecurityIT {
    private static final AtomicInteger NEXT_UNIT = new AtomicInteger();
    private static JsonArray units;
    private static long estate;

    @BeforeAll
    static void units() {
        estate = GivenEstates.freshEstate("SEC", 3);
        units = Api.get("manager", "/api/v1/estates/" + estate + "/units?size=100").json().getJsonArray("items");
    }

    private static long freshUnit() {
        return units.getJsonObject(NEXT_UNIT.getAndIncrement()).getJsonNumber("id").longValue();
    }

    private static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    /** A repair of engineering's, assigned by the engineering manager to the technician. */
    private static long repairAssignedToTech() {
        long rec = id(GivenServiceDesk.reception("frontdesk", estate, freshUnit()));
        long task = id(GivenServiceDesk.task("frontdesk", rec, """
                {"kind":"REPAIR","categoryCode":"water-pipe"}"""));
        GivenServiceDesk.act("engineer", task, """
                {"action":"ASSIGN","assignee":"tech"}""");
        return task;
    }

    @Test
    void onlyTheAssigneeOrHisSupervisorsMoveAnAssignedTask() {
        long task = repairAssignedToTech();
        JsonObject before = Api.get("tech", "/api/v1/tasks/" + task).json();

        Api.Reply plan = Api.post("finance", "/api/v1/tasks/" + task + "/actions", """
                {"action":"PLAN","comment":"not mine"}""");
        problem(plan, 403);
        assertEquals("error.task.notYourTask", plan.json().getString("code"));
        problem(Api.post("assistant", "/api/v1/tasks/" + task + "/actions", """
                {"action":"DISCUSS"}"""), 403);
        JsonObject after = Api.get("tech", "/api/v1/tasks/" + task).json();
        assertEquals("TO_REPLY", after.getString("state"), "nothing changed");
        assertEquals(before.getInt("version"), after.getInt("version"));
        assertEquals(before.getJsonArray("history").size(), after.getJsonArray("history").size());

        // the assignee plans; someone else's COMPLETE is refused, the assignee's goes through
        assertEquals("TO_IMPLEMENT", GivenServiceDesk.act("tech", task, "{\"action\":\"PLAN\"}").getString("state"));
        problem(Api.post("assistant", "/api/v1/tasks/" + task + "/actions", """
                {"action":"COMPLETE","comment":"done by someone else"}"""), 403);
        assertEquals("TO_IMPLEMENT", Api.get("tech", "/api/v1/tasks/" + task).json().getString("state"));
        assertEquals("COMPLETED", GivenServiceDesk.act("tech", task, "{\"action\":\"COMPLETE\","
                + GivenServiceDesk.onSite("换阀门") + "}").getString("state"));
    }

    @Test
    void theAssigneesSupervisorAndTheCsManagerMayStillMoveIt() {
        long byEngineer = repairAssignedToTech();
        assertEquals("TO_IMPLEMENT", GivenServiceDesk.act("engineer", byEngineer, "{\"action\":\"PLAN\"}")
                .getString("state"));
        long byManager = repairAssignedToTech();
        assertEquals("IN_DISCUSSION", GivenServiceDesk.act("manager", byManager, "{\"action\":\"DISCUSS\"}")
                .getString("state"));
    }

    // ---- headers ----

    private static void assertSecurityHeaders(HttpResponse<?> r, String what) {
        String csp = r.headers().firstValue("Content-Security-Policy").orElse(null);
        assertNotNull(csp, what + ": CSP");
        assertTrue(csp.contains("frame-ancestors 'none'"), what + ": " + csp);
        assertFalse(csp.contains("unsafe-eval"), what + ": " + csp);
        String scripts = java.util.Arrays.stream(csp.split(";")).map(String::trim)
                .filter(d -> d.startsWith("script-src")).findFirst().orElse("");
        assertFalse(scripts.contains("unsafe-inline"), what + ": " + scripts);
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null), what);
        assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(null), what);
        assertNotNull(r.headers().firstValue("Referrer-Policy").orElse(null), what);
        String cache = r.headers().firstValue("Cache-Control").orElse("");
        assertTrue(cache.startsWith("no-store"), what + ": Cache-Control " + cache);
    }

    @Test
    void theBrowsersIconNeedsNoLoginAndMayBeCached() {
        // every page visit asks for it: a 404 there cost a failure report (FFDC) per visit
        Api.Download icon = Api.download(null, "/favicon.ico");
        assertEquals(200, icon.status());
        assertTrue(icon.contentType().startsWith("image/"), icon.contentType());
        assertEquals(0, icon.body()[0]);
        assertEquals(1, icon.body()[2], "an icon file (ICO header)");
        assertTrue(icon.raw().headers().firstValue("Cache-Control").orElse("").isEmpty(), "cacheable");
    }

    @Test
    void securityHeadersAndNoStoreOnApiAnswersAlsoOn401And403() {
        assertSecurityHeaders(Api.get("frontdesk", "/api/v1/me").raw(), "200");
        Api.Reply anonymous = Api.get(null, "/api/v1/me");
        assertEquals(401, anonymous.status());
        assertSecurityHeaders(anonymous.raw(), "401 without credentials");
        Api.Reply wrong = Api.get("nobody-" + UUID.randomUUID(), "wrong", "/api/v1/me");
        assertEquals(401, wrong.status());
        assertSecurityHeaders(wrong.raw(), "401 wrong credentials");
        Api.Reply forbidden = Api.post("finance", "/api/v1/tasks/" + repairAssignedToTech() + "/actions", """
                {"action":"PLAN"}""");
        assertEquals(403, forbidden.status(), forbidden.body());
        assertSecurityHeaders(forbidden.raw(), "403");
    }

    @Test
    void securityHeadersOnPagesTheLoginRedirectAndTheForbiddenPage() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager()).build();
        HttpResponse<String> redirect = client.send(HttpRequest.newBuilder(URI.create(Api.BASE + "/index.xhtml"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, redirect.statusCode());
        assertSecurityHeaders(redirect, "redirect to the login");
        login(client, "frontdesk");
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(Api.BASE + "/index.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertSecurityHeaders(page, "a page");
        // PrimeFaces' nonce-based policy: every script of the page carries the nonce of the page's policy
        List<String> policies = page.headers().allValues("Content-Security-Policy");
        String nonce = policies.stream().map(c -> Pattern.compile("'nonce-([^']+)'").matcher(c))
                .filter(Matcher::find).map(n -> n.group(1)).findFirst().orElse(null);
        assertNotNull(nonce, "a nonce in " + policies);
        String withNonce = "'nonce-" + nonce + "'";
        assertTrue(policies.stream().allMatch(c -> c.contains(withNonce)),
                "a browser enforces every policy: each must allow the page's scripts " + policies);
        Matcher scripts = Pattern.compile("<script[^>]*>").matcher(page.body());
        int count = 0;
        while (scripts.find()) {
            assertTrue(scripts.group().contains("nonce=\"" + nonce + "\""), scripts.group());
            count++;
        }
        assertTrue(count > 0, "scripts checked");
        assertFalse(page.body().contains(" onclick=\""), "no inline event handlers");
        HttpResponse<String> forbidden = client.send(HttpRequest.newBuilder(
                URI.create(Api.BASE + "/admin/users.xhtml")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, forbidden.statusCode());
        assertSecurityHeaders(forbidden, "the 403 page");
    }

    /** Logs a page session in through the login form. */
    private static void login(HttpClient client, String user) throws Exception {
        HttpResponse<String> form = client.send(HttpRequest.newBuilder(URI.create(Api.BASE + "/login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        // every hidden field of the form (the view state, MyFaces' form marker), then the user's fields
        StringBuilder body = new StringBuilder("login%3Ausername=" + user + "&login%3Apassword=demo&login%3Asubmit=");
        Matcher m = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>").matcher(form.body());
        while (m.find()) {
            Matcher name = Pattern.compile("name=\"([^\"]*)\"").matcher(m.group());
            Matcher value = Pattern.compile("value=\"([^\"]*)\"").matcher(m.group());
            if (name.find()) {
                body.append('&').append(URLEncoder.encode(name.group(1), StandardCharsets.UTF_8)).append('=')
                        .append(value.find() ? URLEncoder.encode(value.group(1).replace("&amp;", "&"),
                                StandardCharsets.UTF_8) : "");
            }
        }
        HttpResponse<String> done = client.send(HttpRequest.newBuilder(URI.create(Api.BASE + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, done.statusCode(), "logged in: " + done.statusCode());
    }

    /** The server's HTTPS address, from the redirect /metrics answers over HTTP. */
    private static String httpsBase() {
        Api.Reply r = Api.get(null, "/metrics");
        assertEquals(302, r.status(), "/metrics over HTTP sends to HTTPS");
        URI location = URI.create(r.header("Location"));
        assertEquals("https", location.getScheme());
        return "https://" + location.getAuthority();
    }

    /** A client for the test server's self-signed certificate. */
    private static HttpClient insecureClient() throws Exception {
        TrustManager trustAll = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(null, new TrustManager[] {trustAll}, new SecureRandom());
        return HttpClient.newBuilder().sslContext(ssl).connectTimeout(Duration.ofSeconds(10)).build();
    }

    private static HttpResponse<String> get(HttpClient client, String url, String credentials) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (credentials != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void hstsOnHttpsOnly() throws Exception {
        assertTrue(Api.get("frontdesk", "/api/v1/me").raw().headers().firstValue("Strict-Transport-Security")
                .isEmpty(), "not over plain HTTP");
        HttpResponse<String> r = get(insecureClient(), httpsBase() + "/api/v1/me", "frontdesk:demo");
        assertEquals(200, r.statusCode());
        String hsts = r.headers().firstValue("Strict-Transport-Security").orElse("");
        assertTrue(hsts.contains("max-age=31536000"), hsts);
        assertSecurityHeaders(r, "HTTPS");
    }

    @Test
    void metricsOnlyForTheMetricsUser() throws Exception {
        HttpClient client = insecureClient();
        String metrics = httpsBase() + "/metrics";
        assertEquals(401, get(client, metrics, null).statusCode(), "anonymous");
        assertEquals(401, get(client, metrics, "frontdesk:demo").statusCode(), "an application user");
        assertEquals(401, get(client, metrics, "metrics:wrong").statusCode());
        HttpResponse<String> ok = get(client, metrics, "metrics:metrics-only-for-monitoring");
        assertEquals(200, ok.statusCode());
        assertTrue(ok.body().contains("jvm_uptime_seconds") || ok.body().contains("base_"), "metrics served");
    }

    // ---- passwords ----

    private static long millis(String user, String password) {
        long t = System.nanoTime();
        assertEquals(401, Api.get(user, password, "/api/v1/me").status());
        return (System.nanoTime() - t) / 1_000_000;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    /**
     * A wrong password costs a real PBKDF2 verification at today's iterations (tens of milliseconds at least; 2,048
     * iterations took about one), and a user who does not exist costs the same: the time does not tell them apart.
     */
    @Test
    void aWrongPasswordIsSlowAndAnUnknownUserEquallySo() {
        String name = "pw" + UUID.randomUUID().toString().substring(0, 8);
        long company = Api.get("frontdesk", "/api/v1/me").json().getJsonArray("companyIds").getJsonNumber(0)
                .longValue();
        assertEquals(201, Api.post("admin", "/api/v1/users", """
                {"username":"%s","displayName":"Password test","password":"secret-123","companyId":%d,
                 "roles":["FRONT_DESK"],"scopes":[{"companyId":%d}]}""".formatted(name, company, company)).status());
        List<Long> known = new ArrayList<>();
        List<Long> unknown = new ArrayList<>();
        for (int i = 0; i < 4; i++) { // four wrong passwords: one short of the lockout
            known.add(millis(name, "wrong-" + i));
            unknown.add(millis("nobody-" + UUID.randomUUID(), "wrong-" + i));
        }
        long k = median(known);
        long u = median(unknown);
        assertTrue(k >= 40, "a wrong password costs a PBKDF2 verification of 600,000 iterations: " + known);
        assertTrue(u * 2 >= k && k * 2 >= u, "unknown " + unknown + " vs known " + known);
        assertEquals(200, Api.get(name, "secret-123", "/api/v1/me").status(), "not locked by four failures");
    }
}
