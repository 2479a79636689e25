package org.estatedesk.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A tiny HTTP client for the black-box tests: Basic authentication, JSON in and out. */
final class Api {
    static final String BASE = System.getProperty("estatedesk.url", "http://localhost:9080");
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

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

    /**
     * A new estate of the manager's company with one building of {@code floors} × 4 units, generated by the
     * unit-generation job: units no other test has touched. Returns the estate's id.
     */
    static long freshEstate(String prefix, int floors) {
        return freshEstate(prefix, floors, "RESIDENCE");
    }

    /** A fresh estate as above whose units are of the given type (SHOP, GARAGE …). */
    static long freshEstate(String prefix, int floors, String unitType) {
        long company = get("manager", "/api/v1/me").json().getJsonArray("companyIds").getJsonNumber(0).longValue();
        String code = prefix + Long.toString(System.nanoTime() % 10_000_000L, 36).toUpperCase();
        Reply estate = post("admin", "/api/v1/estates", """
                {"companyId":%d,"code":"%s","name":"测试项目 %s","city":"厦门","address":"test"}"""
                .formatted(company, code, code));
        if (estate.status() != 201) {
            throw new IllegalStateException(estate.body());
        }
        long id = estate.json().getJsonNumber("id").longValue();
        post("manager", "/api/v1/estates/" + id + "/buildings", "{\"code\":\"A\",\"name\":\"A\",\"floors\":" + floors + "}");
        Reply run = post("manager", "/api/v1/unit-generation/runs", """
                {"estateId":%d,"entrances":["1"],"fromFloor":1,"toFloor":%d,"unitsPerFloor":4,
                 "pattern":"{building}-{entrance}-{ff}{nn}","type":"%s","area":"88.00"}""".formatted(id, floors, unitType));
        if (run.status() != 202) {
            throw new IllegalStateException(run.body());
        }
        long runId = run.json().getJsonNumber("id").longValue();
        for (int i = 0; i < 240; i++) {
            String state = get("manager", "/api/v1/unit-generation/runs/" + runId).json().getString("state");
            if (state.equals("COMPLETED")) {
                return id;
            }
            if (!state.startsWith("START")) {
                throw new IllegalStateException("unit generation " + state);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("unit generation did not finish");
    }

    /** The id of a demo estate by code, as the group administrator sees it. */
    static long estateId(String code) {
        for (var v : get("admin", "/api/v1/estates").array()) {
            JsonObject e = v.asJsonObject();
            if (e.getString("code").equals(code)) {
                return e.getJsonNumber("id").longValue();
            }
        }
        throw new IllegalStateException("no estate " + code);
    }
}
