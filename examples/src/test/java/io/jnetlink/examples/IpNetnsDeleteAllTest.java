package io.jnetlink.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jnetlink.core.testing.Shell;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code ip -all netns delete} deletes every named namespace, so it runs only in a mount namespace
 * of its own with an empty {@code /run/netns} (unshare -m, a tmpfs): there ip and the jar each
 * delete two namespaces, and print and exit alike; {@code ip netns delete -all} names a namespace
 * called {@code -all} in ip 6.1.
 */
class IpNetnsDeleteAllTest {
    @Test
    void everyNamedNamespaceGoesAsWithIp() {
        String jnl = String.join(" ", Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "ip");
        String script = "mount --make-rprivate / && mount -t tmpfs none /run/netns || exit 9\n"
                + "for tool in ip '" + jnl + "'; do\n"
                + "  ip netns add all-one && ip netns add all-two || exit 8\n"
                + "  $tool -all netns delete; echo \"status $?\"; ls /run/netns | wc -l\n"
                + "  $tool -all netns delete; echo \"empty $?\"\n"
                + "  $tool netns delete -all 2>&1; echo \"named $?\"\n"
                + "  $tool -all netns list; echo \"list $?\"\n"
                + "done\n";
        Shell.Result r = Shell.exec("unshare", "-m", "sh", "-c", script);
        assertEquals(0, r.exitCode(), r.stderr());
        String[] halves = r.stdout().split("(?=status )");
        assertEquals(2, halves.length, r.stdout());
        assertEquals("status 0\n0\nempty 0\nCannot remove namespace file \"/run/netns/-all\": No such file or directory\n"
                + "named 1\nlist 0\n", halves[0]);
        assertEquals(halves[0], halves[1]);
    }
}
