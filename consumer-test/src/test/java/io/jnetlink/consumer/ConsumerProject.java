package io.jnetlink.consumer;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A user's Maven project made from the README's example, and the release it depends on, staged in
 * a file repository standing in for a registry; both built by separate {@code mvn} runs. Each run
 * has a fresh local repository of its own under the work directory: io.jnetlink comes from the
 * staging repository, everything else from the outer build's local repository (read as a remote,
 * so nothing is written there) or Maven Central.
 */
final class ConsumerProject {
    private static final String DEPENDENCIES_MARKER = "<!-- README dependencies -->";
    private static final long BUILD_TIMEOUT_MINUTES = 10;

    private final Path workDir;
    private final Path dir;
    private final Path localRepository;
    private final Path staging;
    private final Path settings;
    private final Path classpathFile;

    private ConsumerProject(Path workDir) {
        this.workDir = workDir;
        this.dir = workDir.resolve("project");
        this.localRepository = workDir.resolve("local-repository");
        this.staging = workDir.resolve("staging-repository");
        this.settings = workDir.resolve("settings.xml");
        this.classpathFile = workDir.resolve("classpath.txt");
    }

    /**
     * Writes the project (pom template plus the README's blocks: the example program and the API
     * tour, compiled together) and its settings under {@code workDir}, emptied first.
     */
    static ConsumerProject write(Path workDir, ReadmeExample example, Path outerRepository) throws IOException {
        deleteTree(workDir);
        ConsumerProject project = new ConsumerProject(workDir);
        Path source = project.dir.resolve("src/main/java").resolve(example.sourcePath());
        Files.createDirectories(source.getParent());
        Files.writeString(source, example.javaSource());
        Files.createDirectories(project.dir.resolve("src/main/java").resolve(ReadmeExample.API_TOUR_PATH).getParent());
        Files.writeString(project.dir.resolve("src/main/java").resolve(ReadmeExample.API_TOUR_PATH),
                example.apiTourSource());
        String template = resource("consumer-pom.xml");
        if (!template.contains(DEPENDENCIES_MARKER)) {
            throw new AssertionError("consumer-pom.xml lost its marker " + DEPENDENCIES_MARKER);
        }
        Files.writeString(project.dir.resolve("pom.xml"), template.replace(DEPENDENCIES_MARKER, example.dependencies()));
        Files.writeString(project.settings, resource("consumer-settings.xml")
                .replace("@LOCAL_REPOSITORY@", project.localRepository.toString())
                .replace("@STAGING_URL@", project.staging.toUri().toString())
                .replace("@OUTER_URL@", outerRepository.toUri().toString()));
        return project;
    }

    /**
     * Deploys the release built in the checkout {@code root} (parent pom, library jars with their
     * sources and javadoc jars) to the staging repository, as {@code staging-pom.xml} describes.
     */
    void stage(Path mavenHome, Path root, String version) throws IOException, InterruptedException {
        Path stagingProject = workDir.resolve("stage");
        Files.createDirectories(stagingProject);
        Files.writeString(stagingProject.resolve("pom.xml"), resource("staging-pom.xml"));
        maven(mavenHome, workDir.resolve("stage.log"),
                "-Dmaven.repo.local=" + stagingProject.resolve("local-repository"),
                "-f", stagingProject.resolve("pom.xml").toString(), "validate",
                "-Djnetlink.root=" + root, "-Djnetlink.version=" + version,
                "-Djnetlink.stagingUrl=" + staging.toUri());
    }

    /** Compiles the project and resolves its class path against the staging repository. */
    void build(Path mavenHome) throws IOException, InterruptedException {
        maven(mavenHome, workDir.resolve("build.log"), "-f", dir.resolve("pom.xml").toString(),
                "compile", "dependency:build-classpath", "-Dmdep.outputFile=" + classpathFile);
    }

    /** The staging repository: what a registry would serve. */
    Path staging() {
        return staging;
    }

    /** The compiled classes. */
    Path classes() {
        return dir.resolve("target/classes");
    }

    /** The resolved dependency jars, as Maven ordered them. */
    List<Path> dependencies() throws IOException {
        String cp = Files.readString(classpathFile).trim();
        return Arrays.stream(cp.split(File.pathSeparator)).map(Path::of).toList();
    }

    /** The consumer build's own local repository. */
    Path localRepository() {
        return localRepository;
    }

    /** Runs {@code mavenHome/bin/mvn} in batch mode with these settings; fails with the log's tail. */
    private void maven(Path mavenHome, Path log, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(mavenHome.resolve("bin/mvn").toString(), "-B", "-ntp",
                "-s", settings.toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        // The same JDK as the outer build, whatever JAVA_HOME or PATH say.
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process mvn = builder.start();
        mvn.getOutputStream().close();
        if (!mvn.waitFor(BUILD_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            mvn.destroyForcibly();
            throw new AssertionError("mvn still running after " + BUILD_TIMEOUT_MINUTES + " min; log " + log);
        }
        if (mvn.exitValue() != 0) {
            List<String> lines = Files.readAllLines(log);
            throw new AssertionError(String.join(" ", command) + " failed (exit " + mvn.exitValue() + "), log "
                    + log + ":\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size())));
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ConsumerProject.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new AssertionError("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
