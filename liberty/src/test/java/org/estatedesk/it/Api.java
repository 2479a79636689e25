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

    private Api() {
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
