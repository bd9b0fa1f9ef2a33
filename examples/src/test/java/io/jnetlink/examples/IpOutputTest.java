package io.jnetlink.examples;

import static io.jnetlink.examples.Outputs.assertIpSame;
import static io.jnetlink.examples.Outputs.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnetlink.core.testing.Shell;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The jar's ip, bridge and brctl against iproute2 6.1 and bridge-utils on the same throwaway
 * namespaces, byte for byte (only ticking timers and lifetimes masked).
 */
class IpOutputTest extends TopologyFixture {
    private static final List<String> LINKS = List.of("lo", "ifb0", "br0", "veth0", "veth1", "vxlan0", "vxlan1", "vxlan2",
            "lower0", "lower0p", "mv0", "ms0", "mvt0", "tap0", "tun0", "eth0", "eth1");

    @Test
    void linkShowMatchesIpWithEveryOutputOption() {
        for (String[] options : new String[][] {{}, {"-d"}, {"-o"}, {"-c"}, {"-d", "-o", "-c"}, {"-details"}}) {
            String[] args = new String[options.length + 1];
            System.arraycopy(options, 0, args, 0, options.length);
            args[options.length] = "link";
            assertIpSame(ns, args);
        }
    }

    @Test
    void eachKindOfLinkMatchesIpInDetail() {
        for (String link : LINKS) {
            assertIpSame(ns, "-d", "link", "show", link);
            assertIpSame(ns, "-o", "-c", "-d", "link", "show", "dev", link);
        }
    }

    @Test
    void vethPeersInOtherNamespacesShowLinkNetnsNameAndLinkNetnsid() {
        String named = Shell.run("ip", "-n", ns, "link", "show", "eth0");
        String unnamed = Shell.run("ip", "-n", ns, "link", "show", "eth1");
        assertTrue(named.contains("link-netns " + topology.peer.name()), named);
        assertTrue(unnamed.contains("link-netnsid "), unnamed);
        assertIpSame(ns, "link", "show", "eth0");
        assertIpSame(ns, "link", "show", "eth1");
        assertIpSame(topology.peer.name(), "-d", "link");
    }

    @Test
    void linkFiltersMatchIp() {
        assertIpSame(ns, "link", "show", "up");
        assertIpSame(ns, "link", "show", "master", "br0");
        assertIpSame(ns, "link", "show", "type", "veth");
        assertIpSame(ns, "l");
    }

    @Test
    void addressShowMatchesIpForBothFamiliesAndEveryOutputOption() {
        for (String[] options : new String[][] {{}, {"-o"}, {"-c"}, {"-4"}, {"-6"}, {"-d"}, {"-o", "-6"}, {"-c", "-4", "-o"}}) {
            String[] args = new String[options.length + 1];
            System.arraycopy(options, 0, args, 0, options.length);
            args[options.length] = "addr";
            assertIpSame(ns, args);
        }
        assertIpSame(ns, "address", "show", "dev", "br0");
        assertIpSame(ns, "a", "show", "lower0");
        assertIpSame(ns, "addr", "show", "eth1");
    }

    @Test
    void routeShowMatchesIpForTablesFamiliesAndOptions() {
        assertIpSame(ns, "route");
        assertIpSame(ns, "r");
        assertIpSame(ns, "-6", "route");
        assertIpSame(ns, "route", "show", "table", "100");
        assertIpSame(ns, "route", "show", "table", "all");
        assertIpSame(ns, "route", "show", "table", "local");
        assertIpSame(ns, "-6", "route", "show", "table", "local");
        assertIpSame(ns, "-o", "route");
        assertIpSame(ns, "-c", "route", "show", "table", "all");
        assertIpSame(ns, "-d", "route");
        assertIpSame(ns, "route", "show", "dev", "br0");
    }

    @Test
    void neighboursMatchIp() {
        assertIpSame(ns, "neigh");
        assertIpSame(ns, "-c", "neigh", "show", "dev", "vxlan0");
    }

