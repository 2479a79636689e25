package org.estatedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The task list's search (issue 20) through {@code GET /api/v1/tasks}: keyword (task number, unit code, phone,
 * caller name, the description only within dates), registered dates, category with its sub-categories, department,
 * unit, the orders, and 400s naming the parameter — over tasks of a fresh estate that no other test touches.
 */
class TaskSearchIT {
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static long estate;
    private static String tag;
    private static Map<String, Long> units;
    /** pipe: unit A-1-0101, water-pipe; noise: unit A-1-0102, noise; light: the lobby, street-light. */
    private static JsonObject pipe;
    private static JsonObject noise;
    private static JsonObject light;
    private static String pipePhone;

    @BeforeAll
    static void tasks() {
        estate = GivenEstates.freshEstate("TS", 1);
        units = GivenEstates.unitsByCode(estate);
        tag = GivenEstates.unique();
        String digits = String.format("%08d", Math.abs(System.nanoTime()) % 100_000_000L);
        pipePhone = "139" + digits;
        pipe = task(units.get("A-1-0101"), "甲" + tag, pipePhone, "厨房水管漏水 " + tag.toLowerCase() + "x", "water-pipe");
        noise = task(units.get("A-1-0102"), "乙" + tag, "137" + digits, "楼上噪音", "noise");
        light = task(null, "丙" + tag, "136" + digits, "楼道灯不亮", "street-light");
    }

    private static JsonObject task(Long unit, String caller, String phone, String description, String category) {
        Api.Reply r = Api.post("frontdesk", "/api/v1/receptions", """
                {"estateId":%d,%s"channel":"PHONE","callerName":"%s","callerPhone":"%s","description":"%s"}"""
                .formatted(estate, unit == null ? "\"location\":\"1 号楼大堂\"," : "\"unitId\":" + unit + ",", caller,
                        phone, description));
        assertEquals(201, r.status(), r.body());
        return GivenServiceDesk.task("frontdesk", r.json().getJsonNumber("id").longValue(),
                "{\"categoryCode\":\"" + category + "\"}");
    }

    private static List<JsonObject> items(String query) {
        JsonObject page = Api.ok(Api.get("frontdesk", "/api/v1/tasks?estateId=" + estate + "&size=100" + query), 200);
        List<JsonObject> items = new ArrayList<>();
        for (JsonValue v : page.getJsonArray("items")) {
            items.add(v.asJsonObject());
        }
        assertEquals(items.size(), page.getJsonNumber("total").longValue(), "total of " + query);
        assertTrue(page.getBoolean("totalExact"), "a search of a few tasks counts them exactly: " + query);
        return items;
    }

