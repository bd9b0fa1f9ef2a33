package io.jnetlink.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jnetlink.core.testing.Shell;
import java.util.ArrayList;
import java.util.List;
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
     * stderr, the jar twin's names in its output replaced by the tool twin's.
     *
     * @param renames pairs of names, the jar twin's then the tool twin's, replaced in that order
     */
    static void sameAs(List<Executable> checks, String command, Shell.Result expected, Jnl.Result actual,
            String... renames) {
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
}
