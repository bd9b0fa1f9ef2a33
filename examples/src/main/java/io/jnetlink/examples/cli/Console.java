package io.jnetlink.examples.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Map;
import java.util.Objects;

/**
 * Where a command writes and what environment it sees: the process's own streams when run from
 * {@code java -jar}, buffers when a test runs a command in-process.
 *
 * @param out              standard output
 * @param err              standard error
 * @param env              environment variables ({@code DOCKER_HOST}, {@code COLORFGBG})
 * @param processStreams   true when {@code out}/{@code err} are this process's own descriptors,
 *                         so a child process may inherit them (keeps a terminal interactive)
 * @param in               standard input ({@code ip -batch -} reads it)
 */
public record Console(PrintStream out, PrintStream err, Map<String, String> env, boolean processStreams,
                      InputStream in) {

    /** Validates the streams and copies the environment. */
    public Console {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        Objects.requireNonNull(in, "in");
        env = Map.copyOf(env);
    }

    /** This process's standard streams and environment. */
    public static Console system() {
        return new Console(System.out, System.err, System.getenv(), true, System.in);
    }

    /**
     * Buffers or other streams, with {@code env} as the environment and nothing on standard input
     * (for running commands in-process).
     */
    public static Console of(PrintStream out, PrintStream err, Map<String, String> env) {
        return new Console(out, err, env, false, InputStream.nullInputStream());
    }

    /** {@return this console reading standard input from {@code input}} */
    public Console withInput(InputStream input) {
        return new Console(out, err, env, processStreams, input);
    }
}
