package io.jnetlink.examples;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jnetlink.core.testing.Privileges;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The shared two-node Docker Swarm lab ({@code shared/docker-lab/lab.sh}): started if it is not
 * up (and then taken down again by {@link #close()}), left alone when someone else had it up.
 * Without the script or a working Docker the tests skip with the reason, except under
 * {@code CI=true}, where that is a failure.
 */
final class DockerLab implements AutoCloseable {
    /** The manager node's daemon socket, as lab.sh binds it. */
    static final String MANAGER_DOCKER_HOST = "unix:///run/swarm-mgr/docker.sock";

    /** Serialises test JVMs (other checkouts, other modules) that want the one lab on this host. */
    private static final Path LOCK_FILE = Path.of(System.getProperty("java.io.tmpdir"), "jnetlink-docker-lab.lock");

    private final Path script;
    private final boolean startedHere;
    private final FileChannel lock;

    private DockerLab(Path script, boolean startedHere, FileChannel lock) {
        this.script = script;
        this.startedHere = startedHere;
        this.lock = lock;
    }

    /** The lab, up and healthy; skips (or fails in CI) when it cannot run here. */
    static DockerLab start() {
        Privileges.requireNetAdmin();
        Path script = findScript();
        unavailableIf(script == null, "no shared/docker-lab/lab.sh (set LAB_SH to its path)");
        FileChannel lock = lockLab();
        boolean wasUp = run(List.of(script.toString(), "status"), Map.of(), 60).stdout().contains("dockerd[mgr]: running");
        Result up = run(List.of(script.toString(), "up"), Map.of(), 900);
        if (up.exitCode() != 0) {
            closeQuietly(lock);
            unavailableIf(true, "lab.sh up failed (" + up.exitCode() + "): " + tail(up.stderr()));
        }
        return new DockerLab(script, !wasUp, lock);
    }

    /** Waits for, then holds, the host-wide lab lock; it is released by {@link #close()}. */
    private static FileChannel lockLab() {
        try {
            FileChannel channel = FileChannel.open(LOCK_FILE, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            channel.lock();
            return channel;
        } catch (IOException e) {
            throw new AssertionError("cannot lock " + LOCK_FILE + ": " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // closing releases the lock; nothing else to undo
        }
    }

    /** Runs {@code command} in the manager node's network and mount namespaces. */
    Result node(String... command) {
        List<String> line = new ArrayList<>(List.of(script.toString(), "node", "mgr"));
        line.addAll(List.of(command));
        return run(line, Map.of("DOCKER_HOST", MANAGER_DOCKER_HOST), 120);
    }

    /** Runs the real docker CLI against the manager. */
    Result docker(String... args) {
        List<String> line = new ArrayList<>(List.of(script.toString(), "docker", "mgr"));
        line.addAll(List.of(args));
        return run(line, Map.of(), 120);
    }

    /** Runs this module's {@code Main} in a JVM inside the manager node (where Docker's netns files are). */
    Result jnl(String... args) {
        List<String> line = new ArrayList<>(List.of(script.toString(), "node", "mgr",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        line.addAll(List.of(args));
        return run(line, Map.of("DOCKER_HOST", MANAGER_DOCKER_HOST), 120);
    }

    /** Takes the lab down if this object brought it up, then lets the next test JVM have it. */
    @Override
    public void close() {
        try {
            if (startedHere) {
                run(List.of(script.toString(), "down"), Map.of(), 300);
            }
        } finally {
            closeQuietly(lock);
        }
    }

    /** A finished process. */
    record Result(int exitCode, String stdout, String stderr) {
        /** Stdout, failing the test when the command did not succeed. */
        String ok() {
            if (exitCode != 0) {
                throw new AssertionError("exit " + exitCode + ": " + stderr);
            }
            return stdout;
        }
    }

    private static void unavailableIf(boolean unavailable, String reason) {
        if (!unavailable) {
            return;
        }
        if ("true".equals(System.getenv("CI"))) {
            throw new AssertionError("CI=true but the Docker lab cannot run: " + reason);
        }
        assumeTrue(false, "skipped: " + reason);
    }

    private static Path findScript() {
        String configured = System.getenv("LAB_SH");
        if (configured != null && !configured.isEmpty()) {
            return Path.of(configured);
        }
        Path dir = Path.of("").toAbsolutePath();
        for (Path at = dir; at != null; at = at.getParent()) {
            Path candidate = at.resolve("shared/docker-lab/lab.sh");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static String tail(String text) {
        return text.length() > 600 ? text.substring(text.length() - 600) : text;
    }

    private static Result run(List<String> command, Map<String, String> env, long timeoutSeconds) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command);
            builder.environment().putAll(env);
            builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            Process p = builder.start();
            CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " timed out");
            }
            return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8),
                    new String(err.join(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("cannot run " + command + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static byte[] readAll(java.io.InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
