package io.jnetlink.core.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs reference tools (ip, bridge, brctl) in tests, to compare the library against them. */
public final class Shell {
    private Shell() {
    }

    /** {@return the command line {@code ip -n NETNS ARGS...}: ip run in the named namespace} */
    public static String[] ipCommand(String netns, String... args) {
        String[] command = new String[args.length + 3];
        command[0] = "ip";
        command[1] = "-n";
        command[2] = netns;
        System.arraycopy(args, 0, command, 3, args.length);
        return command;
    }

    /** Runs {@code command}, returns its standard output; fails on a non-zero exit. */
    public static String run(String... command) {
        Result r = exec(command);
        if (r.exitCode() != 0) {
            throw new AssertionError(String.join(" ", command) + " exited " + r.exitCode() + ": " + r.stderr());
        }
        return r.stdout();
    }

    /** Runs {@code command} and returns exit code, stdout and stderr. */
    public static Result exec(String... command) {
        try {
            Process p = new ProcessBuilder(List.of(command)).start();
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes();
            byte[] err = p.getErrorStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " timed out");
            }
            return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8),
                    new String(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("cannot run " + String.join(" ", command) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** A finished process. */
    public record Result(int exitCode, String stdout, String stderr) {
    }
}
