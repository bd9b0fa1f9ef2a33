package io.jnetlink.examples;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnetlink.core.testing.Shell;
import io.jnetlink.core.testing.TestNamespace;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * {@code ip link add|set ... type bridge} and {@code type macvlan|macvtap} with every option
 * iproute2 6.1 reads, replayed as {@link IpLinkReplayTest} does: ip on namespace A, the jar
 * in-process on its twin B; same output and exit status for each command line (abbreviations, bad
 * values, the kernel's refusals), then the same links. Source addresses are 02:00:00:... so that
 * the masking of random addresses leaves them to compare.
 */
class IpLinkBridgeMacvlanReplayTest {
    /** Words split at spaces. */
    private static final List<String> COMMANDS = List.of(
            // every bridge option on add
            "link add br0 type bridge forward_delay 400 hello_time 300 max_age 1000 ageing_time 2000 stp_state 0 priority 100",
            "link add br1 type bridge group_fwd_mask 0x4000 group_address 01:80:c2:00:00:0e no_linklocal_learn 1 vlan_default_pvid 10 vlan_stats_enabled 1 vlan_stats_per_port 1",
            "link add br2 type bridge mcast_snooping 0 mcast_router 2 mcast_query_use_ifaddr 1 mcast_querier 1 mcast_hash_elasticity 20 mcast_hash_max 1024",
            "link add br3 type bridge mcast_last_member_count 3 mcast_startup_query_count 4 mcast_last_member_interval 200 mcast_membership_interval 30000 mcast_querier_interval 26000 mcast_query_interval 13000 mcast_query_response_interval 1100 mcast_startup_query_interval 3000",
            "link add br4 type bridge mcast_stats_enabled 1 mcast_igmp_version 3 mcast_mld_version 2 nf_call_iptables 1 nf_call_ip6tables 1 nf_call_arptables 1",
            "link add br5 type bridge fdb_flush vlan_protocol 802.1ad",
            // ip link set: each option again, abbreviations, refusals by ip and by the kernel
            "link set br0 type bridge forward_delay 500",
            "link set br0 type bridge hello_time 150 max_age 1500",
            "link set br0 type bridge stp_state 1",
            "link set br0 type bridge stp_state 0",
            "link set br0 type bridge priority 0x1000",
            "link set br0 type bridge fo 600 he 250 ma 1800 a 3000 s 0 p 200",
            "link set br1 type bridge no_linklocal_learn 0",
            "link set br1 type bridge mcast_vlan_snooping 0",
            "link set br1 type bridge mcast_vlan_snooping 1",
            "link set br1 type bridge n 0",
            "link set br2 type bridge mcast_s 1",
            "link set br2 type bridge mcast_quer 0",
            "link set br2 type bridge mcast_querier 0 mcast_r 1",
            "link set br2 type bridge mcast_query_i 12000",
            "link set br2 type bridge mcast_query_r 900",
            "link set br2 type bridge mcast_startup_query_i 2500 mcast_startup_query_c 3",
            "link set br2 type bridge mcast_st 1",
            "link set br2 type bridge mcast_igmp_version 5",
            "link set br2 type bridge mcast_igmp_version 2",
            "link set br2 type bridge mcast_mld_version 3",
            "link set br2 type bridge mcast_router 7",
            "link set br2 type bridge mcast_router 0",
            "link set br2 type bridge mcast_igmp_version 256",
            "link set br2 type bridge mcast_hash_max 0x10000000000",
            "link set br2 type bridge mcast_hash_max 3",
            "link set br2 type bridge mcast_last_member_interval -1",
            "link set br2 type bridge mcast_last_member_interval 18446744073709551616",
            "link set br2 type bridge mcast_membership_interval 0x100",
            "link set br2 type bridge mcast_query_interval x",
            "link set br0 type bridge forward_delay 1",
            "link set br0 type bridge forward_delay x",
            "link set br0 type bridge forward_delay 4294967296",
            "link set br0 type bridge hello_time 0",
            "link set br0 type bridge max_age 1",
            "link set br0 type bridge ageing_time 1",
            "link set br0 type bridge priority 65536",
            "link set br0 type bridge priority -1",
            "link set br0 type bridge vlan_filtering 1",
            "link set br0 type bridge vlan_filtering 0",
            "link set br0 type bridge vlan_filtering 256",
            "link set br0 type bridge vlan_protocol 802.1Q",
            "link set br0 type bridge vlan_protocol 802.1AD",
            "link set br0 type bridge vlan_protocol ip",
            "link set br0 type bridge vlan_protocol 0x88a8",
            "link set br0 type bridge vlan_protocol bogus",
            "link set br0 type bridge group_fwd_mask 0x10000",
            "link set br0 type bridge group_fwd_mask 1",
            "link set br0 type bridge group_address 01:80:c2:00:00:0f",
            "link set br0 type bridge group_address 01:80:c2:00:00:01",
            "link set br0 type bridge group_address 01:zz:03",
            "link set br0 type bridge group_address 01:80:c2:00:00:03:04",
            "link set br0 type bridge group_address 1.2.3.4",
            "link set br0 type bridge group_address 01:80:c2:00:00:0x",
            "link set br0 type bridge vlan_default_pvid 5000",
            "link set br0 type bridge vlan_default_pvid x",
            "link set br0 type bridge vlan_stats_enabled 2",
            "link set br0 type bridge vlan_stats_per_port 0",
            "link set br0 type bridge nf_call_iptables 0 nf_call_ip6tables 0 nf_call_arptables 0",
            "link set br0 type bridge nf 1",
            "link set br0 type bridge forward_delay",
            "link set br0 type bridge fdb_flush",
            "link set br0 type bridge fdb",
            "link set br0 type bridge",
            "link set br0 type bridge mcast_snooping 0 mcast_vlan_snooping 0 no_linklocal_learn 1 mcast_snooping 1",
            "link add br6 type bridge no_linklocal_learn 1 no_linklocal_learn 0",
            "link set br0 mtu 1400 type bridge ageing_time 500",
            "link set nosuch type bridge ageing_time 500",
            "link set br0 type bridge mcast_hash_elasticity 0 mcast_last_member_count 0 mcast_startup_query_count 0",
            "link set br0 type bridge mcast_querier_interval 0 mcast_membership_interval 0",
            "link set br0 type bridge ageing_time 0",
            // timer limits, the widest numbers, kernel refusals with and without its text
            "link set br2 type bridge mcast_stats_enabled 1",
            "link set br2 type bridge mcast_stats_enabled 0 mcast_query_use_ifaddr 0",
            "link set br2 type bridge mcast_query_interval 1",
            "link set br2 type bridge mcast_startup_query_interval 1",
            "link set br2 type bridge mcast_query_response_interval 0",
            "link set br2 type bridge mcast_membership_interval 18446744073709551615",
            "link add br8 type bridge mcast_snooping 0 mcast_vlan_snooping 1",
            "link add br8 type bridge mcast_hash_max 3 mcast_hash_elasticity 4294967295",
            "link set br2 type bridge mcast_hash_max 0",
            "link set br2 type bridge mcast_vlan_snooping 1",
            "link set br2 type bridge no_linklocal_learn 256",
            "link set br2 type bridge mcast_mld_version 1 mcast_igmp_version 3",
            "link set br2 type bridge group_address 01:80:C2:00:00:0D",
            "link set br2 type bridge group_address 01:80:c2:00:00:0e:",
            "link set br2 type bridge vlan_protocol 0x8100 vlan_protocol 802.1q",
            "link set br2 type bridge max_age 4000",
            "link set br2 type bridge max_age 4001",
            "link set br2 type bridge forward_delay 3001",
            "link set br2 type bridge hello_time 1001",
            // numbers as C's strtoul reads them: a sign, 0x, octal
            "link set br2 type bridge forward_delay +500",
            "link set br2 type bridge forward_delay -0",
            "link set br2 type bridge priority +0x10",
            "link set br2 type bridge mcast_query_interval +13000",
            "link set br2 type bridge mcast_query_interval -0x10",
            "link set br2 type bridge forward_delay 0x",
            "link set br2 type bridge forward_delay 09",
            "link set br2 type bridge forward_delay 010",
            // macvlan and macvtap: modes, flags, source addresses, broadcast queue
            "link add lw0 type veth peer name lw1",
            "link add lw2 type veth peer name lw3",
            "link add lw4 type veth peer name lw5",
            "link add mv0 link lw0 type macvlan",
            "link add mv1 link lw0 type macvlan mode private",
            "link add mv2 link lw0 type macvlan mode vepa",
            "link add mv3 link lw0 type macvlan mode bridge nodst",
            "link add mv4 link lw1 type macvlan mode passthru nopromisc",
            "link add mv5 link lw2 type macvlan mode source macaddr add 02:00:00:00:00:55",
            "link add mv6 link lw2 type macvlan mode source macaddr set 02:00:00:00:00:01 02:00:00:00:00:02 bcqueuelen 100",
            "link add mv7 link lw2 type macvlan mode source macaddr set 02:00:00:00:00:03 mode source",
            "link add mv9 link lw2 type macvlan mode source macaddr set 02:00:00:00:00:03 nodst",
            "link add mvb link lw0 type macvlan mode foo",
            "link add mvc link lw0 type macvlan flag foo",
            "link add mvc link lw0 type macvlan flag nodst mode bridge",
            "link add mvd link lw0 type macvlan flag null mode bridge",
            "link add mve link lw0 type macvlan bcqueuelen x",
            "link add mve link lw0 type macvlan bcqueuelen 4294967296",
            "link add mve link lw0 type macvlan bcqueuelen 0x20 m vepa",
            "link add mvf link lw0 type macvlan macaddr add 00:11",
            "link add mvf link lw0 type macvlan macaddr add 00:zz:22:33:44:55",
            "link add mvf link lw0 type macvlan mode bridge macaddr add 02:00:00:00:00:55",
            "link add mvf link lw0 type macvlan mode",
            "link add mvf link lw0 type macvlan mode source macaddr",
            "link add mvf link lw0 type macvlan mode source macaddr add",
            "link add mvf link lw0 type macvlan mode source macaddr flush",
            "link add mt0 link lw3 type macvtap mode bridge",
            "link add mt1 link lw3 type macvtap mode source macaddr add 02:00:00:00:00:66 bcqueuelen 50",
            "link add mt2 link lw3 type macvtap nodst",
            "link add mt3 link lw3 type macvtap mode passthru no",
            "link set mv5 type macvlan macaddr add 02:00:00:00:00:56",
            "link set mv5 type macvlan macaddr add 02:00:00:00:00:57",
            "link set mv5 type macvlan macaddr del 02:00:00:00:00:55",
            "link set mv5 type macvlan macaddr del 02:00:00:00:00:99",
            "link set mv6 type macvlan macaddr set 02:00:00:00:00:0a 02:00:00:00:00:0b 02:00:00:00:00:0c",
            "link set mv6 type macvlan macaddr flush",
            "link set mv6 type macvlan macaddr set",
            "link set mv6 type macvlan macaddr set 02:00:00:00:00:0d",
            "link set mv1 type macvlan mode vepa",
            "link set mv1 type macvlan mode bridge",
            "link set mv1 type macvlan mode passthru",
            "link set mv4 type macvlan mode bridge",
            "link set mv4 type macvlan mode passthru",
            "link set mv4 type macvlan mode passthru flag null",
            "link set mv4 type macvlan mode passthru nopromisc",
            "link set mv3 type macvlan flag null",
            "link set mv3 type macvlan nodst",
            "link set mv2 type macvlan macaddr add 02:00:00:00:00:55",
            "link set mv2 type macvlan bcqueuelen 2000",
            "link set mv2 type macvlan mode source",
            "link set mv5 type macvlan mode bridge",
            "link set mt1 type macvtap macaddr add 02:00:00:00:00:67",
            "link set mt1 type macvtap macaddr flush",
            "link set mt0 type macvtap mode private bcqueuelen 10",
            "link set mt0 type macvlan mode vepa",
            "link set mv2 type macvtap mode bridge",
            "link set lw4 type macvlan mode bridge",
            "link set mv1 type macvlan",
            "link set mv6 type macvlan macaddr set 02:00:00:00:00:0f flag null",
            // link-layer addresses as ip reads them; the source commands on set; passthru
            "link add ms0 link lw0 type macvlan mode source",
            "link set ms0 type macvlan macaddr add 1.2.3.4",
            "link set ms0 type macvlan macaddr add 02:00:00:00:00:01:02",
            "link set ms0 type macvlan macaddr add 02:00:00:00:00:0x1",
            "link set ms0 type macvlan macaddr add 2:0:0:0:0:2",
            "link set ms0 type macvlan macaddr add 02:00:00:00:00:03xyz",
            "link set ms0 type macvlan macaddr add 02:00:00:00:00:-1",
            "link set ms0 type macvlan macaddr add 02:00:00:00:00:100",
            "link set ms0 type macvlan macaddr add 02::00:00:00:04",
            "link set ms0 type macvlan macaddr del zz",
            "link set ms0 type macvlan macaddr del 02:00:00:00:00:02",
            "link set ms0 type macvlan macaddr set 02:00:00:00:00:05 02:00:00:00:00:06 b 7",
            "link set ms0 type macvlan bcqueuelen -1",
            "link set ms0 type macvlan bcqueuelen +5",
            "link set ms0 type macvlan flag",
            "link set ms0 type macvlan macaddr",
            "link set ms0 type macvlan mo source ma add 02:00:00:00:00:08 fl nodst",
            "link set ms0 type macvlan nod",
            "link set ms0 type macvlan flag null",
            "link add mp0 link lw5 type macvlan mode passthru",
            "link set mp0 type macvlan mode passthru nopromisc",
            "link set mp0 type macvlan mode passthru flag null",
            "link add mp1 link lw5 type macvlan mode passthru",
            "link add mt9 link lw0 type macvtap mode source macaddr set 02:00:00:00:00:09 macaddr add 02:00:00:00:00:0a",
            "link add mt8 link lw0 type macvtap macaddr add 02:00:00:00:00:0b mode source");

    /**
     * Where ip prints its usage text after what it says (and jnl its own): the lines before the
     * usage, the exit status, and that jnl's usage follows.
     */
    private static final List<String> WITH_USAGE = List.of(
            "link set br1 type bridge no_l 1",
            "link set br0 type bridge mcast_vlan_snoop 1",
            "link set br0 type bridge bogus",
            "link set br0 type bridge help",
            "link add br7 type bridge mtu 1400",
            "link add mv8 link lw2 type macvlan mode source macaddr set 00:11:22 mode source",
            "link add mva link lw0 type macvlan mode bridge nopromisc",
            "link add mvf link lw0 type macvlan macaddr bogus",
            "link add mvf link lw0 type macvlan bogus",
            "link add mvf link lw0 type macvlan help",
            "link add mt4 link lw3 type macvtap mode vepa bogus",
            "link set mt0 type macvtap nopromisc",
            "link set mv6 type macvlan macaddr set 02:00:00:00:00:0d 1.2.3.4 mode source",
            "link set mv6 type macvlan macaddr set 02:00:00:00:00:0e help",
            "link set mv6 type macvlan macaddr set 02:00:00:00:00:10 02:00:00:00:00:11:12",
            "link set ms0 type macvlan macaddr ADD 02:00:00:00:00:07");

    private static final Pattern UNMASKED = Pattern.compile("\"(group_addr|macaddr_data)\":(\"[^\"]*\"|\\[[^\\]]*\\])");

    @Test
    void eachCommandAndTheResultingLinksMatchIp() {
        try (TestNamespace a = TestNamespace.create("bma"); TestNamespace b = TestNamespace.create("bmb")) {
            List<Executable> checks = new ArrayList<>();
            for (String command : COMMANDS) {
                Shell.Result expected = Shell.exec(Replay.words(List.of("ip", "-n", a.name()), command));
                Jnl.Result actual = Jnl.run(Replay.words(List.of("ip", "-n", b.name()), command));
                Replay.sameAs(checks, command, expected, actual, b.name(), a.name());
            }
            for (String command : WITH_USAGE) {
                Shell.Result ip = Shell.exec(Replay.words(List.of("ip", "-n", a.name()), command));
                Jnl.Result jnl = Jnl.run(Replay.words(List.of("ip", "-n", b.name()), command));
                checks.add(() -> assertEquals(ip.exitCode(), jnl.exitCode(), command + ": exit status"));
                checks.add(() -> assertEquals(beforeUsage(ip.stderr()), beforeUsage(jnl.stderr()), command + ": stderr"));
                checks.add(() -> assertTrue(jnl.stderr().contains("Usage: ip link { add | set } NAME"), command
                        + ": " + jnl.stderr()));
                checks.add(() -> assertEquals("", jnl.stdout(), command + ": stdout"));
            }
            assertAll(checks);
            String twinA = Shell.run("ip", "-n", a.name(), "-d", "-j", "link");
            String twinB = Shell.run("ip", "-n", b.name(), "-d", "-j", "link");
            assertTrue(twinA.contains("\"macaddr_data\":[\"02:00:00:00:00:0f\"]"), twinA);
            assertTrue(twinA.contains("\"mcast_igmp_version\":3"), twinA);
            assertEquals(IpLinkReplayTest.mask(twinA), IpLinkReplayTest.mask(twinB), "ip -d -j link");
            assertEquals(unmasked(twinA), unmasked(twinB), "group and source addresses");
        }
    }

    /** The lines ip (or jnl) writes before its usage text. */
    private static String beforeUsage(String stderr) {
        int usage = stderr.indexOf("Usage:");
        return usage < 0 ? stderr : stderr.substring(0, usage);
    }

    /** The addresses the masking hides that the commands set: each bridge's group address, each source list. */
    private static List<String> unmasked(String json) {
        List<String> found = new ArrayList<>();
        Matcher m = UNMASKED.matcher(json);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
