package org.estatedesk.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.estatedesk.approvals.Decision;
import org.estatedesk.archives.ArchiveAction;
import org.estatedesk.billing.DunningCase;
import org.estatedesk.billing.DunningStep;
import org.estatedesk.servicedesk.Compensation;
import org.estatedesk.servicedesk.TaskAction;
import org.estatedesk.shared.OperationLogEntry;
import org.estatedesk.shared.Outcome;
import org.junit.jupiter.api.Test;

/**
 * Every operation the code writes to the operation log ({@code log.record(code, ...)}, {@code log.write(user, code,
 * ...)} in ejb, web and batch) has a name in both bundles, so the log page never shows a raw code. A code built at
 * run time ({@code "TASK_" + action}) is known by its prefix and the enum that completes it; a new dynamic prefix
 * fails until it is added to {@link #DYNAMIC}.
 */
class OperationNamesTest {

    private static final Path ROOT = Path.of("..");
    private static final Path BUNDLES = Path.of("src/main/resources/org/estatedesk/web");

    /** The prefixes of codes built at run time and the enum values that complete them. */
    private static final Map<String, List<? extends Enum<?>>> DYNAMIC = Map.of(
            "TASK_", List.of(TaskAction.values()),
            "COMPENSATION_", List.of(Compensation.Decision.values()),
            "ARCHIVE_", List.of(ArchiveAction.values()),
            "APPROVAL_", List.of(Decision.values()),
            "DUNNING_", List.of(DunningStep.Kind.values()),
            "DUNNING_STOP_", List.of(DunningCase.Decision.values()));

    private static final Pattern CALL = Pattern.compile("\\blog\\.(record|write)\\(");
    private static final Pattern LITERAL = Pattern.compile("\"([^\"\\\\]*)\"");

