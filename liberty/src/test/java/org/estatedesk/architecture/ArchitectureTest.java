package org.estatedesk.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * Modules are layers and arrows point one way (STYLE.md "The house", issue 19): web and batch → ejb → persistence.
 * The compiled classes of the four application modules are imported from their {@code target/classes} (the reactor
 * builds them before liberty). All modules share the capability package names, so a class's module is where it was
 * imported from, not its package.
 */
class ArchitectureTest {

    /**
     * Dependencies that break a rule below but are tolerated for now, as "origin -> target". Each must still exist
     * (see {@link #everyToleratedDependencyStillExists()}), so the list only shrinks.
     */
    static final Set<String> TOLERATED = Set.of(
            // The business exceptions of the shared kernel carry @ApplicationException(rollback = true, inherited =
            // true) (STYLE.md, "Business exceptions"): an annotation the EJB container reads, no call into it. To
            // go when the rollback is declared in ejb-jar.xml (<application-exception>) instead.
            "org.estatedesk.shared.BusinessException -> jakarta.ejb.ApplicationException");

    private static JavaClasses classes;

    @BeforeAll
    static void importTheModules() {
        List<Path> locations = new ArrayList<>();
        for (String module : SourceTree.APPLICATION_MODULES) {
            Path compiled = classesOf(module);
            assertTrue(Files.isDirectory(compiled.resolve("org/estatedesk")),
                    "no compiled classes in " + compiled + ": build the modules first (mvn install)");
            locations.add(compiled);
        }
        // classes outside these modules (Jakarta APIs, libraries) are matched by name only: resolving them from the
        // class path would double the import's time and tell nothing
        ArchConfiguration.get().setResolveMissingDependenciesFromClassPath(false);
        classes = new ClassFileImporter().importPaths(locations);
    }

    @Test
    void persistenceDependsOnNoUpperModuleAndNoServiceOrWebApi() {
        classes().that(inModule("persistence"))
                .should(notDependOnClassesThat(inModule("ejb").or(inModule("batch")).or(inModule("web"))
                        .or(resideInAnyPackage("jakarta.ejb..", "jakarta.faces..", "jakarta.ws.rs..", "jakarta.batch.."))))
                .check(classes);
    }

    @Test
    void ejbDependsOnNeitherWebNorBatchNorTheWebApis() {
        classes().that(inModule("ejb"))
                .should(notDependOnClassesThat(inModule("web").or(inModule("batch"))
                        .or(resideInAnyPackage("jakarta.faces..", "jakarta.ws.rs.."))))
                .check(classes);
    }

    @Test
    void batchDependsOnNoWebClass() {
        classes().that(inModule("batch")).should(notDependOnClassesThat(inModule("web"))).check(classes);
    }

    @Test
    void webDependsOnNoBatchClass() {
        classes().that(inModule("web")).should(notDependOnClassesThat(inModule("batch"))).check(classes);
    }

    @Test
    void everyToleratedDependencyStillExists() {
        Set<String> found = new TreeSet<>();
        for (JavaClass javaClass : classes) {
            for (Dependency dependency : javaClass.getDirectDependenciesFromSelf()) {
                if (TOLERATED.contains(key(dependency))) {
                    found.add(key(dependency));
                }
            }
        }
        assertEquals(new TreeSet<>(TOLERATED), found, "a tolerated dependency is gone: remove it from TOLERATED");
    }

    private static ArchCondition<JavaClass> notDependOnClassesThat(DescribedPredicate<? super JavaClass> forbidden) {
        return new ArchCondition<>("not depend on classes that " + forbidden.getDescription()) {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                for (Dependency dependency : javaClass.getDirectDependenciesFromSelf()) {
                    if (forbidden.test(dependency.getTargetClass()) && !TOLERATED.contains(key(dependency))) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static String key(Dependency dependency) {
        return dependency.getOriginClass().getName() + " -> " + dependency.getTargetClass().getName();
    }

    private static Path classesOf(String module) {
        return SourceTree.ROOT.resolve(module).resolve("target/classes");
    }

    /** Classes imported from the module's {@code target/classes}. */
    static DescribedPredicate<JavaClass> inModule(String module) {
        Path compiled = classesOf(module);
        return DescribedPredicate.describe("are in module " + module, javaClass -> javaClass.getSource()
                .map(source -> isIn(source.getUri(), compiled)).orElse(false));
    }

    private static boolean isIn(URI uri, Path directory) {
        return "file".equals(uri.getScheme()) && Path.of(uri).toAbsolutePath().normalize().startsWith(directory);
    }
}
