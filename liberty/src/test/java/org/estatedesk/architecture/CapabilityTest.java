package org.estatedesk.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;

/**
 * Capabilities are packages ({@code org.estatedesk.<capability>}, the same name in every module), and a capability
 * is the slice of that name across all four modules (issue 19, STYLE.md "The house"). Their arrows form no cycle:
 * foundational capabilities never call the ones built on them (the order is written down in the shared kernel's
 * package-info); a reaction of a lower capability to a higher one goes through a CDI event or a port, an interface
 * in the lower capability (or in the kernel) that the higher one implements. The kernel {@code shared} depends on
 * no capability; {@code workbench}, {@code frontline} and {@code demo} are leaves nobody depends on, and {@code api} is used by web
 * classes only.
 */
class CapabilityTest {

    private static final String ROOT = "org.estatedesk.";

    /**
     * Class dependencies that still close a capability cycle, as "origin -> target" (the style of
     * {@link ArchitectureTest#TOLERATED}). Each must still exist ({@link #everyToleratedDependencyStillExists()}), so
     * the list only shrinks; a new cycle fails {@link #capabilitiesFormNoCycle()}.
     */
    static final Set<String> TOLERATED = Set.of();

    /** Capabilities nobody else may depend on. */
    private static final Set<String> LEAVES = Set.of("workbench", "frontline", "demo");

    private static JavaClasses classes;
    private static Path webClasses;

    @BeforeAll
    static void importTheModules() {
        List<Path> locations = new ArrayList<>();
        for (String module : SourceTree.APPLICATION_MODULES) {
            Path compiled = SourceTree.ROOT.resolve(module).resolve("target/classes");
            assertTrue(Files.isDirectory(compiled.resolve("org/estatedesk")),
                    "no compiled classes in " + compiled + ": build the modules first (mvn install)");
            locations.add(compiled);
        }
        webClasses = SourceTree.ROOT.resolve("web/target/classes").toAbsolutePath().normalize();
        ArchConfiguration.get().setResolveMissingDependenciesFromClassPath(false);
        classes = new ClassFileImporter().importPaths(locations);
    }

    @Test
    void capabilitiesFormNoCycle() {
        Map<String, Map<String, Set<String>>> graph = graph();
        List<String> cycles = new ArrayList<>();
        for (Set<String> component : stronglyConnected(graph)) {
            StringBuilder report = new StringBuilder("capabilities in a cycle: " + component);
            for (String from : component) {
                for (var edge : graph.getOrDefault(from, Map.of()).entrySet()) {
                    if (component.contains(edge.getKey())) {
                        report.append("\n  ").append(from).append(" -> ").append(edge.getKey()).append(": ")
                                .append(String.join(", ", edge.getValue()));
                    }
                }
            }
            cycles.add(report.toString());
        }
        assertTrue(cycles.isEmpty(), String.join("\n", cycles));
    }

    @Test
    void theKernelDependsOnNoCapability() {
        List<String> violations = new ArrayList<>();
        for (Dependency dependency : capabilityDependencies()) {
            if ("shared".equals(capability(dependency.getOriginClass()))) {
                violations.add(key(dependency));
            }
        }
        assertEquals(List.of(), violations, "the shared kernel depends on capabilities");
    }

    @Test
    void nobodyDependsOnWorkbenchOrDemoAndOnlyWebClassesOnApi() {
        List<String> violations = new ArrayList<>();
        for (Dependency dependency : capabilityDependencies()) {
            String target = capability(dependency.getTargetClass());
            if (LEAVES.contains(target) || "api".equals(target) && !inWeb(dependency.getOriginClass())) {
                violations.add(key(dependency));
            }
        }
        assertEquals(List.of(), violations, "dependencies on a leaf capability");
    }

    @Test
    void everyToleratedDependencyStillExists() {
        Set<String> found = new TreeSet<>();
        for (Dependency dependency : capabilityDependencies()) {
            if (TOLERATED.contains(key(dependency))) {
                found.add(key(dependency));
            }
        }
        assertEquals(new TreeSet<>(TOLERATED), found, "a tolerated dependency is gone: remove it from TOLERATED");
    }

