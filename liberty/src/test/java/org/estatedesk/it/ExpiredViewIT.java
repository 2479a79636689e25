package org.estatedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A form posted from a view the server no longer holds (the session expired and the user logged in again, the server
 * restarted, a view state that does not decode) is redirected to the same page — never the error page with a 500.
 */
@org.junit.jupiter.api.Tag(Api.DATABASE_AGNOSTIC)
class ExpiredViewIT {
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(10)).build();

    private HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return client.send(b.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String form, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(Api.BASE + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return send(b);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private void login(String user) throws Exception {
        String page = send(HttpRequest.newBuilder(URI.create(Api.BASE + "/login.xhtml")).GET()).body();
        Matcher m = VIEW_STATE.matcher(page);
        assertTrue(m.find(), "the login page has a view state");
        HttpResponse<String> r = post("/login.xhtml", "login_SUBMIT=1&login%3Ausername=" + enc(user)
                + "&login%3Apassword=demo&login%3Asubmit=&jakarta.faces.ViewState=" + enc(m.group(1)));
        assertEquals(302, r.statusCode(), "logged in");
    }

    @Test
    void aPostFromAnUnknownViewRedirectsToThePage() throws Exception {
        login("frontdesk");
        // a view state of the right form that this session never had (an expired view)
        String unknown = "jakarta.faces.ViewState=ZjNmYmY5MmNhN2JmOGUxODAwMDAwMDAx";
        HttpResponse<String> r = post("/index.xhtml?tab=1", "f_SUBMIT=1&" + unknown);
        assertEquals(302, r.statusCode(), r.body());
        assertEquals("/index.xhtml?tab=1", URI.create(r.headers().firstValue("Location").orElseThrow()).getRawPath()
                + "?" + URI.create(r.headers().firstValue("Location").orElseThrow()).getRawQuery());
        assertEquals(302, post("/index.xhtml", "f_SUBMIT=1&jakarta.faces.ViewState=not-a-view-state").statusCode(),
                "a view state that does not decode");
        HttpResponse<String> ajax = post("/index.xhtml", "jakarta.faces.partial.ajax=true&jakarta.faces.source=f"
                + "&f_SUBMIT=1&" + unknown, "Faces-Request", "partial/ajax");
        assertEquals(200, ajax.statusCode());
        assertTrue(ajax.body().contains("<redirect url=\"/index.xhtml\""), ajax.body());
        assertEquals(200, send(HttpRequest.newBuilder(URI.create(Api.BASE + "/index.xhtml")).GET()).statusCode(),
                "the page itself opens");
    }

    @Test
    void withoutASessionThePostGoesToTheLogin() throws Exception {
        HttpResponse<String> r = post("/index.xhtml", "f_SUBMIT=1&jakarta.faces.ViewState=ZjNmYmY5MmNhN2JmOGUxODAwMDAwMDAx");
        assertEquals(302, r.statusCode());
        assertTrue(r.headers().firstValue("Location").orElseThrow().contains("/login.xhtml"));
    }
}
