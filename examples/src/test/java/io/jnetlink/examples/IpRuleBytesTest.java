package io.jnetlink.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jnetlink.core.message.MessageType;
import io.jnetlink.core.testing.TestNamespace;
import io.jnetlink.route.testing.StraceCapture;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code jnl ip rule add|del} sends what {@code ip rule} sends for the same command line, byte
 * for byte (sequence number and port id aside): each line runs under strace with ip on namespace
 * A and with the jar's main class on its twin B. The last line is refused by the kernel (an IPv6
 * prefix in an IPv4 request, as ip sends it without {@code -6}).
 */
class IpRuleBytesTest {
    private static final List<String> COMMANDS = List.of(
            "rule add from 10.0.0.0/8 table 100",
            "rule add not to 1.2.3.4 pref 50 fwmark 0x10/0xff iif lo oif lo table 1000 tos 0x10",
            "rule add uidrange 1-2 ipproto udp sport 53 dport 10-20 realms 3/4 protocol static tun_id 5 pref 51",
            "rule add pref 52 goto 32766",
            "rule add l3mdev pref 53",
            "rule add table 7 suppress_prefixlength 0 suppress_ifgroup 5 pref 54",
            "rule add nat 1.2.3.4 from 5.5.5.5 pref 55",
            "rule add from 10.1.0.0/16 unreachable pref 56",
            "-4 rule add from default table 5 pref 57",
            "-6 rule add from 2001:db8::/32 pref 56 blackhole",
            "-6 rule add to 2001:db8::1 iif lo nop",
            "rule del pref 52",
            "rule del from 10.0.0.0/8 table 100",
            "-6 rule del from 2001:db8::/32",
            "rule add from 2001:db8::/32 table 3");

    @Test
    void eachRequestMatchesIpsByteForByte() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        try (TestNamespace a = TestNamespace.create("rba"); TestNamespace b = TestNamespace.create("rbb")) {
            for (String command : COMMANDS) {
                List<String> ip = new ArrayList<>(List.of("ip", "-n", a.name()));
                List<String> jnl = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                        Main.class.getName(), "ip", "-n", b.name()));
                ip.addAll(List.of(command.split(" ")));
                jnl.addAll(List.of(command.split(" ")));
                assertEquals(sent(command, ip), sent(command, jnl), command);
            }
        }
    }

    /** The request {@code command} sends ({@code RTM_NEWRULE} or {@code RTM_DELRULE}): type, flags and payload in hex. */
    private static String sent(String command, List<String> line) {
        int type = command.contains("rule del") ? MessageType.RTM_DELRULE : MessageType.RTM_NEWRULE;
        StraceCapture.Request r = StraceCapture.lastRequestEvenIfRefused(type, line.toArray(String[]::new));
        return r.type() + " 0x" + Integer.toHexString(r.flags()) + " " + HexFormat.of().formatHex(r.payload());
    }
}
