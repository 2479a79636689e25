package org.estatedesk.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * One clock and one zone (STYLE.md "Web", issue 19 part 3): time is read from the injected {@code java.time.Clock}
 * ({@code OffsetDateTime.now(clock)}, {@code LocalDate.now(clock.withZone(zones.zone()))}) and the company's zone
 * comes from {@code CompanyZones} / {@code Zones.DEFAULT_ZONE}. This test reads every {@code src/main/java} of the
 * checkout and fails on a zone literal outside {@link #ZONE_HOME} or a {@code now(..)} that is not given the clock.
 * Comments are not code: the javadoc may name the zone.
 */
class ClockTest {

    /** The one place that writes the company's zone. */
    static final String ZONE_HOME = "persistence/src/main/java/org/estatedesk/shared/Zones.java";

    /** The one place that reads the system clock: the producer of the injected {@code Clock}. */
    static final String CLOCK_HOME = "ejb/src/main/java/org/estatedesk/shared/TimeSource.java";

    /**
     * Reads of time not given the injected clock yet, per file with their number: none left. Should one ever have to
     * wait (say a static factory that cannot receive {@code now} yet), list it here with its count; the list only
     * shrinks ({@link #everyToleratedReadStillExists()}).
     */
    static final Map<String, Integer> NOT_YET_ON_THE_CLOCK = Map.of();

    /** {@code System.currentTimeMillis()} where it measures a wait, not the time of day. */
    static final Set<String> MEASURES_A_WAIT = Set.of(
            "batch/src/main/java/org/estatedesk/jobs/RunCommitted.java");

    /** "Asia/Shanghai", "Europe/Berlin", "timezone=Asia/Shanghai", "UTC+8", and zones made from them. */
    private static final Pattern ZONE_LITERAL = Pattern.compile(
            "\"[^\"\\n]*\\b(?:Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)/\\w+[^\"\\n]*\""
                    + "|\"(?:UTC|GMT)[+-]\\d{1,2}(?::?\\d\\d)?\""
                    + "|\\bZoneId\\.of\\(|\\bZoneOffset\\.of(?:Hours|HoursMinutes|HoursMinutesSeconds|TotalSeconds)?\\("
                    + "|\\bZoneId\\.systemDefault\\(|\\bTimeZone\\.(?:getDefault|getTimeZone)\\(");

    /** A read of the current time: {@code X.now(..)} of java.time, the system clock, the epoch millisecond. */
    private static final Pattern NOW = Pattern.compile(
            "\\b(?:OffsetDateTime|LocalDate|LocalDateTime|LocalTime|ZonedDateTime|OffsetTime|Instant|YearMonth|Year"
                    + "|MonthDay|DayOfWeek)\\.now\\(([^;]*)"
                    + "|\\bClock\\.system(?:UTC|DefaultZone)?\\(|\\bSystem\\.currentTimeMillis\\(|\\bnew (?:java\\.util\\.)?Date\\(\\)");

    /** What a {@code now(} must be given: the injected clock or Bean Validation's. */
    private static final Pattern GIVEN_THE_CLOCK = Pattern.compile("^\\s*(?:clock\\b|\\w+\\.getClockProvider\\(\\)\\.getClock\\(\\))");

    @Test
    void noZoneLiteralOutsideTheOnePlaceThatDefinesIt() {
        List<String> found = new ArrayList<>();
        for (Path file : mainSources()) {
            String name = relative(file);
            if (name.equals(ZONE_HOME)) {
                continue;
            }
            String[] lines = code(SourceTree.read(file)).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (ZONE_LITERAL.matcher(lines[i]).find()) {
                    found.add(name + ":" + (i + 1) + ": " + lines[i].trim());
                }
            }
        }
        assertEquals(List.of(), found, "zone literals: use CompanyZones.zone() (services, beans, resources) or "
                + "Zones.DEFAULT_ZONE (domain objects, static formatters)");
    }

    /** A page that formats a date or time itself: a zone named, or Faces' own date converter. */
    private static final Pattern PAGE_FORMATS_TIME = Pattern.compile(
            "\\btimeZone\\s*=|<f:convertDateTime\\b|\\b(?:Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Z]\\w+");

    /**
     * Issue 20: every date and time a page shows goes through the one formatter ({@code #{times.minute(..)}} or the
     * {@code estatedesk.day/minute/second/short} converters, in the company's zone); no page names a zone or
     * formats with {@code f:convertDateTime}.
     */
    @Test
    void noPageFormatsTimeItself() {
        List<String> found = new ArrayList<>();
        for (Path page : pages()) {
            String[] lines = SourceTree.read(page).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (PAGE_FORMATS_TIME.matcher(lines[i]).find()) {
                    found.add(relative(page) + ":" + (i + 1) + ": " + lines[i].trim());
                }
            }
        }
        assertEquals(List.of(), found, "pages format times with <f:converter converterId=\"estatedesk.minute\"/> "
                + "(day, second, short) or #{times.minute(x)}, in the company's zone");
    }

    @Test
    void thePageCheckSeesWhatItLooksFor() {
        assertEquals(true, PAGE_FORMATS_TIME.matcher(
                "<f:convertDateTime type=\"offsetDateTime\" pattern=\"yyyy-MM-dd HH:mm\" timeZone=\"Asia/Shanghai\"/>").find());
        assertEquals(true, PAGE_FORMATS_TIME.matcher("<f:convertDateTime type=\"localDate\"/>").find());
        assertEquals(true, PAGE_FORMATS_TIME.matcher("<p:datePicker timeZone=\"UTC\"/>").find());
        assertEquals(true, PAGE_FORMATS_TIME.matcher("#{x.at.atZoneSameInstant('Europe/Berlin')}").find());
        assertEquals(false, PAGE_FORMATS_TIME.matcher("<f:converter converterId=\"estatedesk.minute\"/>").find());
        assertEquals(false, PAGE_FORMATS_TIME.matcher("#{times.minute(t.dueAt)}").find());
    }

    @Test
    void timeIsReadOnlyFromTheInjectedClock() {
        assertEquals(Map.of(), untolerated(readsOfTime()), "reads of the current time without the injected clock: "
                + "OffsetDateTime.now(clock), LocalDate.now(clock.withZone(zones.zone())); domain objects take now/today "
                + "as arguments");
    }

    /** The allow-list only shrinks: a file that needs no tolerance any more must leave it. */
    @Test
    void everyToleratedReadStillExists() {
        Map<String, List<String>> reads = readsOfTime();
        Map<String, String> stale = new TreeMap<>();
        NOT_YET_ON_THE_CLOCK.forEach((file, count) -> {
            int now = reads.getOrDefault(file, List.of()).size();
            if (now < count) {
                stale.put(file, "tolerated " + count + ", found " + now);
            }
        });
        assertEquals(Map.of(), stale, "lower or remove these entries of NOT_YET_ON_THE_CLOCK");
    }

    @Test
    void theCheckSeesWhatItLooksFor() {
        assertEquals(true, ZONE_LITERAL.matcher("ZoneId z = ZoneId.of(\"Asia/Shanghai\");").find());
        assertEquals(true, ZONE_LITERAL.matcher("String s = \"hour=3; timezone=Asia/Shanghai\";").find());
        assertEquals(true, ZONE_LITERAL.matcher("x.atOffset(ZoneOffset.ofHours(8))").find());
        assertEquals(false, ZONE_LITERAL.matcher("x.atOffset(ZoneOffset.UTC)").find());
        assertEquals(1, readsIn("LocalDate d = LocalDate.now();").size());
        assertEquals(1, readsIn("var t = OffsetDateTime.now(Clock.systemUTC());").size(), "the system clock itself");
        assertEquals(1, readsIn("YearMonth m = YearMonth.now(ZONE);").size());
        assertEquals(0, readsIn("var t = OffsetDateTime.now(clock);").size());
        assertEquals(0, readsIn("var d = LocalDate.now(clock.withZone(zones.zone()));").size());
        assertEquals(0, readsIn("// LocalDate.now() in a comment").size());
        assertEquals(0, readsIn("String s = \"LocalDate.now()\";").size());
    }

    private static Map<String, List<String>> untolerated(Map<String, List<String>> reads) {
        Map<String, List<String>> left = new TreeMap<>();
        reads.forEach((file, lines) -> {
            if (lines.size() > NOT_YET_ON_THE_CLOCK.getOrDefault(file, 0)) {
                left.put(file, lines);
            }
        });
        return left;
    }

    private static Map<String, List<String>> readsOfTime() {
        Map<String, List<String>> reads = new TreeMap<>();
        for (Path file : mainSources()) {
            String name = relative(file);
            List<String> found = new ArrayList<>();
            for (String read : readsIn(SourceTree.read(file))) {
                boolean wait = read.startsWith("System.currentTimeMillis") && MEASURES_A_WAIT.contains(name);
                boolean producer = read.startsWith("Clock.system") && name.equals(CLOCK_HOME);
                if (!wait && !producer) {
                    found.add(read);
                }
            }
            if (!found.isEmpty()) {
                reads.put(name, found);
            }
        }
        return reads;
    }

    /** The reads of time in {@code source} not given the clock, as the lines they stand on. */
    static List<String> readsIn(String source) {
        List<String> found = new ArrayList<>();
        for (String line : code(source).split("\n")) {
            Matcher m = NOW.matcher(line);
            while (m.find()) {
                if (m.group(1) == null || !GIVEN_THE_CLOCK.matcher(m.group(1)).find()) {
                    found.add(m.group().startsWith("System") || m.group().startsWith("Clock") ? m.group()
                            : line.trim());
                }
            }
        }
        return found;
    }

    /** The source with comments and the contents of string literals blanked out, line breaks kept. */
    static String code(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (c == '/' && i + 1 < n && source.charAt(i + 1) == '/') {
                while (i < n && source.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && source.charAt(i + 1) == '*') {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                source.substring(i, end).chars().filter(ch -> ch == '\n').forEach(ch -> out.append('\n'));
                i = end;
            } else if (c == '"' || c == '\'') {
                // keep string literals (a zone literal is one), but hide code-like text inside them from NOW
                int j = i + 1;
                while (j < n && source.charAt(j) != c && source.charAt(j) != '\n') {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                String literal = source.substring(i, Math.min(j + 1, n));
                out.append(literal.replace(".now(", ".now_("));
                i = Math.min(j + 1, n);
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static List<Path> mainSources() {
        List<Path> files = new ArrayList<>();
        for (Path module : SourceTree.modulesWithSources()) {
            try (Stream<Path> walk = Files.walk(module.resolve("src/main/java"))) {
                walk.filter(p -> p.toString().endsWith(".java")).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    private static List<Path> pages() {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(SourceTree.ROOT.resolve("web/src/main/webapp"))) {
            walk.filter(p -> p.toString().endsWith(".xhtml")).sorted().forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static String relative(Path file) {
        return SourceTree.ROOT.relativize(file).toString().replace('\\', '/');
    }
}
