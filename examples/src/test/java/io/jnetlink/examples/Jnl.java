package io.jnetlink.examples;

import io.jnetlink.examples.cli.Console;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs the jar's commands in-process for tests, capturing both streams. */
public final class Jnl {
    private Jnl() {
    }

    /** The outcome of one command line. */
    public record Result(int exitCode, String stdout, String stderr) {
    }

    /** Runs {@code args} with this process's environment. */
    public static Result run(String... args) {
        return runWithEnv(Map.of(), args);
    }

    /** Runs {@code args} with {@code input} on standard input. */
    public static Result runWithInput(String input, String... args) {
        return run(Map.of(), new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), args);
    }

    /** Runs {@code args} with this process's environment plus {@code extraEnv}. */
    public static Result runWithEnv(Map<String, String> extraEnv, String... args) {
        return run(extraEnv, InputStream.nullInputStream(), args);
    }

    private static Result run(Map<String, String> extraEnv, InputStream input, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Map<String, String> env = new HashMap<>(System.getenv());
        env.putAll(extraEnv);
        int status;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            status = Main.run(List.of(args), Console.of(o, e, env).withInput(input));
        }
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