    @Test
    void everyOperationWrittenHasANameInChineseAndEnglish() throws IOException {
        Set<String> codes = new TreeSet<>();
        Set<String> prefixes = new TreeSet<>();
        for (String module : List.of("ejb", "web", "batch")) {
            try (Stream<Path> files = Files.walk(ROOT.resolve(module).resolve("src/main/java"))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    scan(Files.readString(f), codes, prefixes);
                }
            }
        }
        assertTrue(codes.size() > 100 && codes.contains("LOGIN") && codes.contains("RECEPTION_REGISTER"),
                "the scan finds the codes: " + codes);
        Set<String> unknownPrefixes = new TreeSet<>(prefixes);
        unknownPrefixes.removeAll(DYNAMIC.keySet());
        assertEquals(Set.of(), unknownPrefixes, "codes built at run time from an unknown prefix: add it to DYNAMIC");
        for (String prefix : prefixes) {
            DYNAMIC.get(prefix).forEach(v -> codes.add(prefix + v.name()));
        }
        for (String bundle : List.of("messages.properties", "messages_en.properties")) {
            Properties names = load(bundle);
            List<String> missing = new ArrayList<>();
            for (String code : codes) {
                String name = names.getProperty(OperationNames.OPERATION + code);
                if (name == null || name.isBlank()) {
                    missing.add(code);
                }
            }
            assertEquals(List.of(), missing, "operations without a name (log.op.<code>) in " + bundle);
        }
    }

    /** The code of each call: the first argument of record, the second of write; "A" + x is the dynamic prefix A. */
    private static void scan(String source, Set<String> codes, Set<String> prefixes) {
        Matcher m = CALL.matcher(source);
        while (m.find()) {
            List<String> args = arguments(source, m.end());
            String arg = args.get(m.group(1).equals("record") ? 0 : 1);
            Matcher lit = LITERAL.matcher(arg);
            List<String> literals = new ArrayList<>();
            while (lit.find()) {
                literals.add(lit.group(1));
            }
            assertTrue(!literals.isEmpty(), "an operation code that is no literal: " + arg.strip());
            if (arg.contains("+")) {
                prefixes.add(literals.get(0));
            } else {
                codes.addAll(literals);
            }
        }
    }

    private static List<String> arguments(String s, int from) {
        List<String> args = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int depth = 0;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                int end = i + 1;
                while (s.charAt(end) != '"') {
                    end += s.charAt(end) == '\\' ? 2 : 1;
                }
                cur.append(s, i, end + 1);
                i = end;
                continue;
            }
            if ("([{".indexOf(c) >= 0) {
                depth++;
            } else if (")]}".indexOf(c) >= 0) {
                if (depth == 0) {
                    args.add(cur.toString());
                    return args;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                args.add(cur.toString());
                cur.setLength(0);
                continue;
            }
            cur.append(c);
        }
        throw new IllegalStateException("unclosed call at " + from);
    }

    private static Properties load(String bundle) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(BUNDLES.resolve(bundle), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    @Test
    void aLineSaysItsOperationAndRecordByName() {
        Locale zh = Locale.SIMPLIFIED_CHINESE;
        OperationLogEntry login = entry("frontdesk", "LOGIN", "user", "3", null);
        assertEquals("登录", OperationNames.operation(zh, "LOGIN"));
        assertEquals("Sign-in", OperationNames.operation(Locale.ENGLISH, "LOGIN"));
        assertEquals("用户 frontdesk", OperationNames.target(zh, login));
        assertEquals("user frontdesk", OperationNames.target(Locale.ENGLISH, login));
        assertEquals("任务 T00000012", OperationNames.target(zh,
                entry("admin", "TASK_ASSIGN", "task", "12", "T00000012 TO_ASSIGN -> TO_IMPLEMENT")));
        assertEquals("房间 3677", OperationNames.target(zh, entry("admin", "PAYMENT", "unit", "3677", "R1 CASH 5")));
        assertEquals("房间 1-1-101", OperationNames.target(zh, entry("admin", "PAYMENT", "unit", "3677", "R1 CASH 5"),
                Map.of("unit:3677", "1-1-101")));
        assertEquals("NO_SUCH_CODE", OperationNames.operation(zh, "NO_SUCH_CODE"));
        assertTrue(OperationNames.operations(zh).contains("RECEPTION_REGISTER"));
    }

    private static OperationLogEntry entry(String user, String op, String type, String id, String detail) {
        return new OperationLogEntry(OffsetDateTime.parse("2026-12-01T10:00:00+08:00"), user, null, op, type, id, detail, Outcome.SUCCESS, 1L);
    }

    @Test
    void aDetailWrittenInCodesReadsInNamesInEitherLanguage() {
        assertEquals("T00000042 报修 water-pipe -> 工程部",
                OperationNames.detail(Locale.SIMPLIFIED_CHINESE, "TASK_CREATE", "T00000042 REPAIR water-pipe -> ENGINEERING"));
        assertEquals("R00000007 电话", OperationNames.detail(Locale.SIMPLIFIED_CHINESE, "RECEPTION_REGISTER",
                "R00000007 PHONE"), "a channel, not a contact preference: the operation's own name");
        assertEquals("PHONE", OperationNames.detail(Locale.SIMPLIFIED_CHINESE, "LOGIN", "PHONE"), "ambiguous: as written");
        String en = OperationNames.detail(Locale.ENGLISH, "TASK_PLAN", "TO_REPLY -> TO_IMPLEMENT [TECHNICIAN]");
        assertTrue(en.matches("[^_]+ -> [^_]+ \\[[^_]+\\]"), en);
        assertEquals("TZ12ZPU: 1 × 4 {building}-{entrance}-{ff}{nn} A-1-0101 XYZ_UNKNOWN",
                OperationNames.detail(Locale.SIMPLIFIED_CHINESE, "UNITS_GENERATE",
                        "TZ12ZPU: 1 × 4 {building}-{entrance}-{ff}{nn} A-1-0101 XYZ_UNKNOWN"),
                "codes of the data and unknown words stay");
        assertEquals(null, OperationNames.detail(Locale.ENGLISH, "LOGIN", null));
    }
}
