package io.jnetlink.examples.overlay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnetlink.core.netns.NetNs;
import io.jnetlink.core.testing.Privileges;
import io.jnetlink.core.testing.Shell;
import io.jnetlink.route.Rtnl;
import io.jnetlink.route.link.Link;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code overlay-lab up}, a cross-host ping over the uber-svc overlay, {@code down}, and nothing of
 * the lab left; a failure part way leaves nothing either. The lab runs under a prefix unique to
 * this test run, so only namespaces the test makes are touched.
 */
class OverlayLabTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void upPingsAcrossHostsAndDownRemovesEverything() {
        Privileges.requireNetAdmin();
        String prefix = "jnlt-ovlab-" + ProcessHandle.current().pid() + "-";
        List<String> rootLinks = rootLinkNames();
        try {
            assertEquals(0, run("--prefix", prefix, "up"), text());
            assertEquals(10, labNamespaces(prefix).size());
            assertEquals(0, run("--prefix", prefix, "up"), text());
            assertTrue(text().contains("already up"), text());

            String manager = prefix + "manager-uber-svc.1";
            String worker = prefix + "worker-uber-svc.1";
            assertEquals(0, ping(manager, "10.0.0.4"), "manager's container reaches the worker's over uber-svc");
            assertEquals(0, ping(worker, "10.0.0.3"), "and back");
            assertEquals(0, ping(manager, "10.255.0.6"), "over ingress too");

            assertEquals(0, run("--prefix", prefix, "status"), text());
            assertTrue(text().contains("vxlan0 vxlan id 4097 dstport 4789 UP master br0"), text());
            assertTrue(text().contains("fdb 02:42:0a:00:00:04 dst 192.168.246.195"), text());
        } finally {
            run("--prefix", prefix, "down");
        }
        assertEquals(List.of(), labNamespaces(prefix), text());
        assertEquals(rootLinks, rootLinkNames(), "the root namespace's links are untouched");
        assertEquals(0, run("--prefix", prefix, "status"));
        assertTrue(text().contains("overlay-lab is down"), text());
    }

    @Test
    void aFailureHalfwayLeavesNothingBehind() {
        Privileges.requireNetAdmin();
        // Names up to 19 characters after the prefix fit in /run/netns; "manager-ingress_sbox" (20)
        // does not, so up fails after the hosts, underlay, gateway bridge and two overlays exist.
        StringBuilder prefix = new StringBuilder("jnlt-ovfail-" + ProcessHandle.current().pid() + "-");
        while (prefix.length() < 255 - 19) {
            prefix.append('x');
        }
        String p = prefix.toString();
        try {
            assertEquals(1, run("--prefix", p, "up"), text());
            assertTrue(text().contains("deleted netns " + p + "manager-1-uber-svc"), text());
        } finally {
            run("--prefix", p, "down");
        }
        assertEquals(List.of(), labNamespaces(p));
    }

    @Test
    void refusesUnknownActionsAndMissingArguments() {
        assertEquals(2, run());
        assertEquals(2, run("sideways"));
        assertEquals(2, run("--prefix"));
        assertEquals(0, run("--help"));
        assertTrue(text().contains("Usage: overlay-lab"));
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            return OverlayLab.run(args, o, e);
        }
    }

    private String text() {
        return out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    }

    private static List<String> labNamespaces(String prefix) {
        return NetNs.list().stream().filter(n -> n.startsWith(prefix)).toList();
    }

    private static List<String> rootLinkNames() {
        try (Rtnl rtnl = Rtnl.open()) {
            return rtnl.links().list().stream().map(Link::name).sorted().toList();
        }
    }

    private static int ping(String ns, String to) {
        return Shell.exec("ip", "netns", "exec", ns, "ping", "-c1", "-W1", to).exitCode();
    }
}
