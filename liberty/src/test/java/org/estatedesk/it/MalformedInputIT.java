package org.estatedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Bad input never breaks the server (issue 18): every operation of the OpenAPI document that takes a body gets a set of
 * bad bodies, every list a set of bad parameters, every record read by id another company's id. No answer is a 5xx,
 * every refusal is problem+json, the server answers its health check within a second after each, and the lists count
 * what they counted before.
 */
class MalformedInputIT {
    /** HTTP/1.1 like {@link Api}'s client: its large refused bodies are the requests an HTTP/2 connection stalled on. */
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    /**
     * The text of every field of the "huge text" body: 29 fields of 12,500 three-byte characters make a body just
     * over the 1 MB every JSON body is held to (413). More would test nothing more and only cost time: the server
     * stops at the limit.
     */
    private static final String BIG_TEXT = "长".repeat(12_500);

    /** Bodies no operation may accept: each must be refused with a 4xx. */
    private static Map<String, String> refusedBodies() {
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("array", "[]");
        bodies.put("array of objects", "[{\"estateId\":1}]");
        bodies.put("string", "\"text\"");
        bodies.put("number", "42");
        bodies.put("null", "null");
        bodies.put("truncated", "{\"name\": ");
        bodies.put("trailing garbage", "{\"name\":\"x\"} garbage");
        bodies.put("two objects", "{}{}");
        bodies.put("nested 1000 deep", "{\"a\":".repeat(1000) + "1" + "}".repeat(1000));
        bodies.put("arrays 1000 deep", "[".repeat(1000) + "]".repeat(1000));
        bodies.put("control characters", "{\"name\":\"A\\u0000B\",\"description\":\"x\\u0007y\",\"code\":\"c\\u001b\","
                + "\"reason\":\"r\\u0000\",\"comment\":\"\\u0001\",\"note\":\"\\u0002\",\"title\":\"\\u0003\"}");
        bodies.put("5 MB", "{\"description\":\"" + "x".repeat(5 * 1024 * 1024) + "\"}");
        return bodies;
    }

    /** Bodies of the right shape with wrong values in the fields operations commonly read: no 5xx, whatever else. */
    private static Map<String, String> wrongValueBodies() {
        String[] ids = {"estateId", "unitId", "companyId", "buildingId", "ownerId", "taskId", "keyId", "fileId",
            "contractorId", "feeItemId", "billId", "version", "floors", "fromFloor", "toFloor", "unitsPerFloor",
            "months", "warrantyMonths", "quantity", "days"};
        String[] texts = {"name", "code", "description", "location", "callerName", "callerPhone", "phone", "note",
            "comment", "reason", "title", "purpose", "borrower", "action", "kind", "state", "method", "channel",
            "period", "date", "dueAt", "from", "to", "amount", "area", "idType", "idNumber", "email", "assignee"};
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("fractions for ids", fill(ids, "8.9", texts, null));
        bodies.put("huge numbers", fill(ids, "1e400", texts, null));
        bodies.put("beyond long", fill(ids, "99999999999999999999999", texts, null));
        bodies.put("text for numbers", fill(ids, "\"abc\"", texts, "12345"));
        bodies.put("objects everywhere", fill(ids, "{}", texts, "{}"));
        bodies.put("arrays everywhere", fill(ids, "[1]", texts, "[\"x\"]"));
        bodies.put("nulls in lists", "{\"entrances\":[null],\"buildingIds\":[null],\"lines\":[null],\"ids\":[null],"
                + "\"items\":[null],\"answers\":[null],\"estateId\":1}");
        bodies.put("huge text", fill(ids, "1", texts, "\"" + BIG_TEXT + "\""));
        bodies.put("bad dates", fill(ids, "1", texts, "\"2026-13-45T99:99\""));
        return bodies;
    }

