package io.jnetlink.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnetlink.core.testing.Shell;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.function.Executable;

/**
 * What the replay tests share: a command line from one of their word lists, and the comparison of
 * one line run with the real tool on one twin and with the jar on the other.
 */
final class Replay {
    private Replay() {
    }

    /** {@code prefix}, then the words of {@code command} split at spaces, {@code ''} standing for the empty word. */
    static String[] words(List<String> prefix, String command) {
        return words(prefix, command, UnaryOperator.identity());
    }

    /** As {@link #words(List, String)}, each word of {@code command} passed through {@code substitute} first. */
    static String[] words(List<String> prefix, String command, UnaryOperator<String> substitute) {
        List<String> words = new ArrayList<>(prefix);
        for (String word : command.split(" ")) {
            String substituted = substitute.apply(word);
            words.add(substituted.equals("''") ? "" : substituted);
        }
        return words.toArray(String[]::new);
    }

    /**
     * Adds the checks that the jar answered {@code command} as the tool did: exit status, stdout and
     * stderr, the jar twin's names in its output replaced by the tool twin's. Where the tool printed
     * a usage screen, only the stream and the status are compared: the jar's usage text is its own.
     *
     * @param renames pairs of names, the jar twin's then the tool twin's, replaced in that order
     */
    static void sameAs(List<Executable> checks, String command, Shell.Result expected, Jnl.Result actual,
            String... renames) {
        if (expected.stderr().startsWith("Usage:")) {
            sameUsage(checks, command, expected, actual);
            return;
        }
        String out = actual.stdout();
        String err = actual.stderr();
        for (int i = 0; i + 1 < renames.length; i += 2) {
            out = out.replace(renames[i], renames[i + 1]);
            err = err.replace(renames[i], renames[i + 1]);
        }
        String stdout = out;
        String stderr = err;
        checks.add(() -> assertEquals(expected.exitCode(), actual.exitCode(), command + ": exit status; " + stderr));
        checks.add(() -> assertEquals(expected.stdout(), stdout, command + ": stdout"));
        checks.add(() -> assertEquals(expected.stderr(), stderr, command + ": stderr"));
    }

    /** A usage screen: its text is our own, so the stream (standard error only) and the status must match. */
    private static void sameUsage(List<Executable> checks, String command, Shell.Result expected, Jnl.Result actual) {
        checks.add(() -> assertEquals(expected.exitCode(), actual.exitCode(), command + ": exit status"));
        checks.add(() -> assertTrue(expected.stdout().isEmpty() && actual.stdout().isEmpty()
                && !actual.stderr().isEmpty(), command + ": usage on standard error only"));
    }

    /**
     * As {@link #sameAs}, for a command that lists hash-table entries: the entries of both outputs
     * are compared {@link #inOrder}. A command asking for {@code help} is judged by stream and exit
     * status only, the usage text being our own.
     */
    static void sameListingAs(List<Executable> checks, String command, Shell.Result expected, Jnl.Result actual,
            String... renames) {
        if (command.contains("help")) {
            sameUsage(checks, command, expected, actual);
            return;
        }
        sameAs(checks, command, new Shell.Result(expected.exitCode(), inOrder(expected.stdout()), expected.stderr()),
                new Jnl.Result(actual.exitCode(), inOrder(actual.stdout()), actual.stderr()), renames);
    }

    /**
     * A listing in a fixed order: the kernel dumps the neighbour and FDB hash tables in an order
     * that differs from one namespace to the next (and a dump may repeat an entry the table moved),
     * so the entries (lines, or the objects of a one-line JSON array) are sorted and repeats dropped.
     */
    static String inOrder(String listing) {
        if (listing.startsWith("[{") && listing.indexOf('\n') == listing.length() - 1) {
            String body = listing.substring(2, listing.length() - 3);
            return "[{" + String.join("},{", new TreeSet<>(List.of(body.split("\\},\\{")))) + "}]\n";
        }
        return String.join("\n", new TreeSet<>(List.of(listing.split("\n"))));
    }
}
