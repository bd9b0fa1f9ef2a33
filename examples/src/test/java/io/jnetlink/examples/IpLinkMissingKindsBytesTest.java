package io.jnetlink.examples;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnetlink.core.message.MessageType;
import io.jnetlink.core.testing.Shell;
import io.jnetlink.core.testing.TestNamespace;
import io.jnetlink.route.testing.StraceCapture;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.function.Executable;

/**
 * The kinds this kernel lacks (vlan, ipvlan, ipvtap, vrf, dummy, bond) and bond ports: for each
 * command line, the {@code RTM_NEWLINK} the jar sends equals byte for byte (sequence number and port
 * id aside) the one ip 6.1 sends, though the kernel refuses both ({@code Error: Unknown device
 * type.}), and the jar prints what ip prints and exits as ip does; that includes the values ip
 * refuses itself, before sending anything. Each line runs under strace, with ip on namespace A and
 * the jar's main class on its twin B, both holding the veth pair v0/v1.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IpLinkMissingKindsBytesTest {
    /** Lines whose request, stdout, stderr and exit status must all be ip's. */
    private static final List<String> SAME = List.of(
            // vlan: attributes in the order given, the flags gathered into one IFLA_VLAN_FLAGS last.
            "link add link v0 name vl0 type vlan id 5",
            "link add link v0 name vl0 type vlan id 5 protocol 802.1ad reorder_hdr off gvrp on mvrp on loose_binding on"
                    + " bridge_binding off",
            "link add link v0 name vl0 type vlan protocol 802.1q id 4095 ingress-qos-map 0:1 2:3 egress-qos-map 4:5 0x6:07",
            "link add link v0 vl1 type vlan id 7 egress-qos-map 1:2 reorder_hdr on",
            "link add link v0 vl1 type vlan i 7 p 0x88a8 g off",
            "link add link v0 vl1 type vlan id 7 ingress-qos-map protocol 802.1ad",
            "link add link v0 vl1 type vlan",
            "link add link v0 vl1 type vlan id 7 egress-qos-map 2:x",
            "link add link v0 vl1 type vlan id 7 ingress-qos-map y:1",
            "link add link v0 vl1 type vlan id 70000",
            "link add link v0 vl1 type vlan protocol foo id 5",
            "link add link v0 vl1 type vlan id 5 gvrp maybe",
            "link add link v0 vl1 type vlan id",
            // ipvlan, ipvtap: the mode as given, then the flags (sent whenever an option is).
            "link add link v0 iv0 type ipvlan",
            "link add link v0 iv0 type ipvlan mode l2",
            "link add link v0 iv0 type ipvlan mode l3s private",
            "link add link v0 iv0 type ipvlan vepa mode l3",
            "link add link v0 iv0 type ipvlan bridge",
            "link add link v0 iv0 type ipvlan m l2 p",
            "link add link v0 iv0 type ipvlan mode l4",
            "link add link v0 it0 type ipvtap mode l3 vepa",
            "link add link v0 it0 type ipvtap",
            // vrf: the table by number in C's base 0 or by name.
            "link add vrf0 type vrf table 10",
            "link add vrf0 type vrf table main",
            "link add vrf0 type vrf t 0x20",
            "link add vrf0 type vrf table 4294967295",
            "link add vrf0 type vrf table 4294967296",
            "link add vrf0 type vrf table foo",
            "link add vrf0 type vrf",
            "link add vrf0 type vrf tab",
            // dummy: no options.
            "link add d0 type dummy",
            "link add d0 mtu 1400 type dummy",
            // bond: every option ip 6.1 reads, by prefix where ip allows one.
            "link add bd0 type bond",
            "link add bd0 type bond mode 802.3ad miimon 100 updelay 200 downdelay 300 peer_notify_delay 400 use_carrier 0"
                    + " lacp_rate fast ad_select bandwidth",
            "link add bd0 type bond mode 4 xmit_hash_policy layer3+4 lacp_active on ad_user_port_key 0x10"
                    + " ad_actor_sys_prio 65535 ad_actor_system 02:00:00:00:00:01",
            "link add bd0 type bond mode active-backup active_slave v1 primary v0 primary_reselect better"
                    + " fail_over_mac follow",
            "link add bd0 type bond clear_active_slave arp_interval 500 arp_ip_target 10.0.0.1,10.0.0.2"
                    + " arp_validate filter_backup arp_all_targets all arp_missed_max 5",
            "link add bd0 type bond arp_ip_target 1.2.3,,0x0a.010.1.1,any ns_ip6_target 2001:db8::1,::ffff:1.2.3.4,any",
            "link add bd0 type bond arp_ip_target 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18",
            "link add bd0 type bond arp_ip_target",
            "link add bd0 type bond ns_ip6_target",
            "link add bd0 type bond resend_igmp 3 num_unsol_na 5 all_slaves_active 1 min_links 2 lp_interval 3"
                    + " packets_per_slave 7 tlb_dynamic_lb 1",
            "link add bd0 type bond m balance-alb mi 10 u 1 d 2 p 3 ar 5 arp_v 1 arp_a 1 prim v0 primary_r 0 f 1 x 2"
                    + " r 1 n 1 al 0 min 1 l 1 pa 1 la 0 ad 1 ad_u 1 ad_a 1 ad_actor_system 2:0:0:0:0:2 t 0",
            "link add bd0 type bond xmit_hash_policy vlan+srcmac mode +4",
            // Numbers as strtoul reads them (a sign first); a dotted lladdr is an IPv4 address.
            "link add bd0 type bond miimon +5 ad_actor_system 1.2.3.4 arp_ip_target +1.+2.3.4",
            "link add bd0 type bond ad_actor_system 1.2.3.400",
            "link add bd0 type bond updelay ++1",
            "link add link v0 vl0 type vlan id +7",
            "link add bd0 type bond mode 7",
            "link add bd0 type bond active_slave nope",
            "link add bd0 type bond primary nope",
            "link add bd0 type bond arp_ip_target 1.2.3.256",
            "link add bd0 type bond arp_ip_target 1.2.3.4.5",
            "link add bd0 type bond ns_ip6_target 1.2.3.4",
            "link add bd0 type bond ns_ip6_target 2001:db8::zz",
            "link add bd0 type bond ad_actor_system zz",
            "link add bd0 type bond miimon -1",
            "link add bd0 type bond use_carrier 256",
            "link add bd0 type bond ad_user_port_key 65536",
            "link add bd0 type bond tlb_dynamic_lb 300",
            "link add bd0 type bond lacp_active 2",
            "link add bd0 type bond arp_missed_max 1000",
            "link add bd0 type bond xmit_hash_policy 6",
            "link add bd0 type bond num_grat_arp x",
            "link add bd0 type bond miimon",
            // bond_slave: a port's options, as slave data of kind bond_slave.
            "link set v0 type bond_slave queue_id 3 prio -4",
            "link set v0 type bond_slave prio 0x10 q 65535",
            "link set v0 type bond_slave",
            "link set v0 type bond_slave queue_id 65536",
            "link set v0 type bond_slave prio x");

    /**
     * Lines ip refuses with a first line of its own and then its help text: the jar prints the same
     * first line, then a usage text in its own words, and exits as ip does.
     */
    private static final List<String> UNKNOWN_OPTION = List.of(
            "link add link v0 vl1 type vlan foo",
            "link add link v0 iv0 type ipvlan private vepa",
            "link add vrf0 type vrf tables 5",
            "link add bd0 type bond lacp_act on",
            "link add bd0 type bond ns_ip6 ::1",
            "link set v0 type bond_slave pri 1");

    private TestNamespace a;
    private TestNamespace b;

    @BeforeAll
    void twins() {
        a = TestNamespace.create("mka");
        b = TestNamespace.create("mkb");
        for (TestNamespace ns : List.of(a, b)) {
            Shell.run("ip", "-n", ns.name(), "link", "add", "v0", "type", "veth", "peer", "name", "v1");
        }
    }

    @AfterAll
    void remove() {
        for (TestNamespace ns : new TestNamespace[] {a, b}) {
            if (ns != null) {
                ns.close();
            }
        }
    }

    @Test
    void eachLineSendsWhatIpSendsAndEndsAsIpDoes() {
        assertTrue(SAME.size() >= 40, "at least 40 lines");
        List<Executable> checks = new ArrayList<>();
        for (String command : SAME) {
            StraceCapture.Traced ip = ip(command);
            StraceCapture.Traced jnl = jnl(command);
            checks.add(() -> assertEquals(shown(ip), shown(jnl), command + ": requests"));
            checks.add(() -> assertEquals(ip.result(), jnl.result(), command + ": exit status and output"));
        }
        assertAll(checks);
    }

    @Test
    void unknownOptionsFailAsIpDoesWithOurUsage() {
        List<Executable> checks = new ArrayList<>();
        for (String command : UNKNOWN_OPTION) {
            StraceCapture.Traced ip = ip(command);
            StraceCapture.Traced jnl = jnl(command);
            String ipFirst = ip.result().stderr().lines().findFirst().orElse("");
            List<String> jnlLines = jnl.result().stderr().lines().toList();
            checks.add(() -> assertEquals(ip.result().exitCode(), jnl.result().exitCode(), command + ": exit status"));
            checks.add(() -> assertEquals(List.of(), shown(jnl), command + ": nothing sent"));
            checks.add(() -> assertEquals(shown(ip), shown(jnl), command + ": requests"));
            checks.add(() -> assertEquals(ipFirst, jnlLines.get(0), command + ": first line"));
            checks.add(() -> assertTrue(jnlLines.size() > 1 && jnlLines.get(1).startsWith("Usage: ip link"),
                    command + ": our usage follows: " + jnlLines));
        }
        assertAll(checks);
    }

    @Test
    void valuesTheKernelWouldRefuseAreRefusedBeforeSending() {
        // ip sends these; the kernel (with the vlan driver) refuses them. jnl refuses them itself.
        for (String command : List.of("link add link v0 vl1 type vlan id 5000",
                "link add link v0 vl1 type vlan protocol 0x0800 id 5")) {
            StraceCapture.Traced ip = ip(command);
            StraceCapture.Traced jnl = jnl(command);
            assertFalse(ip.requests().isEmpty(), command);
            assertEquals(List.of(), shown(jnl), command);
            assertEquals(ip.result().exitCode(), jnl.result().exitCode(), command);
            assertTrue(jnl.result().stderr().startsWith("Error: vlan "), jnl.result().stderr());
        }
    }

    private StraceCapture.Traced ip(String command) {
        return StraceCapture.traced(MessageType.RTM_NEWLINK, Replay.words(List.of("ip", "-n", a.name()), command));
    }

    private StraceCapture.Traced jnl(String command) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // Fewer JVM threads (one GC, one compiler tier): a shorter start under strace -f.
        return StraceCapture.traced(MessageType.RTM_NEWLINK, Replay.words(List.of(java, "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), Main.class.getName(), "ip",
                "-n", b.name()), command));
    }

    /** Each request's type, flags and payload in hex. */
    private static List<String> shown(StraceCapture.Traced traced) {
        List<String> shown = new ArrayList<>();
        for (StraceCapture.Request r : traced.requests()) {
            shown.add(r.type() + " 0x" + Integer.toHexString(r.flags()) + " " + HexFormat.of().formatHex(r.payload()));
        }
        return shown;
    }
}
