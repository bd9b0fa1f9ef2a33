package io.jnetlink.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jnetlink.core.testing.Shell;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Runs a real tool and the jar's counterpart on the same namespace and compares their bytes. */
final class Outputs {
    private Outputs() {
    }

    /**
     * Masks only what ticks between two runs: the values of bridge and bridge-port timers,
     * finite address lifetimes, route expiry (text and JSON), the neighbour and FDB ages of {@code -s} and the
     * ageing timers of {@code brctl showmacs}.
     * Everything else must match byte for byte.
     */
    static String mask(String text) {
        return text.replaceAll("(hello_timer|tcn_timer|topology_change_timer|gc_timer|hold_timer|message_age_timer"
                        + "|forward_delay_timer)(\": ?| +)[0-9]+\\.[0-9]{2}", "$1 T")
                .replaceAll("valid_lft [0-9]+sec preferred_lft [0-9]+sec", "valid_lft Ns preferred_lft Ns")
                .replaceAll("expires [0-9]+sec", "expires Ns")
                .replaceAll("\"expires\": ?[0-9]+", "\"expires\":N")
                .replaceAll("used [0-9]+(/[0-9]+)+", "used N")
                .replaceAll("\"(used|confirmed|updated)\": ?[0-9]+", "\"$1\":N")
                .replaceAll("(?m)(\t(?:yes|no)\t\t) *[0-9]+\\.[0-9]{2}$", "$1T");
    }

    /**
     * Asserts that {@code real} (a command line) and {@code jnl} (the jar's arguments) print the
     * same. The real tool runs before and after the jar; when its two outputs (or error streams)
     * differ the kernel state moved in between (an ARP probe, a timer, another process's
     * namespace) and the comparison is made again, a few times.
     */
    static void assertSame(List<String> real, List<String> jnl) {
        Shell.Result expected = Shell.exec(real.toArray(String[]::new));
        Jnl.Result actual = Jnl.run(jnl.toArray(String[]::new));
        for (int attempt = 0; attempt < 5; attempt++) {
            Shell.Result after = Shell.exec(real.toArray(String[]::new));
            // stderr counts too: ip's netns name lookup can report a namespace another process is
            // removing at that moment ("Peer netns reference is invalid.").
            if (mask(after.stdout()).equals(mask(expected.stdout())) && after.stderr().equals(expected.stderr())) {
                break;
            }
            expected = after;
            actual = Jnl.run(jnl.toArray(String[]::new));
        }
        String label = String.join(" ", jnl);
        assertEquals(expected.exitCode(), actual.exitCode(), label + ": exit code; stderr " + actual.stderr());
        assertEquals(mask(expected.stdout()), mask(actual.stdout()), label);
        assertEquals(expected.stderr(), actual.stderr(), label + ": stderr");
    }

    /** {@code ip -n NS ARGS} against {@code jnl ip -n NS ARGS}. */
    static void assertIpSame(String ns, String... args) {
        List<String> real = new ArrayList<>(List.of("ip", "-n", ns));
        real.addAll(Arrays.asList(args));
        List<String> ours = new ArrayList<>(List.of("ip", "-n", ns));
        ours.addAll(Arrays.asList(args));
        assertSame(real, ours);
    }
}
