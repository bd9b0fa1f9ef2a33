package io.jnetlink.consumer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The README's program running in its own JVM: it prints its links, then waits for Enter before
 * removing its namespace, which gives the test the moment to look with {@code ip}.
 */
final class DemoProcess implements AutoCloseable {
    private static final String PROMPT = "Press Enter to remove namespace ";
    private static final long TIMEOUT_SECONDS = 60;

    private final Process process;
    private final Path stderr;
    private final BufferedReader stdout;

    private DemoProcess(Process process, Path stderr) {
        this.process = process;
        this.stderr = stderr;
        this.stdout = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /** Starts {@code command} (a java command line), its standard error going to {@code stderr}. */
    static DemoProcess start(List<String> command, Path stderr) throws IOException {
        return new DemoProcess(new ProcessBuilder(command).redirectError(stderr.toFile()).start(), stderr);
    }

    /** The lines printed before the prompt for {@code namespace}; fails if the program ends or stalls first. */
    List<String> linesBeforePrompt(String namespace) throws Exception {
        CompletableFuture<List<String>> lines = CompletableFuture.supplyAsync(() -> readUntil(PROMPT + namespace));
        try {
            return lines.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("no prompt within " + TIMEOUT_SECONDS + " s; stderr: " + errors(), e);
        } catch (ExecutionException e) {
            throw new AssertionError(e.getCause().getMessage() + "; stderr: " + errors(), e.getCause());
        }
    }

    /** Presses Enter and returns the exit code once the program has finished. */
    int pressEnterAndWait() throws IOException, InterruptedException {
        try (OutputStream in = process.getOutputStream()) {
            in.write('\n');
        }
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            throw new AssertionError("still running " + TIMEOUT_SECONDS + " s after Enter; stderr: " + errors());
        }
        return process.exitValue();
    }

    /** What the program wrote to standard error so far. */
    String errors() throws IOException {
        return Files.readString(stderr);
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }

    private List<String> readUntil(String prompt) {
        List<String> lines = new ArrayList<>();
        try {
            for (String line = stdout.readLine(); line != null; line = stdout.readLine()) {
                if (line.equals(prompt)) {
                    return lines;
                }
                lines.add(line);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the program's output: " + e.getMessage(), e);
        }
        throw new IllegalStateException("the program ended before its prompt, after printing " + lines);
    }
}
