package org.estatedesk.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every package has a {@code package-info.java}, and together they name every rule of {@code docs/DOMAIN.md} with
 * the class or method that holds it (issue 19, part 8): a newcomer finds any rule from its package-info. The rules of
 * capabilities not built yet are listed here, and the list must shrink as they land.
 */
class PackageInfoTest {

    /**
     * Rules of capabilities not built yet. When a capability lands, its package-infos name its rules and the ids
     * leave this list (the test fails while a rule is both named and listed here).
     */
    static final Set<String> NOT_YET_BUILT = Set.of(
            // C2 Handover and inspections: open issue 21 "Handover and inspections" (R2.1 landed: inspection batches, defects)
            "R2.2", "R2.3", "R2.4", "R2.5", "R2.6",
            // C7 Owner engagement: open issue 23 "Owners" (today's e-mail outbox serves staff only, see notification)
            "R7.1", "R7.2", "R7.3",
            // C8 Sales support: open issue 22 "Sales office"
            "R8.1", "R8.2", "R8.3");

    private static final Pattern RULE = Pattern.compile("\\bR\\d+\\.\\d+\\b");
    private static final Pattern LINK = Pattern.compile("\\{@link(?:plain)?\\s+([\\w.]+)(?:#(\\w+))?");

    @Test
    void everyPackageHasItsPackageInfo() {
        List<String> missing = new ArrayList<>();
        for (Path dir : packageDirectories().keySet()) {
            if (!Files.isRegularFile(dir.resolve("package-info.java"))) {
                missing.add(SourceTree.ROOT.relativize(dir).toString());
            }
        }
        assertEquals(List.of(), missing, "packages without a package-info.java (what it is, which DOMAIN.md rules "
                + "it holds and where)");
    }

    @Test
    void everyRuleOfTheCatalogueIsNamedInAPackageInfoUnlessNotYetBuilt() {
        Set<String> unnamed = new TreeSet<>(catalogueRules());
        unnamed.removeAll(namedRules().keySet());
        unnamed.removeAll(NOT_YET_BUILT);
        assertEquals(Set.of(), unnamed, "rules of docs/DOMAIN.md that no package-info.java names: add them to the "
                + "table of the package that holds them, or to NOT_YET_BUILT with the issue that will build them");
    }

    @Test
    void noRuleListedAsNotYetBuiltIsNamed() {
        Map<String, Set<String>> named = namedRules();
        Map<String, Set<String>> both = new LinkedHashMap<>();
        for (String rule : new TreeSet<>(NOT_YET_BUILT)) {
            if (named.containsKey(rule)) {
                both.put(rule, named.get(rule));
            }
        }
        assertEquals(Map.of(), both, "rules named in a package-info but still in NOT_YET_BUILT: the capability "
                + "landed, so remove them from the list");
        Set<String> unknown = new TreeSet<>(NOT_YET_BUILT);
        unknown.removeAll(catalogueRules());
        assertEquals(Set.of(), unknown, "NOT_YET_BUILT lists rules that docs/DOMAIN.md does not have");
    }

    /** The "where" of the tables stays true: every {@code {@link ..}} of a package-info names a class (and member) that exists. */
    @Test
    void everyLinkOfAPackageInfoPointsAtExistingCode() {
        Map<String, List<String>> sources = sourcesByClassName();
        Set<String> packages = new TreeSet<>();
        sources.keySet().forEach(name -> packages.add(name.substring(0, name.lastIndexOf('.'))));
        List<String> broken = new ArrayList<>();
        for (Path info : packageInfos()) {
            String pkg = packageOf(info);
            Matcher link = LINK.matcher(SourceTree.read(info));
            while (link.find()) {
                String target = link.group(1);
                String member = link.group(2);
                if (target.startsWith("java.") || packages.contains(target)) {
                    continue;
                }
                String qualified = target.startsWith("org.") ? target : pkg + "." + target;
                String problem = resolve(qualified, member, sources);
                if (problem != null) {
                    broken.add(SourceTree.ROOT.relativize(info) + ": " + link.group() + "} " + problem);
                }
            }
        }
        assertEquals(List.of(), broken, "links in package-infos to code that does not exist");
    }