    @Test
    void bridgeFdbMatchesBridgeIncludingTheVxlanPeerEntries() {
        for (List<String> args : List.of(List.of("fdb", "show"), List.of("-c", "fdb", "show"),
                List.of("fdb", "show", "dev", "vxlan0"), List.of("fdb", "show", "br", "br0"))) {
            List<String> real = new java.util.ArrayList<>(List.of("bridge", "-n", ns));
            real.addAll(args);
            List<String> ours = new java.util.ArrayList<>(List.of("bridge", "-n", ns));
            ours.addAll(args);
            assertSame(real, ours);
        }
    }

    @Test
    void brctlShowAndShowmacsMatchBridgeUtils() {
        assertSame(List.of("ip", "netns", "exec", ns, "brctl", "show"), List.of("-n", ns, "brctl", "show"));
        assertSame(List.of("ip", "netns", "exec", ns, "brctl", "show", "br0"), List.of("-n", ns, "brctl", "show", "br0"));
        assertSame(List.of("ip", "netns", "exec", ns, "brctl", "show", "nosuch"),
                List.of("-n", ns, "brctl", "show", "nosuch"));
        assertSame(List.of("ip", "netns", "exec", topology.peer.name(), "brctl", "show"),
                List.of("-n", topology.peer.name(), "brctl", "show"));
        for (String bridge : List.of("br0", "nosuch", "veth1")) {
            assertSame(List.of("ip", "netns", "exec", ns, "brctl", "showmacs", bridge),
                    List.of("-n", ns, "brctl", "showmacs", bridge));
        }
        assertSame(List.of("ip", "netns", "exec", ns, "brctl", "showmacs"), List.of("-n", ns, "brctl", "showmacs"));
    }

    @Test
    void netnsListShowsIdsAsIpDoes() {
        assertIpSame(ns, "netns");
        assertIpSame(ns, "netns", "list");
        assertIpSame(ns, "-j", "netns", "list");
        assertIpSame(ns, "netns", "list-id");
        assertIpSame(ns, "-j", "-p", "netns", "list-id");
        assertIpSame(ns, "netns", "identify");
        assertIpSame(ns, "netns", "identify", "999999999");
        assertIpSame(ns, "netns", "pids", "jnlt-no-such-namespace");
    }

    @Test
    void netnsIdentifyAndPidsFindAProcessInsideANamespace() throws Exception {
        Process sleeper = new ProcessBuilder("ip", "netns", "exec", ns, "sleep", "60").start();
        try {
            String pid = Long.toString(sleeper.pid()); // ip netns exec execs sleep: same pid
            for (int i = 0; i < 50 && !Shell.run("ip", "netns", "pids", ns).contains(pid); i++) {
                Thread.sleep(100); // until the process has entered the namespace
            }
            assertTrue(Shell.run("ip", "netns", "pids", ns).contains(pid));
            assertSame(List.of("ip", "netns", "pids", ns), List.of("ip", "netns", "pids", ns));
            assertSame(List.of("ip", "netns", "identify", pid), List.of("ip", "netns", "identify", pid));
        } finally {
            sleeper.destroy();
            sleeper.waitFor();
        }
    }

    @Test
    void unknownDevicesAndNamespacesFailAsIpDoes() {
        assertIpSame(ns, "link", "show", "nosuch0");
        assertIpSame(ns, "addr", "show", "dev", "nosuch0");
        assertIpSame(ns, "route", "show", "dev", "nosuch0");
        assertIpSame(ns, "route", "show", "table", "nosuch");
        assertIpSame("jnlt-no-such-namespace", "link");
        assertSame(List.of("bridge", "-n", ns, "fdb", "show", "dev", "nosuch0"),
                List.of("bridge", "-n", ns, "fdb", "show", "dev", "nosuch0"));
    }
}
