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
import org.estatedesk.shared.DatabaseMigration;
import org.estatedesk.shared.OperationLog;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The small deployments of the in-container tests: a WAR with the enterprise beans of the capabilities a test needs
 * (whole packages of the ejb module, never its other capabilities), the shared kernel's beans (the caller, the schema
 * migration, validation), the operation log that every use case writes, this module's test support (the package
 * {@code incontainer}: the builders of test data and the caller), and in WEB-INF/lib the persistence module
 * (entities, repositories, persistence.xml, the Flyway migrations). What the persistence module needs at run time
 * (Hibernate, Flyway; the build copies them to {@code deployment.libs}) is the server's shared library, loaded once
 * for all deployments. The first deployment of a run migrates the empty H2 database.
 */
public final class Deployments {
    /**
     * Billing and the service desk use each other's beans (charges of paid services, restore-service tasks) and both
     * the parameters, the outbox and the recipients: one set of packages for both capabilities' tests.
     */
    public static final String[] BILLING_AND_SERVICEDESK = {"org.estatedesk.billing", "org.estatedesk.servicedesk",
        "org.estatedesk.organisation", "org.estatedesk.approvals", "org.estatedesk.jobs",
        "org.estatedesk.notification", "org.estatedesk.security"};

    private Deployments() {
    }

    /** A set of packages (such as {@link #BILLING_AND_SERVICEDESK}) and the capability's own. */
    public static String[] with(String[] packages, String... more) {
        String[] all = java.util.Arrays.copyOf(packages, packages.length + more.length);
        System.arraycopy(more, 0, all, packages.length, more.length);
        return all;
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
        war.addClass(OperationLog.class);
        war.addPackage(Given.class.getPackage());
        war.addAsResource(ejbResource("META-INF/microprofile-config.properties"),
                "META-INF/microprofile-config.properties");
        war.addAsWebInfResource(ejbResource("META-INF/beans.xml"), "beans.xml");
        // the persistence module (its persistence.xml and migrations belong to the application); what it needs at
        // run time is the server's shared library "deploymentLibs" (server.xml, arquillian.xml's sharedLib)
        File[] libs = new File(Objects.requireNonNull(System.getProperty("deployment.libs"),
                "system property deployment.libs (set by the build)"))
                .listFiles((d, n) -> n.startsWith("persistence-") && n.endsWith(".jar"));
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