    /** Null when {@code qualified} (possibly Outer.Inner) and its member exist in some module's sources. */
    private static String resolve(String qualified, String member, Map<String, List<String>> sources) {
        String[] parts = qualified.split("\\.");
        for (int i = parts.length; i > 0; i--) {
            String candidate = String.join(".", List.of(parts).subList(0, i));
            List<String> texts = sources.get(candidate);
            if (texts == null) {
                continue;
            }
            for (int n = i; n < parts.length; n++) {
                Pattern nested = Pattern.compile("\\b(class|record|enum|interface)\\s+" + parts[n] + "\\b");
                if (texts.stream().noneMatch(t -> nested.matcher(t).find())) {
                    return "(no nested type " + parts[n] + ")";
                }
            }
            if (member != null) {
                Pattern declared = Pattern.compile("\\b" + member + "\\b\\s*[(=,;]");
                if (texts.stream().noneMatch(t -> declared.matcher(t).find())) {
                    return "(no member " + member + ")";
                }
            }
            return null;
        }
        return "(no such class)";
    }

    private static Set<String> catalogueRules() {
        Path catalogue = SourceTree.ROOT.resolve("docs/DOMAIN.md");
        assertTrue(Files.isRegularFile(catalogue), "docs/DOMAIN.md is missing");
        Set<String> rules = new TreeSet<>();
        Matcher m = RULE.matcher(SourceTree.read(catalogue));
        while (m.find()) {
            rules.add(m.group());
        }
        assertTrue(rules.size() > 50, "docs/DOMAIN.md names only " + rules.size() + " rules: " + rules);
        return rules;
    }

    /** Rule id → the package-infos (relative paths) that name it. */
    private static Map<String, Set<String>> namedRules() {
        Map<String, Set<String>> named = new LinkedHashMap<>();
        for (Path info : packageInfos()) {
            Matcher m = RULE.matcher(SourceTree.read(info));
            while (m.find()) {
                named.computeIfAbsent(m.group(), r -> new TreeSet<>()).add(SourceTree.ROOT.relativize(info).toString());
            }
        }
        return named;
    }

    private static List<Path> packageInfos() {
        List<Path> infos = new ArrayList<>();
        for (Path dir : packageDirectories().keySet()) {
            Path info = dir.resolve("package-info.java");
            if (Files.isRegularFile(info)) {
                infos.add(info);
            }
        }
        return infos;
    }

    /** Every directory under a module's src/main/java that holds Java sources, with its sources. */
    private static Map<Path, List<Path>> packageDirectories() {
        Map<Path, List<Path>> dirs = new LinkedHashMap<>();
        List<Path> modules = SourceTree.modulesWithSources();
        List<String> names = modules.stream().map(m -> m.getFileName().toString()).toList();
        assertTrue(names.containsAll(SourceTree.APPLICATION_MODULES), "modules with sources: " + names);
        for (Path module : modules) {
            try (Stream<Path> files = Files.walk(module.resolve("src/main/java"))) {
                files.filter(f -> f.toString().endsWith(".java")).sorted()
                        .forEach(f -> dirs.computeIfAbsent(f.getParent(), d -> new ArrayList<>()).add(f));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (dirs.size() < 50) {
            fail("only " + dirs.size() + " packages found under " + SourceTree.ROOT);
        }
        return dirs;
    }

    /** Fully qualified class name → its source text in each module that has it. */
    private static Map<String, List<String>> sourcesByClassName() {
        Map<String, List<String>> sources = new LinkedHashMap<>();
        packageDirectories().forEach((dir, files) -> {
            for (Path file : files) {
                String simple = file.getFileName().toString().replace(".java", "");
                if (!simple.equals("package-info")) {
                    sources.computeIfAbsent(packageOf(file) + "." + simple, n -> new ArrayList<>())
                            .add(SourceTree.read(file));
                }
            }
        });
        return sources;
    }

    private static String packageOf(Path file) {
        Path dir = file.getParent();
        Path javaRoot = dir;
        while (javaRoot != null && !javaRoot.endsWith(Path.of("src", "main", "java"))) {
            javaRoot = javaRoot.getParent();
        }
        return javaRoot.relativize(dir).toString().replace(java.io.File.separatorChar, '.');
    }
}
