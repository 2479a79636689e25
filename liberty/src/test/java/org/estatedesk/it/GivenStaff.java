package org.estatedesk.it;

import static org.estatedesk.it.Api.ok;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.time.temporal.IsoFields;

/** Test data of the organisation's staff: fresh staff members with a password of their own, and their work log. */
final class GivenStaff {
    /** The password of every fresh staff member. */
    static final String PASSWORD = "secret-123";

    private GivenStaff() {
    }

    /** A new technician in the demo manager's company and department; returns the user name. */
    static String freshStaff(String prefix) {
        return freshStaff(prefix, "TECHNICIAN");
    }

    /** A new user of the demo manager's company and department with one role; returns the user name. */
    static String freshStaff(String prefix, String role) {
        JsonObject manager = Api.get("admin", "/api/v1/users?q=manager").json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).filter(u -> u.getString("username").equals("manager")).findFirst()
                .orElseThrow();
        long company = manager.getJsonNumber("companyId").longValue();
        long department = manager.getJsonNumber("departmentId").longValue();
        String name = prefix + Long.toString(System.nanoTime() % 100_000_000L, 36);
        ok(Api.post("admin", "/api/v1/users", """
                {"username":"%s","displayName":"日志测试 %s","password":"%s","companyId":%d,"departmentId":%d,
                 "roles":["%s"],"scopes":[{"companyId":%d}]}""".formatted(name, name, PASSWORD, company,
                department, role, company)), 201);
        return name;
    }

    /** The ISO week of the day as the work log names it ({@code 2026-W49}). */
    static String week(LocalDate day) {
        return String.format("%04d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** A fresh staff member writes (or rewrites) his work log of the day. */
    static Api.Reply writeWorkLog(String user, LocalDate day, String json) {
        return Api.send(user, PASSWORD, HttpRequest.newBuilder(URI.create(Api.BASE + "/api/v1/work-logs/" + day))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }
}