    /** Capability → capability it depends on → the class dependencies making the edge, tolerated ones left out. */
    private static Map<String, Map<String, Set<String>>> graph() {
        Map<String, Map<String, Set<String>>> graph = new TreeMap<>();
        for (Dependency dependency : capabilityDependencies()) {
            if (!TOLERATED.contains(key(dependency))) {
                graph.computeIfAbsent(capability(dependency.getOriginClass()), c -> new TreeMap<>())
                        .computeIfAbsent(capability(dependency.getTargetClass()), c -> new TreeSet<>())
                        .add(simple(dependency));
            }
        }
        return graph;
    }

    /** Dependencies of one capability's classes on another capability's. */
    private static List<Dependency> capabilityDependencies() {
        List<Dependency> found = new ArrayList<>();
        for (JavaClass javaClass : classes) {
            String origin = capability(javaClass);
            if (origin == null) {
                continue;
            }
            for (Dependency dependency : javaClass.getDirectDependenciesFromSelf()) {
                String target = capability(dependency.getTargetClass());
                if (target != null && !target.equals(origin)) {
                    found.add(dependency);
                }
            }
        }
        return found;
    }

    /** The strongly connected components with more than one capability (Tarjan). */
    private static List<Set<String>> stronglyConnected(Map<String, Map<String, Set<String>>> graph) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new TreeSet<>();
        List<Set<String>> components = new ArrayList<>();
        for (String node : graph.keySet()) {
            if (!index.containsKey(node)) {
                connect(node, graph, index, low, stack, onStack, components);
            }
        }
        return components;
    }

    private static void connect(String node, Map<String, Map<String, Set<String>>> graph, Map<String, Integer> index,
            Map<String, Integer> low, Deque<String> stack, Set<String> onStack, List<Set<String>> components) {
        index.put(node, index.size());
        low.put(node, index.get(node));
        stack.push(node);
        onStack.add(node);
        for (String next : graph.getOrDefault(node, Map.of()).keySet()) {
            if (!index.containsKey(next)) {
                connect(next, graph, index, low, stack, onStack, components);
                low.put(node, Math.min(low.get(node), low.get(next)));
            } else if (onStack.contains(next)) {
                low.put(node, Math.min(low.get(node), index.get(next)));
            }
        }
        if (low.get(node).equals(index.get(node))) {
            Set<String> component = new TreeSet<>();
            String member;
            do {
                member = stack.pop();
                onStack.remove(member);
                component.add(member);
            } while (!member.equals(node));
            if (component.size() > 1) {
                components.add(component);
            }
        }
    }

    /** The capability of a class of the application, null for other classes (Jakarta APIs, libraries, arrays). */
    static String capability(JavaClass javaClass) {
        JavaClass base = javaClass.getBaseComponentType();
        String name = base.getPackageName();
        if (!name.startsWith(ROOT)) {
            return null;
        }
        int dot = name.indexOf('.', ROOT.length());
        return dot < 0 ? name.substring(ROOT.length()) : name.substring(ROOT.length(), dot);
    }

    private boolean inWeb(JavaClass javaClass) {
        return javaClass.getSource().map(source -> "file".equals(source.getUri().getScheme())
                && Path.of(source.getUri()).toAbsolutePath().normalize().startsWith(webClasses)).orElse(false);
    }

    private static String key(Dependency dependency) {
        return dependency.getOriginClass().getName() + " -> " + dependency.getTargetClass().getName();
    }

    private static String simple(Dependency dependency) {
        return top(dependency.getOriginClass()).getSimpleName() + "->"
                + top(dependency.getTargetClass()).getSimpleName();
    }

    private static JavaClass top(JavaClass javaClass) {
        JavaClass c = javaClass.getBaseComponentType();
        while (c.getEnclosingClass().isPresent()) {
            c = c.getEnclosingClass().get();
        }
        return c;
    }
}
