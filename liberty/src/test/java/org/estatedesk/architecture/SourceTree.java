package org.estatedesk.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The checkout seen from the liberty module's tests: its root (the system property {@code estatedesk.root}, which
 * the liberty pom sets to {@code ${project.basedir}/..}, else {@code ..} — surefire runs in the module's directory
 * whether Maven starts at the root or with {@code -pl liberty}) and the modules with Java sources.
 */
final class SourceTree {

    static final Path ROOT = root();

    /** The modules whose classes make up the application, lowest layer first. */
    static final List<String> APPLICATION_MODULES = List.of("persistence", "ejb", "batch", "web");

    private SourceTree() {
    }

    private static Path root() {
        Path root = Path.of(System.getProperty("estatedesk.root", "..")).toAbsolutePath().normalize();
        if (!Files.isRegularFile(root.resolve("pom.xml")) || !Files.isDirectory(root.resolve("persistence"))) {
            throw new IllegalStateException("not the EstateDesk checkout's root: " + root);
        }
        return root;
    }

    /** Every module directory of the checkout that has {@code src/main/java}. */
    static List<Path> modulesWithSources() {
        try (Stream<Path> children = Files.list(ROOT)) {
            return children.filter(dir -> Files.isDirectory(dir.resolve("src/main/java"))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
