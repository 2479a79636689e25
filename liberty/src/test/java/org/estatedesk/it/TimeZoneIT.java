package org.estatedesk.it;

import static org.estatedesk.it.Api.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Issue 20, "the front line": every time a person reads is the company's wall-clock time (Asia/Shanghai, UTC+8), and
 * the API writes its timestamps in ISO 8601 with the company's offset ({@code +08:00}), never {@code Z}. The data is
 * made at known instants through the API; each page is then compared with the API's value in China time, and the
 * UTC rendering of the same instant (eight hours earlier) must be nowhere on the page. A sweep opens every menu
 * entry of every demo user at 390 px in Chinese and English and fails on raw ISO timestamps, missing bundle keys
 * ({@code ???}), enum constants where a name belongs, and pages wider than the phone's screen.
 */
class TimeZoneIT {
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MM-dd HH:mm");
    /** An ISO 8601 timestamp with an offset, as the API must write it. */
    private static final Pattern WITH_OFFSET = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?\\+08:00");
    /**
     * A timestamp as a machine writes it: a real date and time joined by {@code T} (not text a user typed that only
     * looks like one, such as MalformedInputIT's "2026-13-45T99:99" kept in a description), or a time ending in Z.
     */
    private static final Pattern RAW_ISO = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])T([01]\\d|2[0-3]):[0-5]\\d|\\bT\\d\\d:\\d\\d(:\\d\\d)?(\\.\\d+)?Z\\b");
    private static final List<String> DEMO_USERS = List.of("admin", "manager", "frontdesk", "assistant", "engineer",
            "tech", "finance", "archivist", "frontdesk2", "manager2");

    /** A future instant whose UTC and China wall-clock times differ in hour and date: 20:05 UTC is 04:05 next day. */
    private static OffsetDateTime lateEveningUtc(int days) {
        return OffsetDateTime.now(ZoneOffset.UTC).plusDays(days).withHour(20).withMinute(5).withSecond(0).withNano(0);
    }

    private static String china(OffsetDateTime at, DateTimeFormatter f) {
        return at.atZoneSameInstant(CHINA).format(f);
    }

    private static String utc(OffsetDateTime at, DateTimeFormatter f) {
        return at.atZoneSameInstant(ZoneOffset.UTC).format(f);
    }

    private static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    /** Every string of the answer that looks like a timestamp but does not carry the +08:00 offset. */
    private static List<String> timestampsWithoutChinaOffset(JsonValue v, String path) {
        List<String> bad = new ArrayList<>();
        switch (v.getValueType()) {
            case OBJECT -> v.asJsonObject().forEach((k, x) -> bad.addAll(timestampsWithoutChinaOffset(x, path + "." + k)));
            case ARRAY -> {
                JsonArray a = v.asJsonArray();
                for (int i = 0; i < a.size(); i++) {
                    bad.addAll(timestampsWithoutChinaOffset(a.get(i), path + "[" + i + "]"));
                }
            }
            case STRING -> {
                String s = ((JsonString) v).getString();
                if (s.matches("\\d{4}-\\d\\d-\\d\\dT.*") && !WITH_OFFSET.matcher(s).matches()) {
                    bad.add(path + "=" + s);
                }
            }
            default -> {
            }
        }
        return bad;
    }

    private static void allTimestampsInChinaTime(String user, String path) {
        Api.Reply r = Api.get(user, path);
        assertEquals(200, r.status(), path + ": " + r.body());
        JsonValue body = r.body().startsWith("[") ? r.array() : r.json();
        assertEquals(List.of(), timestampsWithoutChinaOffset(body, path), "timestamps of " + path);
    }

    @Test
    void theApiWritesTheCompanysOffsetAndReadsEveryFormItAccepted() {
        long estate = GivenEstates.freshEstate("TZ", 1);
        long unit = GivenEstates.units(estate).get(0);
        JsonObject rec = GivenServiceDesk.reception("frontdesk", estate, unit);
        assertTrue(WITH_OFFSET.matcher(rec.getString("receivedAt")).matches(), rec.toString());

        OffsetDateTime due = lateEveningUtc(9);
        String expected = due.atZoneSameInstant(CHINA).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        // the instant as UTC with Z, with the offset, and as China's wall-clock time without one: the same instant
        for (String form : List.of(due.toString(), expected,
                due.atZoneSameInstant(CHINA).toLocalDateTime().toString())) {
            JsonObject t = GivenServiceDesk.task("frontdesk", id(rec), """
                    {"kind":"REPAIR","categoryCode":"heating","dueAt":"%s"}""".formatted(form));
            assertEquals("SPECIAL", t.getString("tier"));
            assertEquals(expected, t.getString("dueAt"), "written in China time with +08:00, posted as " + form);
            assertTrue(WITH_OFFSET.matcher(t.getString("createdAt")).matches(), t.getString("createdAt"));
            assertEquals(due.toInstant(), OffsetDateTime.parse(t.getString("dueAt")).toInstant(), "the same instant");
        }
        JsonObject task = Api.get("frontdesk", "/api/v1/tasks?estateId=" + estate).json();
        assertFalse(task.getJsonArray("items").isEmpty(), task.toString());
        allTimestampsInChinaTime("frontdesk", "/api/v1/tasks?estateId=" + estate);
        allTimestampsInChinaTime("frontdesk", "/api/v1/tasks/" + id(task.getJsonArray("items").getJsonObject(0)));
        allTimestampsInChinaTime("frontdesk", "/api/v1/receptions/" + id(rec));
        allTimestampsInChinaTime("admin", "/api/v1/operation-log?size=20");
    }

    @Test
    void theTaskListAndTheTaskPageShowTheDueTimeInChinaTime() {
        long estate = GivenEstates.freshEstate("TZ", 1);
        long unit = GivenEstates.units(estate).get(0);
        JsonObject rec = GivenServiceDesk.reception("frontdesk", estate, unit);
        OffsetDateTime due = lateEveningUtc(8);
        JsonObject task = GivenServiceDesk.task("frontdesk", id(rec), """
                {"kind":"REPAIR","categoryCode":"heating","dueAt":"%s"}""".formatted(due));
        OffsetDateTime answered = OffsetDateTime.parse(task.getString("dueAt"));
        assertEquals(due.toInstant(), answered.toInstant());

        try (Browser browser = new Browser()) {
            browser.loginAndOpen("frontdesk", "/servicedesk/tasks.xhtml?estate=" + estate);
            browser.waitForText(task.getString("number"));
            String shown = browser.find("td.task-due").getText();
            assertTrue(shown.contains(china(answered, SHORT)), "China time " + china(answered, SHORT) + " in " + shown);
            assertFalse(shown.contains(utc(answered, SHORT)), "not UTC " + utc(answered, SHORT) + " in " + shown);

            browser.open("/servicedesk/task.xhtml?id=" + id(task));
            browser.waitForText(task.getString("number"));
            String page = browser.text();
            assertTrue(page.contains(china(answered, MINUTE)), "China time " + china(answered, MINUTE));
            assertFalse(page.contains(utc(answered, MINUTE)), "not UTC " + utc(answered, MINUTE));
            String created = china(OffsetDateTime.parse(task.getString("createdAt")), MINUTE);
            assertTrue(page.contains(created) || page.contains(china(OffsetDateTime.parse(task.getString("createdAt"))
                    .plusMinutes(1), MINUTE)), "the history's first entry at the creation " + created);
            assertNoRawTimes(browser, "task page");
        }
    }

    @Test
    void theKeyRegisterShowsALoansDueTimeInChinaTime() {
        long estate = GivenEstates.freshEstate("TZ", 1);
        String tag = "TZ-" + GivenEstates.unique();
        JsonObject key = ok(Api.post("frontdesk", "/api/v1/keys", """
                {"estateId":%d,"category":"EQUIPMENT_ROOM","tag":"%s","equipment":"水泵房","location":"钥匙柜 A"}"""
                .formatted(estate, tag)), 201);
        OffsetDateTime due = lateEveningUtc(2);
        // posted with China's offset: the same instant
        JsonObject loan = ok(Api.post("frontdesk", "/api/v1/keys/" + id(key) + "/loans", """
                {"borrower":"张师傅","purpose":"水泵房检修","dueAt":"%s","borrowerKind":"STAFF"}"""
                .formatted(due.atZoneSameInstant(CHINA).toOffsetDateTime())), 201);
        OffsetDateTime answered = OffsetDateTime.parse(loan.getString("dueAt"));
        assertEquals(due.toInstant(), answered.toInstant());
        assertTrue(loan.getString("dueAt").endsWith("+08:00"), loan.getString("dueAt"));

        try (Browser browser = new Browser()) {
            browser.loginAndOpen("frontdesk", "/keys/register.xhtml?estateId=" + estate);
            browser.waitForText(tag);
            String shown = browser.find("td.key-loan").getText();
            assertTrue(shown.contains(china(answered, MINUTE)), "China time " + china(answered, MINUTE) + " in " + shown);
            assertFalse(shown.contains(utc(answered, MINUTE)), "not UTC in " + shown);
            assertNoRawTimes(browser, "key register");
        }
    }

    @Test
    void theCashierListsAPaymentAtItsChinaTime() {
        long estate = GivenEstates.freshEstate("TZ", 1);
        long unit = GivenEstates.units(estate).get(0);
        JsonObject charge = ok(Api.post("finance", "/api/v1/units/" + unit + "/charges", """
                {"description":"损坏单元门禁","lines":[{"item":"DAMAGE","amount":"88.00"}]}"""), 201);
        JsonObject paid = ok(Api.post("finance", "/api/v1/payments", """
                {"unitId":%d,"amount":"88.00","method":"CASH","billId":%d}""".formatted(unit, id(charge))), 201);
        assertTrue(WITH_OFFSET.matcher(paid.getString("paidAt")).matches(), paid.getString("paidAt"));
        OffsetDateTime paidAt = OffsetDateTime.parse(paid.getString("paidAt"));

        try (Browser browser = new Browser()) {
            browser.loginAndOpen("finance", "/billing/cashier.xhtml?unitId=" + unit);
            browser.waitForText(paid.getString("receiptNumber"));
            WebElement row = browser.driver.findElements(By.cssSelector("[id$='payments'] tr")).stream()
                    .filter(tr -> tr.getText().contains(paid.getString("receiptNumber"))).findFirst().orElseThrow();
            String shown = row.getText();
            // minutes are cut, not rounded: the page shows the minute the payment was taken in
            String expected = china(paidAt.truncatedTo(ChronoUnit.MINUTES), MINUTE);
            assertTrue(shown.contains(expected), "China time " + expected + " in " + shown);
            assertFalse(shown.contains(utc(paidAt, MINUTE)), "not UTC in " + shown);
            assertNoRawTimes(browser, "cashier");
        }
    }

    @Test
    void aDecorationApplicationShowsItsDecisionDueTimeInChinaTime() {
        long estate = GivenEstates.freshEstate("TZ", 1);
        long unit = GivenEstates.units(estate).get(0);
        LocalDate start = LocalDate.now(CHINA).plusDays(10);
        JsonObject a = ok(Api.post("frontdesk", "/api/v1/decoration-applications", """
                {"unitId":%d,"contractorName":"时区测试装饰","plan":"墙面翻新","alterations":[],
                 "startDate":"%s","endDate":"%s"}""".formatted(unit, start, start.plusDays(30))), 201);
        JsonObject detail = ok(Api.get("frontdesk", "/api/v1/decoration-applications/" + id(a)), 200);
        JsonObject app = detail.containsKey("application") ? detail.getJsonObject("application") : detail;
        assertTrue(WITH_OFFSET.matcher(app.getString("decisionDueAt")).matches(), app.toString());
        OffsetDateTime decisionDue = OffsetDateTime.parse(app.getString("decisionDueAt"));
        assertEquals(List.of(), timestampsWithoutChinaOffset(detail, "decoration"));

        try (Browser browser = new Browser()) {
            browser.loginAndOpen("frontdesk", "/decoration/application.xhtml?id=" + id(a));
            browser.waitForText("时区测试装饰");
            String page = browser.text();
            assertTrue(page.contains(china(decisionDue, MINUTE)), "China time " + china(decisionDue, MINUTE));
            assertFalse(page.contains(utc(decisionDue, MINUTE)), "not UTC " + utc(decisionDue, MINUTE));
            assertNoRawTimes(browser, "decoration application");
        }
    }

    /**
     * Every demo user opens every entry of his menu on a phone (390 px), in Chinese and then in English: no page shows
     * a timestamp written for a machine (ISO with a {@code T}, a {@code Z}) in its text or its tooltips, a missing
     * bundle key, an enum constant where its name belongs ({@link #RAW_NAMES}), or is wider than the screen.
     */
    @Test
    @org.junit.jupiter.api.Tag(Api.DATABASE_AGNOSTIC)
    void noPageOfAnyMenuShowsARawTimestampAMissingKeyOrACodeOrIsWiderThanThePhone() {
        // something of today's on the pages that list it: a task with its due time, a payment
        long estate = GivenEstates.freshEstate("TZ", 1);
        long unit = GivenEstates.units(estate).get(0);
        GivenServiceDesk.task("frontdesk", id(GivenServiceDesk.reception("frontdesk", estate, unit)),
                "{\"kind\":\"REPAIR\",\"categoryCode\":\"water-pipe\"}");
        List<String> found = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String user : DEMO_USERS) {
            try (Browser browser = new Browser()) {
                browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
                browser.loginAndOpen(user, "/index.xhtml");
                List<String> entries = new ArrayList<>();
                for (WebElement a : browser.driver.findElements(By.cssSelector("[id='menu'] a[href*='.xhtml']"))) {
                    String href = a.getAttribute("href");
                    entries.add(href.startsWith(Api.BASE) ? href.substring(Api.BASE.length()) : href);
                }
                assertFalse(entries.isEmpty(), user + " has a menu");
                for (String language : List.of("zh", "en")) {
                    if (language.equals("en")) {
                        toggleLanguage(browser);
                    }
                    for (String path : entries) {
                        // the workbench per user (its lists are his); any other page once, by the first who may open it
                        if (!path.startsWith("/index.xhtml") && !seen.add(language + " " + path)) {
                            continue;
                        }
                        browser.open(path);
                        browser.find(".layout-content");
                        found.addAll(problems(browser, user + " " + language + " " + path, language));
                    }
                }
            }
        }
        assertTrue(seen.size() > 40, "the menus were swept in both languages: " + seen);
        assertEquals(List.of(), found, "pages with raw timestamps, missing keys, codes, or too wide for a phone");
    }

    /** The header's language switch, which names the other language; waits for the page in that language. */
    private static void toggleLanguage(Browser browser) {
        WebElement link = browser.find("[id$='header:lang']");
        String before = link.getText();
        browser.driver.executeScript("arguments[0].click();", link);
        browser.wait.until(d -> !browser.find("[id$='header:lang']").getText().equals(before));
    }

    /**
     * The enum constants that have a name in the bundle ({@code task.state.TO_ASSIGN=待派工} gives {@code TO_ASSIGN}):
     * shown as such, a page shows a code where that name belongs. Constants of one word only count in the Chinese
     * pages (an English page may write a word in capitals); those with an underscore in both.
     */
    static final Set<String> RAW_NAMES = rawNames();

    private static Set<String> rawNames() {
        java.nio.file.Path bundle = java.nio.file.Path.of(System.getProperty("user.dir")).resolveSibling("web")
                .resolve("src/main/resources/org/estatedesk/web/messages.properties");
        Set<String> names = new java.util.TreeSet<>();
        try {
            for (String line : java.nio.file.Files.readAllLines(bundle)) {
                int eq = line.indexOf('=');
                if (line.startsWith("#") || eq < 0) {
                    continue;
                }
                String key = line.substring(0, eq).trim();
                String last = key.substring(key.lastIndexOf('.') + 1);
                if (last.matches("[A-Z][A-Z0-9_]{2,}") && (last.contains("_") || last.length() >= 4)) {
                    names.add(last);
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return names;
    }

    private static final Pattern CAPITALS = Pattern.compile("(?<![A-Za-z0-9_.-])[A-Z][A-Z0-9_]{2,}(?![A-Za-z0-9_-])");

    /** The enum constants {@code text} shows where a name belongs (see {@link #RAW_NAMES}). */
    static List<String> rawNamesIn(String text, String language) {
        List<String> found = new ArrayList<>();
        Matcher m = CAPITALS.matcher(text);
        while (m.find()) {
            String word = m.group();
            if (RAW_NAMES.contains(word) && (language.equals("zh") || word.contains("_"))) {
                found.add(context(text, m.start(), m.end()));
            }
        }
        return found;
    }

    /** Everything of {@link #rawTimes} and the enum constants of the page, and its width beyond the screen's. */
    private static List<String> problems(Browser browser, String where, String language) {
        List<String> found = rawTimes(browser, where);
        // a column of codes a user defines (a fee item's, an organisation unit's) says so with the class is-code
        String text = browser.text();
        for (WebElement code : browser.driver.findElements(By.cssSelector(".is-code"))) {
            String shown = code.getText();
            if (!shown.isBlank()) {
                text = text.replace(shown, " ");
            }
        }
        for (String code : rawNamesIn(text, language)) {
            found.add(where + ": code " + code);
        }
        long[] w = browser.widths();
        if (w[0] > w[1]) {
            found.add(where + ": " + w[0] + " px wide on a " + w[1] + " px screen: " + browser.beyondTheScreen());
            browser.screenshot("too-wide-" + where.replaceAll("[^A-Za-z0-9]+", "_"));
        }
        return found;
    }

    @Test
    @org.junit.jupiter.api.Tag(Api.DATABASE_AGNOSTIC)
    void theSweepSeesWhatItLooksFor() {
        assertTrue(RAW_ISO.matcher("到期 2026-12-07T03:08:00Z").find());
        assertTrue(RAW_ISO.matcher("到期 2026-12-07T11:08").find());
        assertTrue(RAW_ISO.matcher("2026-12-07T11:08:05.123+08:00").find());
        assertFalse(RAW_ISO.matcher("到期 2026-12-07 11:08 · 12-07 11:08").find());
        assertFalse(RAW_ISO.matcher("违规描述 2026-13-45T99:99").find(), "typed text that is no time");
        assertTrue(RAW_NAMES.containsAll(List.of("TO_ASSIGN", "REPAIR", "LOGIN", "SATISFIED")), RAW_NAMES.toString());
        assertEquals(2, rawNamesIn("状态 TO_ASSIGN · 类型 REPAIR", "zh").size());
        assertEquals(1, rawNamesIn("State TO_ASSIGN · REPAIR", "en").size(), "one word in capitals is English");
        assertEquals(List.of(), rawNamesIn("单元 A-1-0101 · T000123 · water-pipe · TD1AB2 · PDF", "zh"));
        assertTrue(WITH_OFFSET.matcher("2026-12-07T11:08:00+08:00").matches());
        assertFalse(WITH_OFFSET.matcher("2026-12-07T03:08:00Z").matches());
        assertEquals(List.of(".x=2026-12-07T03:08Z"), timestampsWithoutChinaOffset(
                jakarta.json.Json.createObjectBuilder().add("x", "2026-12-07T03:08Z").add("y", "2026-12-07T11:08:00+08:00")
                        .add("z", "2026-12-07").build(), ""));
    }

    private static void assertNoRawTimes(Browser browser, String where) {
        assertEquals(List.of(), rawTimes(browser, where));
    }

    /** What the page shows (text and tooltips) that a person should not read: ISO timestamps, "???key???". */
    private static List<String> rawTimes(Browser browser, String where) {
        List<String> found = new ArrayList<>();
        String text = browser.text();
        Object titles = browser.driver.executeScript("""
                return Array.from(document.querySelectorAll('[title]')).map(function (e) { return e.title; }).join('\\n');""");
        String all = text + "\n" + (titles == null ? "" : titles.toString());
        Matcher m = RAW_ISO.matcher(all);
        while (m.find()) {
            found.add(where + ": " + context(all, m.start(), m.end()));
        }
        int q = all.indexOf("???");
        if (q >= 0) {
            found.add(where + ": missing key " + context(all, q, q + 3));
        }
        return found;
    }

    private static String context(String s, int start, int end) {
        return s.substring(Math.max(0, start - 30), Math.min(s.length(), end + 30)).replace('\n', ' ');
    }
}
