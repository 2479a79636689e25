package org.estatedesk.incontainer;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.estatedesk.audit.OperationLog;
import org.estatedesk.shared.DatabaseMigration;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The small deployments of the in-container tests: a WAR with the enterprise beans of the capabilities a test needs
 * (whole packages of the ejb module, never its other capabilities), the shared kernel's beans (the caller, the schema
 * migration, validation), the operation log that every use case writes, this module's test support, and in
 * WEB-INF/lib the persistence module (entities, repositories, persistence.xml, the Flyway migrations) with what it
 * needs at run time (Hibernate, Flyway; the build copies them to {@code deployment.libs}). The first deployment of a
 * run migrates the empty H2 database.
 */
public final class Deployments {
    private Deployments() {
    }

    /** A WAR with the ejb module's classes of the given packages (capabilities) and the shared beans. */
    public static WebArchive capabilities(String name, String... packages) {
        WebArchive war = ShrinkWrap.create(WebArchive.class, name + ".war");
        List<String> wanted = new ArrayList<>(List.of(packages));
        wanted.add("org.estatedesk.shared");
        PortAnswers.addTo(war, wanted);
        for (String className : ejbClasses(wanted)) {
            war.addClass(className);
        }
        war.addClasses(OperationLog.class, Given.class, Caller.class);
        war.addAsResource(ejbResource("META-INF/microprofile-config.properties"),
                "META-INF/microprofile-config.properties");
        war.addAsWebInfResource(ejbResource("META-INF/beans.xml"), "beans.xml");
        File[] libs = new File(Objects.requireNonNull(System.getProperty("deployment.libs"),
                "system property deployment.libs (set by the build)")).listFiles((d, n) -> n.endsWith(".jar"));
        war.addAsLibraries(Objects.requireNonNull(libs, "no deployment.libs directory"));
        return war;
    }

    private static Path ejbModule() {
        try {
            return Path.of(DatabaseMigration.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static File ejbResource(String path) {
        Path module = ejbModule();
        if (Files.isDirectory(module)) {
            return module.resolve(path).toFile();
        }
        try (FileSystem jar = FileSystems.newFileSystem(module)) {
            Path copy = Files.createTempFile("ejb-", "-" + Path.of(path).getFileName());
            Files.copy(jar.getPath(path), copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            copy.toFile().deleteOnExit();
            return copy.toFile();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The top-level classes of the ejb module (its classes directory or its jar) in the given packages. */
    private static List<String> ejbClasses(List<String> packages) {
        Path module = ejbModule();
        try {
            if (Files.isDirectory(module)) {
                return classesIn(module, packages);
            }
            try (FileSystem jar = FileSystems.newFileSystem(module)) {
                return classesIn(jar.getPath("/"), packages);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> classesIn(Path root, List<String> packages) throws IOException {
        List<String> names = new ArrayList<>();
        for (String p : packages) {
            Path dir = root.resolve(p.replace('.', '/'));
            if (!Files.isDirectory(dir)) {
                throw new IllegalArgumentException("no package " + p + " in the ejb module " + root);
            }
            try (Stream<Path> files = Files.list(dir)) {
                files.map(f -> f.getFileName().toString())
                        .filter(n -> n.endsWith(".class") && !n.contains("$"))
                        .map(n -> p + "." + n.substring(0, n.length() - ".class".length()))
                        .forEach(names::add);
            }
        }
        return names;
    }
}
