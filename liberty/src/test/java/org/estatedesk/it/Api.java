package org.estatedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The black-box tests' one HTTP client: Basic authentication, JSON in and out, and the three checks every test
 * uses — {@link #ok} (the expected status and its JSON), {@link #problem} (a refusal as application/problem+json)
 * and {@link #await} (poll a condition to a deadline). The data a test needs is built by the {@code Given…}
 * fixtures of its capability, never borrowed from another IT class.
 */
final class Api {
    static final String BASE = System.getProperty("estatedesk.url", "http://localhost:9080");
    /** How long {@link #await} waits by default: a batch job on the shared 2-core machine. */
    static final Duration AWAIT = Duration.ofSeconds(100);
    private static final long POLL_MILLIS = 250;
    /**
     * HTTP/1.1, not the client's default HTTP/2 (h2c upgrade on the plain port): under load an HTTP/2 connection
     * between the JDK's client and Liberty stalled for good — every later request on it waited past its own 60-s
     * timeout, seen in a CI run stuck for minutes in ConcurrentUpdateIT. With HTTP/1.1 every request has a connection
     * of its own from the pool, as the browsers of the page tests have.
     */
    /**
     * The tag of a test class that exercises no database at all (a document, a view state, the login form): bin/test
     * runs it against H2 only, not again against PostgreSQL.
     */
    static final String DATABASE_AGNOSTIC = "database-agnostic";

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    static {
        // the server mails as soon as a change commits: the tests' SMTP server listens from the first request on
        SmtpSink.get();
    }

    record Reply(int status, String contentType, String body, HttpResponse<String> raw) {
        JsonObject json() {
            return (JsonObject) parse();
        }

        JsonArray array() {
            return (JsonArray) parse();
        }

        private JsonStructure parse() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    /** A binary answer (a PDF): status, content type, the bytes. */
    record Download(int status, String contentType, byte[] body, HttpResponse<byte[]> raw) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private Api() {
    }

    /** GETs a binary resource, authenticated with Basic ({@code user}) or with the given header (a page session). */
    static Download download(String user, String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(BASE + path)).GET();
        if (user != null) {
            builder.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        if (headers.length > 0) {
            builder.headers(headers);
        }
        try {
            HttpResponse<byte[]> r = CLIENT.send(builder.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Download(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Reply get(String user, String path) {
        return send(user, "demo", HttpRequest.newBuilder(URI.create(BASE + path)).GET());
    }

    static Reply get(String user, String password, String path) {
        return send(user, password, HttpRequest.newBuilder(URI.create(BASE + path)).GET());
    }

    static Reply post(String user, String path, String json) {
        return send(user, "demo", HttpRequest.newBuilder(URI.create(BASE + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    static Reply put(String user, String path, String json) {
        return send(user, "demo", HttpRequest.newBuilder(URI.create(BASE + path))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    static Reply delete(String user, String path) {
        return send(user, "demo", HttpRequest.newBuilder(URI.create(BASE + path)).DELETE());
    }

    static Reply upload(String user, String path, String contentType, byte[] body) {
        return send(user, "demo", HttpRequest.newBuilder(URI.create(BASE + path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    static Reply send(String user, String password, HttpRequest.Builder builder) {
        if (user != null) {
            builder.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<String> r = CLIENT.send(builder.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Asserts the answer's status and returns its JSON object (an empty object when the answer has no body). */
    static JsonObject ok(Reply r, int status) {
        assertEquals(status, r.status(), r.body());
        return r.body().isEmpty() ? JsonValue.EMPTY_JSON_OBJECT : r.json();
    }

    /** Asserts the status and an {@code application/problem+json} body; returns the problem. */
    static JsonObject problem(Reply r, int status) {
        assertEquals(status, r.status(), r.body());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        assertFalse(r.body().isBlank(), "a problem+json answer has a body");
        return r.json();
    }

    /** A problem as above naming the field that was refused ({@code null}: any field or none). */
    static JsonObject problemAt(Reply r, int status, String field) {
        JsonObject problem = problem(r, status);
        if (field != null) {
            assertEquals(field, problem.getString("field"), r.body());
        }
        return problem;
    }

    /** A problem as above with the error code ({@code null}: any code). */
    static JsonObject problemCode(Reply r, int status, String code) {
        JsonObject problem = problem(r, status);
        if (code != null) {
            assertEquals(code, problem.getString("code"), r.body());
        }
        return problem;
    }

    /** A refused download: the status and an {@code application/problem+json} body. */
    static void problem(Download r, int status) {
        assertEquals(status, r.status(), r.text());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        assertFalse(r.body().length == 0, "a problem+json answer has a body");
    }

    /**
     * Polls {@code probe} every {@value #POLL_MILLIS} ms until {@code done} holds for its value, and returns that
     * value; fails naming {@code what} and the last value seen when the deadline passes first.
     */
    static <T> T await(String what, Duration timeout, Supplier<T> probe, Predicate<? super T> done) {
        long deadline = System.nanoTime() + timeout.toNanos();
        T last = probe.get();
        while (!done.test(last)) {
            if (System.nanoTime() - deadline >= 0) {
                fail(what + " did not happen within " + timeout + "; last seen: " + last);
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            last = probe.get();
        }
        return last;
    }

    /** {@link #await(String, Duration, Supplier, Predicate)} with the suite's usual deadline of 100 s. */
    static <T> T await(String what, Supplier<T> probe, Predicate<? super T> done) {
        return await(what, AWAIT, probe, done);
    }
}