    private static Set<Long> ids(String query) {
        return items(query).stream().map(t -> t.getJsonNumber("id").longValue())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static long id(JsonObject t) {
        return t.getJsonNumber("id").longValue();
    }

    private static Set<Long> of(JsonObject... tasks) {
        Set<Long> s = new TreeSet<>();
        for (JsonObject t : tasks) {
            s.add(id(t));
        }
        return s;
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void theEstateHoldsTheThreeTasks() {
        assertEquals(of(pipe, noise, light), ids(""));
    }

    @Test
    void aKeywordFindsByTaskNumberUnitPhoneAndCallerName() {
        assertEquals(of(noise), ids("&q=" + noise.getString("number")));
        assertEquals(of(noise), ids("&q=t" + id(noise)));
        assertEquals(of(pipe), ids("&q=A-1-0101"));
        assertEquals(of(pipe, noise), ids("&q=A-1-010"), "a unit code's start");
        assertEquals(of(pipe), ids("&q=" + pipePhone));
        assertEquals(of(pipe), ids("&q=" + enc(pipePhone.substring(0, 3) + " " + pipePhone.substring(3, 9))),
                "a phone's start, typed with a space");
        assertEquals(of(light), ids("&q=" + enc("丙" + tag)));
        assertEquals(of(), ids("&q=" + enc("丁" + tag)));
    }

    @Test
    void theDescriptionIsSearchedOnlyWithinDates() {
        String today = LocalDate.now(CHINA).toString();
        String word = enc(tag.toUpperCase() + "X");
        assertEquals(of(pipe), ids("&q=" + word + "&from=" + today + "&to=" + today), "contains, any case");
        assertEquals(of(), ids("&q=" + word), "without dates the words are a caller's name only");
    }

    @Test
    void theRegisteredDatesAreDaysOfChinaInclusive() {
        LocalDate today = LocalDate.now(CHINA);
        assertEquals(of(pipe, noise, light), ids("&from=" + today + "&to=" + today));
        assertEquals(of(pipe, noise, light), ids("&from=" + today));
        assertEquals(of(), ids("&to=" + today.minusDays(1)));
        assertEquals(of(), ids("&from=" + today.plusDays(1)));
        // the task's registration time read in China's zone is the day it is found under
        LocalDate registered = OffsetDateTime.parse(pipe.getString("createdAt")).atZoneSameInstant(CHINA)
                .toLocalDate();
        assertEquals(today, registered);
    }

    @Test
    void aCategoryIncludesItsSubCategories() {
        Map<String, Long> categories = new java.util.HashMap<>();
        for (JsonValue v : Api.get("frontdesk", "/api/v1/categories").array()) {
            categories.put(v.asJsonObject().getString("code"), v.asJsonObject().getJsonNumber("id").longValue());
        }
        assertEquals(of(pipe, light), ids("&categoryId=" + categories.get("facilities")));
        assertEquals(of(pipe), ids("&categoryId=" + categories.get("water-pipe")));
        assertEquals(of(noise), ids("&categoryId=" + categories.get("neighbours")));
    }

    @Test
    void theDepartmentAndTheUnitNarrow() {
        for (String department : Set.of(pipe.getString("department"), noise.getString("department"))) {
            Set<Long> expected = new TreeSet<>();
            for (JsonObject t : List.of(pipe, noise, light)) {
                if (t.getString("department").equals(department)) {
                    expected.add(id(t));
                }
            }
            assertEquals(expected, ids("&department=" + department), department);
        }
        assertEquals(of(), ids("&department=FINANCE"));
        assertEquals(of(noise), ids("&unitId=" + units.get("A-1-0102")));
        assertEquals(of(pipe), ids("&unitCode=A-1-0101"));
        assertEquals(of(pipe, noise), ids("&unitCode=A-1-"), "the units whose code starts so");
        assertEquals(of(noise), ids("&unitId=" + units.get("A-1-0102") + "&q=A-1-0102&department="
                + noise.getString("department")), "the filters combine");
        assertEquals(of(), ids("&unitId=" + units.get("A-1-0102") + "&q=A-1-0101"));
    }

    @Test
    void theOrders() {
        List<Long> newest = items("").stream().map(TaskSearchIT::id).toList();
        List<Long> byId = new ArrayList<>(newest);
        byId.sort(java.util.Comparator.reverseOrder());
        assertEquals(byId, newest, "newest first by default");
        List<Long> oldest = new ArrayList<>(byId);
        java.util.Collections.reverse(oldest);
        assertEquals(oldest, items("&sort=registered").stream().map(TaskSearchIT::id).toList());
        assertEquals(byId, items("&sort=-registered").stream().map(TaskSearchIT::id).toList());
        List<OffsetDateTime> due = items("&sort=due").stream().map(t -> OffsetDateTime.parse(t.getString("dueAt")))
                .toList();
        assertEquals(3, due.size());
        for (int i = 1; i < due.size(); i++) {
            assertTrue(!due.get(i).isBefore(due.get(i - 1)), "due ascending: " + due);
        }
        List<OffsetDateTime> dueDesc = items("&sort=-due").stream()
                .map(t -> OffsetDateTime.parse(t.getString("dueAt"))).toList();
        List<OffsetDateTime> reversed = new ArrayList<>(due);
        java.util.Collections.reverse(reversed);
        assertEquals(reversed, dueDesc);
        // a filter the counters answer (the estate alone) keeps its total in another order
        JsonObject first = Api.ok(Api.get("frontdesk", "/api/v1/tasks?estateId=" + estate + "&sort=due&size=1"), 200);
        assertEquals(3, first.getJsonNumber("total").longValue());
        assertEquals(1, first.getJsonArray("items").size());
    }

    @Test
    void badValuesAreProblemsNamingTheParameter() {
        Api.problemAt(Api.get("frontdesk", "/api/v1/tasks?from=2026-02-01&to=2026-01-31"), 400, "from");
        Api.problemAt(Api.get("frontdesk", "/api/v1/tasks?from=2026-13-01"), 400, "from");
        Api.problemAt(Api.get("frontdesk", "/api/v1/tasks?to=yesterday"), 400, "to");
        Api.problemAt(Api.get("frontdesk", "/api/v1/tasks?sort=price"), 400, "sort");
        Api.problemAt(Api.get("frontdesk", "/api/v1/tasks?department=KITCHEN"), 400, "department");
    }
}
