package io.jnetlink.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.jnetlink.core.message.MessageType;
import io.jnetlink.core.testing.TestNamespace;
import io.jnetlink.route.testing.StraceCapture;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code jnl ip link add|set ... type bridge|macvlan|macvtap} sends what ip 6.1 sends, byte for
 * byte (sequence number and port id aside), as {@link IpLinkBytesTest} checks the other options:
 * each width (u8, u16, u32, u64, big-endian protocol, address, flag), the multi-boolopt appended
 * last, abbreviations, and macvlan's order (source address commands, then mode, then flags).
 * Boolean bridge options are given as 0 or 1: for larger numbers ip sends the number, jnl 1.
 */
class IpLinkBridgeMacvlanBytesTest {
    private static final List<String> COMMANDS = List.of(
            "link add br0 type bridge forward_delay 400 hello_time 300 max_age 1000 ageing_time 2000 stp_state 0"
                    + " priority 0x100 vlan_protocol 802.1ad group_fwd_mask 0x4000"
                    + " group_address 01:80:c2:00:00:0e no_linklocal_learn 1 fdb_flush vlan_default_pvid 10",
            "link add br1 type bridge vlan_stats_enabled 1 vlan_stats_per_port 1 mcast_router 2 mcast_snooping 0"
                    + " mcast_vlan_snooping 0 mcast_query_use_ifaddr 1 mcast_querier 1 mcast_hash_elasticity 20"
                    + " mcast_hash_max 1024 mcast_last_member_count 3 mcast_startup_query_count 4",
            "link add br2 type bridge mcast_last_member_interval 200 mcast_membership_interval 30000"
                    + " mcast_querier_interval 26000 mcast_query_interval 13000 mcast_query_response_interval 1100"
                    + " mcast_startup_query_interval 3000 mcast_stats_enabled 1 mcast_igmp_version 3"
                    + " mcast_mld_version 2 nf_call_iptables 1 nf_call_ip6tables 0 nf_call_arptables 1",
            "link set br0 type bridge fo 600 he 250 ma 1800 a 3000 s 0 p 200 vlan_protocol ip",
            "link set br1 type bridge mcast_quer 0 mcast_s 1 mcast_query_r 900 n 0"
                    + " no_linklocal_learn 1 no_linklocal_learn 0",
            "link add v0 type veth peer name v1",
            "link add mv0 link v0 type macvlan mode source macaddr set 02:00:00:00:00:01 02:00:00:00:00:02"
                    + " bcqueuelen 100 nodst",
            "link add mv1 link v0 type macvlan mode bridge flag nodst",
            "link add mt0 link v1 type macvtap mode passthru nopromisc",
            "link set mv0 type macvlan macaddr add 02:00:00:00:00:03",
            "link set mv0 type macvlan macaddr del 02:00:00:00:00:01 bcqueuelen 0x20",
            "link set mv0 type macvlan macaddr set",
            "link set mv0 type macvlan macaddr flush m source",
            "link set mv1 type macvlan mode vepa flag null");
    /** Refused by the kernel (no VLAN filtering built in; IGMP version 5; source addresses outside mode source), yet sent. */
    private static final List<String> REFUSED = List.of(
            "link set br0 type bridge vlan_filtering 1 vlan_protocol 802.1Q",
            "link set br2 type bridge mcast_igmp_version 5",
            "link add mv2 link v0 type macvlan mode private macaddr add 02:00:00:00:00:04");

    @Test
    void eachRequestMatchesIpsByteForByte() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        try (TestNamespace a = TestNamespace.create("bmya"); TestNamespace b = TestNamespace.create("bmyb")) {
            for (String command : Stream.concat(COMMANDS.stream(), REFUSED.stream()).toList()) {
                List<String> ip = new ArrayList<>(List.of("ip", "-n", a.name()));
                List<String> jnl = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                        Main.class.getName(), "ip", "-n", b.name()));
                ip.addAll(List.of(command.split(" ")));
                jnl.addAll(List.of(command.split(" ")));
                boolean refused = REFUSED.contains(command);
                List<String> expected = sent(ip, refused);
                assertFalse(expected.isEmpty(), command);
                assertEquals(expected, sent(jnl, refused), command);
            }
        }
    }

    /** The RTM_NEWLINK requests the command line sends (the last one when refused): type, flags and payload in hex. */
    private static List<String> sent(List<String> line, boolean refused) {
        String[] words = line.toArray(String[]::new);
        List<StraceCapture.Request> requests = refused
                ? List.of(StraceCapture.lastRequestEvenIfRefused(MessageType.RTM_NEWLINK, words))
                : StraceCapture.requests(MessageType.RTM_NEWLINK, words);
        List<String> shown = new ArrayList<>();
        for (StraceCapture.Request r : requests) {
            shown.add(r.type() + " 0x" + Integer.toHexString(r.flags()) + " " + HexFormat.of().formatHex(r.payload()));
        }
        return shown;
    }
}
