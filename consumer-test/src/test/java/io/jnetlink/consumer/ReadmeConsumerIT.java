package io.jnetlink.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.jnetlink.core.netns.NetNs;
import io.jnetlink.core.testing.Privileges;
import io.jnetlink.route.testing.IpTool;
import java.io.File;
import java.io.IOException;
import java.lang.module.FindException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What a user gets from the README: the "Use it as a dependency" blocks, built as a separate
 * Maven project against the artifacts staged in a file repository (never ~/.m2), then run on the
 * class path and on the module path, its listing compared with {@code ip -j -d link}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadmeConsumerIT {
    private static final List<String> LIBRARY_MODULES = List.of("netlink-core", "netlink-route", "netlink-vxlan");
    /** The module the README's program needs; it requires the other two. */
    private static final String ROOT_MODULE = "io.jnetlink.vxlan";

    private final String version = property("jnetlink.version");
    private final Path root = Path.of(property("jnetlink.root"));
    private final Path outerRepository = Path.of(property("jnetlink.localRepository"));
    private final Path workDir = Path.of(property("jnetlink.workDir"));
    private ReadmeExample example;
    private ConsumerProject project;

    @BeforeAll
    void buildReadmeProject() throws Exception {
        example = ReadmeExample.read(root.resolve("README.md"));
        Path mavenHome = Path.of(property("jnetlink.mavenHome"));
        Map<Path, String> outerBefore = jnetlinkFilesIn(outerRepository);
        project = ConsumerProject.write(workDir, example, outerRepository);
        project.stage(mavenHome, root, version);
        project.build(mavenHome);
        assertEquals(outerBefore, jnetlinkFilesIn(outerRepository),
                "staging or the consumer build changed io/jnetlink in " + outerRepository);
    }

    @Test
    void stagedArtifactsCarrySourcesAndJavadoc() throws IOException {
        for (String module : LIBRARY_MODULES) {
            Path dir = project.staging().resolve("io/jnetlink").resolve(module).resolve(version);
            assertTrue(Files.isRegularFile(dir.resolve(module + "-" + version + ".pom")), module + " pom staged");
            try (ZipFile sources = new ZipFile(dir.resolve(module + "-" + version + "-sources.jar").toFile());
                 ZipFile javadoc = new ZipFile(dir.resolve(module + "-" + version + "-javadoc.jar").toFile())) {
                assertTrue(sources.stream().anyMatch(e -> e.getName().endsWith(".java")), module + " sources jar has sources");
                assertNotNull(javadoc.getEntry("index.html"), module + " javadoc jar has index.html");
            }
        }
        assertTrue(Files.isRegularFile(project.staging().resolve("io/jnetlink/jnetlink-parent").resolve(version)
                .resolve("jnetlink-parent-" + version + ".pom")), "parent pom staged");
    }

    @Test
    void consumerResolvesExactlyTheStagedJars() throws IOException {
        List<Path> jnetlink = jnetlinkJars();
        assertEquals(List.of("netlink-core", "netlink-route", "netlink-vxlan"),
                jnetlink.stream().map(p -> p.getParent().getParent().getFileName().toString()).sorted().toList());
        for (Path jar : jnetlink) {
            assertTrue(jar.startsWith(project.localRepository()), jar + " resolved into the consumer's own repository");
            Path staged = project.staging().resolve(project.localRepository().relativize(jar));
            assertEquals(-1, Files.mismatch(jar, staged), jar + " is byte-identical to " + staged);
        }
    }

    @Test
    void readmeProgramRunsOnTheClassPath() throws Exception {
        List<Path> classpath = new ArrayList<>(List.of(project.classes()));
        classpath.addAll(project.dependencies());
        runAndCompareWithIp("cp", List.of("-cp", join(classpath)));
    }

    @Test
    void readmeProgramRunsOnTheModulePath() throws Exception {
        // The library modules and the modules they require, found through their descriptors alone,
        // on the module path (so a missing "requires" fails here); the user's class and the other
        // jars (jnr-ffi's own dependencies, which its automatic module reads from the class path)
        // stay on the class path, where a modular Maven build puts them too.
        List<Path> modulePath = requiredModules(ROOT_MODULE);
        assertEquals(jnetlinkJars().stream().sorted().toList(),
                modulePath.stream().filter(jnetlinkJars()::contains).sorted().toList(), "every library jar is a module");
        List<Path> classpath = new ArrayList<>(List.of(project.classes()));
        project.dependencies().stream().filter(p -> !modulePath.contains(p)).forEach(classpath::add);
        runAndCompareWithIp("mp", List.of("--module-path", join(modulePath),
                "--add-modules", ROOT_MODULE, "-cp", join(classpath)));
    }

    @Test
    void libraryModulesExportOnlyTheirApi() throws IOException {
        Map<String, ModuleDescriptor> descriptors = new TreeMap<>();
        for (Path jar : jnetlinkJars()) {
            ModuleFinder.of(jar).findAll().forEach(ref -> descriptors.put(ref.descriptor().name(), ref.descriptor()));
        }
        assertEquals(List.of("io.jnetlink.core", "io.jnetlink.route", "io.jnetlink.vxlan"),
                List.copyOf(descriptors.keySet()));
        for (ModuleDescriptor descriptor : descriptors.values()) {
            assertFalse(descriptor.isAutomatic(), descriptor.name() + " has a module-info");
            for (ModuleDescriptor.Exports exports : descriptor.exports()) {
                // Internal packages go only to named sibling modules, except the libc binding
                // that jnr-ffi implements from a class loader of its own.
                if (exports.source().contains(".internal") && !exports.source().endsWith(".internal.libc")) {
                    assertTrue(exports.isQualified(), descriptor.name() + " exports " + exports.source() + " to all");
                }
            }
        }
        assertTrue(descriptors.get("io.jnetlink.route").uses().contains("io.jnetlink.route.link.LinkKindCodec"));
        assertTrue(descriptors.get("io.jnetlink.vxlan").provides().stream()
                .anyMatch(p -> p.service().equals("io.jnetlink.route.link.LinkKindCodec")
                        && p.providers().contains("io.jnetlink.vxlan.VxlanCodec")));
    }

    /**
     * The jars among the consumer's dependencies that hold {@code root} and the modules it
     * requires, transitively, as their descriptors declare (an automatic module declares none).
     */
    private List<Path> requiredModules(String root) throws IOException {
        Map<String, ModuleReference> byName = new HashMap<>();
        Map<String, Path> jarOf = new HashMap<>();
        for (Path jar : project.dependencies()) {
            try {
                for (ModuleReference ref : ModuleFinder.of(jar).findAll()) {
                    byName.put(ref.descriptor().name(), ref);
                    jarOf.put(ref.descriptor().name(), jar);
                }
            } catch (FindException e) {
                // No valid module name can be derived for it: it can only be on the class path.
            }
        }
        Set<Path> required = new LinkedHashSet<>();
        Deque<String> pending = new ArrayDeque<>(List.of(root));
        while (!pending.isEmpty()) {
            String name = pending.pop();
            ModuleReference ref = byName.get(name);
            if (ref != null && required.add(jarOf.get(name))) {
                ref.descriptor().requires().forEach(r -> pending.push(r.name()));
            }
        }
        return List.copyOf(required);
    }

    private void runAndCompareWithIp(String suffix, List<String> javaOptions) throws Exception {
        Privileges.requireNetAdmin();
        String ns = "jnlt-consumer-" + ProcessHandle.current().pid() + "-" + suffix;
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(javaOptions);
        command.add(example.mainClass());
        command.add(ns);
        try (DemoProcess demo = DemoProcess.start(command, workDir.resolve("demo-" + suffix + ".err"))) {
            List<String> printed = demo.linesBeforePrompt(ns);
            assertEquals(listingFromIp(ns), printed, "the program's listing against ip -n " + ns + " -j -d link");
            assertTrue(printed.stream().anyMatch(l -> l.matches("\\d+: \\S+ bridge")), "a bridge in " + printed);
            assertTrue(printed.stream().anyMatch(l -> l.matches("\\d+: \\S+ vxlan master \\S+ vni \\d+")),
                    "a VXLAN device in a bridge in " + printed);
            assertEquals(0, demo.pressEnterAndWait(), "exit code; stderr: " + demo.errors());
            assertFalse(NetNs.list().contains(ns), ns + " removed by the program");
        } finally {
            if (NetNs.list().contains(ns)) {
                NetNs.delete(ns);
            }
        }
    }

    /** The program's line format, built from iproute2's view of the namespace. */
    private static List<String> listingFromIp(String ns) {
        JsonNode links = IpTool.ipJson(ns, "-d", "link", "show");
        List<String> lines = new ArrayList<>();
        for (JsonNode link : links) {
            JsonNode info = link.path("linkinfo");
            String kind = IpTool.text(info, "info_kind");
            String master = IpTool.text(link, "master");
            StringBuilder line = new StringBuilder()
                    .append(link.get("ifindex").asInt()).append(": ").append(link.get("ifname").asText())
                    .append(' ').append(kind);
            if (master != null) {
                line.append(" master ").append(master);
            }
            if ("vxlan".equals(kind)) {
                line.append(" vni ").append(info.path("info_data").get("id").asInt());
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private List<Path> jnetlinkJars() {
        try {
            return project.dependencies().stream()
                    .filter(p -> p.startsWith(project.localRepository().resolve("io/jnetlink"))).toList();
        } catch (IOException e) {
            throw new AssertionError("cannot read the consumer's class path: " + e.getMessage(), e);
        }
    }

    /** Every file under {@code repository/io/jnetlink} with its size and modification time. */
    private static Map<Path, String> jnetlinkFilesIn(Path repository) throws IOException {
        Path root = repository.resolve("io/jnetlink");
        Map<Path, String> files = new TreeMap<>();
        if (!Files.isDirectory(root)) {
            return files;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.filter(Files::isRegularFile).toList()) {
                files.put(p, Files.size(p) + "@" + Files.getLastModifiedTime(p));
            }
        }
        return files;
    }

    private static String join(List<Path> paths) {
        return paths.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            throw new AssertionError("system property " + name + " not set: run through mvn verify (failsafe)");
        }
        return value;
    }
}