    private static String fill(String[] ids, String idValue, String[] texts, String textValue) {
        StringBuilder b = new StringBuilder("{");
        for (String id : ids) {
            b.append('"').append(id).append("\":").append(idValue).append(',');
        }
        for (String t : texts) {
            b.append('"').append(t).append("\":").append(textValue == null ? "\"x\"" : textValue).append(',');
        }
        b.setLength(b.length() - 1);
        return b.append('}').toString();
    }

    private record Operation(String method, String path, String contentType) {
        String concrete(String id) {
            return path.replaceAll("\\{[^}]+}", id);
        }
    }

    private static JsonObject openApi() {
        Api.Reply r = Api.send(null, null, HttpRequest.newBuilder(URI.create(Api.BASE + "/openapi"))
                .header("Accept", "application/json").GET());
        assertEquals(200, r.status());
        return r.json();
    }

    private static List<Operation> operations(JsonObject doc, boolean withBody) {
        List<Operation> ops = new ArrayList<>();
        doc.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, op) -> {
            if (!(op instanceof JsonObject o)) {
                return;
            }
            boolean body = o.containsKey("requestBody");
            if (withBody && body) {
                String type = o.getJsonObject("requestBody").getJsonObject("content").keySet().iterator().next();
                ops.add(new Operation(method.toUpperCase(), path, type.equals("*/*") ? "application/pdf" : type));
            } else if (!withBody && method.equals("get")) {
                ops.add(new Operation("GET", path, null));
            }
        }));
        return ops;
    }

    private static HttpResponse<String> send(String user, String method, String path, String type, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(Api.BASE + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo")
                        .getBytes(StandardCharsets.UTF_8)));
        if (body == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", type).method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        try {
            return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The server still answers its liveness check, UP within a second. (Not the readiness check: Liberty's readiness
     * flapped to 503 "applications are not started yet: [estatedesk]" twice in a clean-clone run, also between
     * requests that had nothing to do with it — recorded in the issue, to be found separately.)
     */
    private static String healthProblem() {
        long start = System.nanoTime();
        try {
            HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(URI.create(Api.BASE + "/health/live"))
                    .timeout(Duration.ofSeconds(1)).GET().build(), HttpResponse.BodyHandlers.ofString());
            long ms = (System.nanoTime() - start) / 1_000_000;
            return r.statusCode() == 200 && ms <= 1000 ? null : "health " + r.statusCode() + " after " + ms + " ms";
        } catch (IOException e) {
            return "health check failed: " + e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String judge(HttpResponse<String> r, boolean mustRefuse) {
        int s = r.statusCode();
        String type = r.headers().firstValue("Content-Type").orElse("");
        if (s >= 500) {
            return "answered " + s + ": " + r.body().substring(0, Math.min(200, r.body().length()));
        }
        if (s >= 400 && !type.startsWith("application/problem+json")) {
            return "answered " + s + " as " + type;
        }
        if (s >= 400 && r.body().length() > 2000) {
            return "a problem of " + r.body().length() + " characters (the input echoed?)";
        }
        if (mustRefuse && s < 400) {
            return "accepted a bad body with " + s;
        }
        return null;
    }

    /** Totals of a few lists, to show that refused requests changed nothing. */
    private static Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("estates", (long) Api.get("admin", "/api/v1/estates").array().size());
        for (String list : List.of("/api/v1/owners?size=1", "/api/v1/receptions?size=1", "/api/v1/keys?size=1",
                "/api/v1/archive-files?size=1", "/api/v1/tasks?size=1")) {
            Api.Reply r = Api.get("admin", list);
            assertEquals(200, r.status(), list + ": " + r.body());
            counts.put(list, r.json().getJsonNumber("total").longValue());
        }
        return counts;
    }

    @Test
    void everyOperationWithABodyRefusesBadBodiesWithoutA5xxAndChangesNothing() {
        List<Operation> ops = operations(openApi(), true);
        assertTrue(ops.size() >= 90, "operations with a body: " + ops.size());
        Map<String, Long> before = counts();
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (Operation op : ops) {
            String path = op.concrete("1");
            boolean json = op.contentType().equals("application/json");
            Map<String, String> refused = json ? refusedBodies() : Map.of("5 MB", "x".repeat(5 * 1024 * 1024 + 1),
                    "not the claimed type", "plain text, not a document");
            for (var body : refused.entrySet()) {
                HttpResponse<String> r = send("admin", op.method(), path, op.contentType(), body.getValue());
                requests++;
                String problem = judge(r, true);
                if (problem == null) {
                    problem = healthProblem();
                }
                if (problem != null) {
                    failures.add(op.method() + " " + op.path() + " [" + body.getKey() + "] " + problem);
                }
            }
            if (json) {
                for (var body : wrongValueBodies().entrySet()) {
                    HttpResponse<String> r = send("admin", op.method(), path, op.contentType(), body.getValue());
                    requests++;
                    String problem = judge(r, false);
                    if (problem == null) {
                        problem = healthProblem();
                    }
                    if (problem != null) {
                        failures.add(op.method() + " " + op.path() + " [" + body.getKey() + "] " + problem);
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + requests + " requests:\n" + String.join("\n",
                failures));
        assertEquals(before, counts(), "the refused requests changed nothing");
    }

    @Test
    void badParametersAreA400ProblemNamingTheParameter() {
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (Operation op : operations(openApi(), false)) {
            if (op.path().startsWith("/api/v1/public/")) {
                continue;
            }
            List<String> paths = new ArrayList<>();
            if (op.path().contains("{")) {
                paths.add(op.concrete("abc"));
                paths.add(op.concrete("1.5"));
                paths.add(op.concrete("99999999999999999999"));
            }
            String plain = op.concrete("1");
            paths.add(plain + "?page=-1&size=100000");
            paths.add(plain + "?page=x&size=y&estateId=z&unitId=1.5&from=2026-13-01&period=13-2026");
            paths.add(plain + "?page=2147483647&size=500");
            paths.add(plain + "?q=%25%00%27%22" + "x".repeat(3000));
            for (String path : paths) {
                HttpResponse<String> r = send("admin", "GET", path, null, null);
                requests++;
                String problem = judge(r, false);
                if (problem == null && op.path().matches(".*\\{(id|[a-zA-Z]+Id)}.*") && path.contains("abc")
                        && r.statusCode() != 400) {
                    problem = "a non-numeric id answered " + r.statusCode() + ", not 400";
                }
                if (problem == null) {
                    problem = healthProblem();
                }
                if (problem != null) {
                    failures.add("GET " + path.substring(0, Math.min(120, path.length())) + " " + problem);
                }
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + requests + " requests:\n" + String.join("\n",
                failures));
        Api.Reply nul = Api.get("admin", "/api/v1/users?q=a%00b");
        assertEquals(400, nul.status(), "a NUL in a search text (PostgreSQL refuses it in any string): " + nul.body());
        assertEquals("q", nul.json().getString("field"));
        Api.Reply r = Api.get("admin", "/api/v1/owners/abc");
        assertEquals(400, r.status());
        assertEquals("id", r.json().getString("field"));
        assertTrue(!r.body().contains("RESTEASY") && !r.body().contains("jakarta."), r.body());
    }

    @Test
    void searchTextMatchesPercentAndUnderscoreLiterally() {
        String mark = Long.toString(System.nanoTime());
        String name = "甲乙_%" + mark;
        Api.Reply created = Api.post("frontdesk", "/api/v1/owners", """
                {"name":"%s","idType":"PASSPORT","idNumber":"E%s","phone":"13900002222"}"""
                .formatted(name, mark.substring(mark.length() - 8)));
        assertEquals(201, created.status(), created.body());
        assertEquals(1, ownersFound("甲乙_%" + mark), "the text itself is found");
        assertEquals(0, ownersFound("甲%" + mark), "'%' is a character, not a wildcard");
        assertEquals(0, ownersFound("甲乙__" + mark), "'_' is a character, not a wildcard");
        assertEquals(0, ownersFound("甲!" + mark), "the escape character is a character too");
    }

    private static long ownersFound(String q) {
        Api.Reply r = Api.get("frontdesk", "/api/v1/owners?size=5&q=" + java.net.URLEncoder.encode(q,
                StandardCharsets.UTF_8));
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonNumber("total").longValue();
    }

    private static final List<String> XIAMEN = List.of("manager", "finance", "frontdesk", "engineer", "archivist",
            "assistant");
    private static final List<String> CHONGQING = List.of("manager2", "frontdesk2");
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*");

    /**
     * Every record read by id: an id the Xiamen staff can read is a 404 (or a 403 for a role that may not read that
     * kind at all) for the Chongqing staff, whose lists do not hold it either; a 404 names nothing but what was asked.
     */
    @Test
    void anotherCompanysRecordsAre404AndAbsentFromItsLists() {
        JsonObject doc = openApi();
        List<String> failures = new ArrayList<>();
        TreeSet<String> covered = new TreeSet<>();
        for (Operation op : operations(doc, false)) {
            String path = op.path();
            if (!path.matches("/api/v1/.+/\\{id}") || path.startsWith("/api/v1/public/")) {
                continue;
            }
            Long found = null;
            for (long id = 1; id <= 12 && found == null; id++) {
                for (String user : XIAMEN) {
                    if (send(user, "GET", op.concrete(Long.toString(id)), null, null).statusCode() == 200) {
                        found = id;
                        break;
                    }
                }
            }
            if (found == null) {
                continue;
            }
            covered.add(path);
            String concrete = op.concrete(Long.toString(found));
            for (String user : CHONGQING) {
                HttpResponse<String> r = send(user, "GET", concrete, null, null);
                if (r.statusCode() != 404 && r.statusCode() != 403) {
                    failures.add(user + " GET " + concrete + " answered " + r.statusCode());
                    continue;
                }
                String problem = judge(r, false);
                if (problem != null) {
                    failures.add(user + " GET " + concrete + " " + problem);
                }
                if (r.statusCode() == 404) {
                    Matcher m = NUMBER.matcher(r.body().replaceAll("\"status\":404", ""));
                    while (m.find()) {
                        String n = m.group().replace(",", "");
                        if (!n.equals(Long.toString(found))) {
                            failures.add(user + " GET " + concrete + ": the 404 names something else (" + n + "): "
                                    + r.body());
                            break;
                        }
                    }
                }
            }
            String list = path.substring(0, path.length() - "/{id}".length());
            if (doc.getJsonObject("paths").containsKey(list)
                    && doc.getJsonObject("paths").getJsonObject(list).containsKey("get")) {
                for (String user : CHONGQING) {
                    HttpResponse<String> r = send(user, "GET", list + (list.contains("?") ? "&" : "?") + "size=500",
                            null, null);
                    if (r.statusCode() == 200 && holdsId(r.body(), found)) {
                        failures.add(user + " GET " + list + " lists id " + found + " of Xiamen");
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertTrue(covered.size() >= 6, "records of Xiamen found to try: " + covered);
    }

    private static boolean holdsId(String body, long id) {
        JsonValue v;
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(body))) {
            v = reader.readValue();
        }
        JsonArray items = v instanceof JsonArray a ? a
                : v instanceof JsonObject o && o.get("items") instanceof JsonArray a2 ? a2 : null;
        if (items == null) {
            return false;
        }
        for (JsonValue item : items) {
            if (item instanceof JsonObject o && o.get("id") instanceof jakarta.json.JsonNumber n
                    && n.longValue() == id) {
                return true;
            }
        }
        return false;
    }
}
