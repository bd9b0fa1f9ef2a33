package io.jnetlink.apicheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The library modules' public API against {@code api/ARTIFACT.api}: fails when an element of the
 * baseline was removed or changed, passes additions. With {@code -Dapi.update=true} it writes the
 * baselines instead (see the README and this module's pom).
 */
class LibraryApiTest {
    static final String UPDATE_COMMAND = "mvn -B -pl api-check -am verify -DskipTests -Dapi.update=true";

    /** Artifact id (the baseline's name) to module name, for every library module. */
    private static final Map<String, String> LIBRARY = Map.of(
            "netlink-core", "io.jnetlink.core",
            "netlink-route", "io.jnetlink.route",
            "netlink-vxlan", "io.jnetlink.vxlan");

    private static final String HEADER = """
            # The public API of %s (module %s): one line per element, sorted. A build fails when a line
            # here is missing from the built module (an element removed or changed); additions pass.
            # Regenerate on purpose with: %s
            """;

    /** The io.jnetlink modules on the test class path, by name. */
    private static Map<String, CompiledModule> modules;

    /** A module descriptor and the class names beside it (in a jar or a classes directory). */
    record CompiledModule(ModuleDescriptor descriptor, List<String> classNames) {
    }

    @BeforeAll
    static void findModules() throws IOException {
        modules = new TreeMap<>();
        ClassLoader loader = LibraryApiTest.class.getClassLoader();
        for (URL url : Collections.list(loader.getResources("module-info.class"))) {
            ModuleDescriptor descriptor;
            try (InputStream in = url.openStream()) {
                descriptor = ModuleDescriptor.read(in);
            }
            if (descriptor.name().startsWith("io.jnetlink.")) {
                modules.put(descriptor.name(), new CompiledModule(descriptor, classNames(url)));
            }
        }
    }

    @Test
    void everyLibraryModuleHasABaseline() {
        assertEquals(List.copyOf(new TreeSet<>(LIBRARY.values())), List.copyOf(modules.keySet()),
                "the io.jnetlink modules on the class path; a new library module needs an entry in LIBRARY "
                        + "and a dependency in api-check/pom.xml");
    }

    @ParameterizedTest
    @ValueSource(strings = {"netlink-core", "netlink-route", "netlink-vxlan"})
    void publicApiKeepsItsBaseline(String artifact) throws IOException {
        String moduleName = LIBRARY.get(artifact);
        CompiledModule module = modules.get(moduleName);
        assertNotNull(module, moduleName + " not on the test class path");
        List<String> current = ApiDump.module(module.descriptor(), LibraryApiTest.class.getClassLoader(),
                module.classNames());
        Path file = apiDirectory().resolve(artifact + ".api");
        if (Boolean.getBoolean("api.update")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, HEADER.formatted(artifact, moduleName, UPDATE_COMMAND)
                    + String.join("\n", current) + "\n", StandardCharsets.UTF_8);
            System.out.println("api-check: wrote " + file.normalize() + " (" + current.size() + " elements)");
            return;
        }
        if (!Files.isRegularFile(file)) {
            fail("no baseline " + file.normalize() + " for " + artifact + "; create it with\n  " + UPDATE_COMMAND);
        }
        List<String> baseline = read(file);
        List<ApiDiff.Change> changes = ApiDiff.incompatible(baseline, current);
        if (!changes.isEmpty()) {
            fail(ApiDiff.report(artifact, "api/" + artifact + ".api", changes, UPDATE_COMMAND));
        }
        List<String> added = ApiDiff.added(baseline, current);
        if (!added.isEmpty()) {
            System.out.println("api-check: " + artifact + " adds " + added.size()
                    + " elements not yet in its baseline (fine; regenerate to record them)");
        }
    }

    /** A baseline's element lines: blank lines and {@code #} comments left out. */
    static List<String> read(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
    }

    private static Path apiDirectory() {
        String dir = System.getProperty("api.dir");
        if (dir == null) {
            throw new IllegalStateException("system property api.dir not set: run through mvn (api-check/pom.xml)");
        }
        return Path.of(dir);
    }

    /** The classes in the jar or directory that holds {@code moduleInfo}. */
    private static List<String> classNames(URL moduleInfo) throws IOException {
        List<String> entries = new ArrayList<>();
        if ("jar".equals(moduleInfo.getProtocol())) {
            JarURLConnection connection = (JarURLConnection) moduleInfo.openConnection();
            connection.setUseCaches(false);
            try (JarFile jar = connection.getJarFile()) {
                jar.stream().forEach(e -> entries.add(e.getName()));
            }
        } else {
            Path root;
            try {
                root = Path.of(moduleInfo.toURI()).getParent();
            } catch (URISyntaxException e) {
                throw new IllegalStateException(moduleInfo.toString(), e);
            }
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(Files::isRegularFile)
                        .forEach(p -> entries.add(root.relativize(p).toString().replace('\\', '/')));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        return entries.stream()
                .filter(name -> name.endsWith(".class") && !name.startsWith("META-INF/")
                        && !name.endsWith("module-info.class") && !name.endsWith("package-info.class"))
                .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                .sorted().toList();
    }
}
