package io.jnetlink.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.jnetlink.core.message.MessageType;
import io.jnetlink.core.testing.Shell;
import io.jnetlink.core.testing.TestNamespace;
import io.jnetlink.route.testing.StraceCapture;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code jnl ip address add|change|replace|delete} sends what {@code ip} sends for the same command
 * line, byte for byte (sequence number and port id aside), for command lines that give the options
 * in the order the library encodes them (local, peer, label, metric, flags, broadcast, anycast,
 * lifetimes): each line runs under strace with ip on namespace A and with the jar's main class on
 * its twin B.
 */
class IpAddrBytesTest {
    private static final List<String> COMMANDS = List.of(
            "addr add 10.0.0.1/24 dev d0",
            "addr add 10.0.0.2/24 label d0:1 metric 5 brd + dev d0",
            "addr add 10.0.0.3/24 dev d0 brd -",
            "addr add 10.0.1.1 peer 10.0.1.2/30 dev d0 scope link",
            "addr add 127.0.0.5/8 dev lo",
            "addr add fd00::1/64 dev d0 nodad",
            "addr add fd00::2/64 dev d0 nodad noprefixroute valid_lft 100 preferred_lft 50",
            "addr add ::ffff:1.2.3.4/128 dev d0 nodad",
            "addr add 10.0.2.1/24 dev d0 anycast 10.0.2.9",
            "addr change 10.0.0.1/24 dev d0 valid_lft 1000 preferred_lft 500",
            "addr replace 10.0.0.1/24 dev d0 metric 7",
            "addr replace 10.0.9.1/24 dev d0",
            "addr del 10.0.9.1/24 dev d0",
            "addr del 10.0.0.3 dev d0",
            "addr del fd00::1/64 dev d0");

    @Test
    void eachRequestMatchesIpsByteForByte() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        try (TestNamespace a = TestNamespace.create("aba"); TestNamespace b = TestNamespace.create("abb")) {
            for (TestNamespace twin : List.of(a, b)) {
                Shell.run("ip", "-n", twin.name(), "link", "add", "d0", "type", "veth", "peer", "name", "d1");
                Shell.run("ip", "-n", twin.name(), "link", "set", "lo", "up");
            }
            for (String command : COMMANDS) {
                List<String> ip = new ArrayList<>(List.of("ip", "-n", a.name()));
                List<String> jnl = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                        Main.class.getName(), "ip", "-n", b.name()));
                ip.addAll(List.of(command.split(" ")));
                jnl.addAll(List.of(command.split(" ")));
                List<String> expected = sent(command, ip);
                assertFalse(expected.isEmpty(), command);
                assertEquals(expected, sent(command, jnl), command);
            }
        }
    }

    /** The request {@code command} sends ({@code RTM_DELADDR} or {@code RTM_NEWADDR}): type, flags and payload in hex. */
    private static List<String> sent(String command, List<String> line) {
        int type = command.startsWith("addr del") ? MessageType.RTM_DELADDR : MessageType.RTM_NEWADDR;
        List<String> shown = new ArrayList<>();
        for (StraceCapture.Request r : StraceCapture.requests(type, line.toArray(String[]::new))) {
            shown.add(r.type() + " 0x" + Integer.toHexString(r.flags()) + " " + HexFormat.of().formatHex(r.payload()));
        }
        return shown;
    }
}
