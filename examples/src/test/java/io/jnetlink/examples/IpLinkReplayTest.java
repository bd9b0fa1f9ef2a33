package io.jnetlink.examples;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnetlink.core.testing.Shell;
import io.jnetlink.core.testing.TestNamespace;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Replays one list of {@code ip link add|set|delete} command lines twice: with iproute2 6.1 on
 * namespace A and with the jar, in-process, on its twin B (each twin has a peer namespace of its
 * own for {@code netns} moves). Each command must print the same (standard output, standard
 * error, exit status), refusals included; then {@code ip -d -j link} of the twins (and of their
 * peers) must read the same, with what differs by chance masked: random MAC addresses, interface
 * indexes and ticking timers.
 */
class IpLinkReplayTest {
    /** Words split at spaces; {@code PEER} stands for the twin's peer namespace, {@code ''} for an empty word. */
    private static final List<String> COMMANDS = List.of(
            "link add br0 type bridge",
            "link add br0 type bridge",
            "link add br1 mtu 1400 txqueuelen 5 address 02:00:00:00:00:05 broadcast ff:ff:ff:ff:ff:fe group 4 alias hello"
                    + " type bridge forward_delay 400 ageing_time 1000",
            "link add br5 type bridge stp_state 1 forward_delay 0x100",
            "link add br6 type bridge vlan_filtering 1",
            "link add v0 numtxqueues 2 numrxqueues 3 type veth peer name v1",
            "link add name v2 type veth peer v3",
            "link add dev v4 type veth",
            "link add mtu 1300 link v0 name mv0 type macvlan mode bridge",
            "link add link v0 mvt0 type macvtap mode vepa",
            "link add link v0 mv1 type macvlan",
            "link add link nosuch mv2 type macvlan mode private",
            "link add x0 type macvlan mode foo",
            "link add vx0 type vxlan id 42 dstport 4789 local 10.0.0.1 remote 10.0.0.2 dev v0 nolearning",
            "link add vx1 type vxlan id 43 learning",
            "link add vx2 type vxlan id 44 dstport 4789 remote fd00::1",
            "link add vx3 type vxlan dstport 4789",
            "link add vx3 type vxlan id 5 dstport 4789 dev nosuch",
            "link add vx3 type vxlan id 99999999 dstport 4789",
            "link add vx3 type vxlan id 5 dstport 4789 remote 1.2.3.4 local ::1",
            "link add vx3 type vxlan",
            "link add vx3 type vxlan id 44 dstport 4789",
            "link add q1 type vxlan i 51 dstp 4789 l 10.0.0.1 r 10.0.0.2 nol",
            "link add q2 type vxlan v 52 d lo dstport 4789",
            "link add q3 type vxlan id 53 dstport 4789 le",
            "link add q4 type bridge stp 1 forw 400 age 1000",
            "link add q5 ty bridge f 400",
            "link add l v0 q6 ty macvlan m bridge",
            "link add q7 txq 5 addr 02:00:00:00:00:07 bro ff:ff:ff:ff:ff:fe al x numtx 2 numrx 2 ty veth",
            "link set q7 m q4",
            "link set q7 nom",
            "l a q8 type bridge",
            "link d q8",
            "link s q7 up",
            "link ch q7 down",
            "link set vx0 type vxlan nolearning",
            "link set vx0 type vxlan remote 10.1.1.1 learning",
            "link set vx0 type vxlan id 77",
            "link set q4 type bridge stp_state 0",
            "link add type bridge",
            "link add mtu 1400 type veth",
            "link add x9 netns PEER type veth peer name x9p",
            "link set dev x9 netns PEER mtu 1400 netns PEER",
            "link add a0 type veth peer name a1 netns PEER",
            "link add a2 type veth peer netns PEER name a3",
            "link add a4 type veth peer a5 netns PEER",
            "link add a6 type veth peer name a7 netns nosuch",
            "link add a8 type veth peer name a9 name a10",
            "link add a8 type veth peer a9 a10",
            "link add a8 type veth peer",
            "link add a9 type veth peer name",
            "link add b0 type veth peer b1 name b2",
            "link add b0 type veth peer name b2 b1",
            "link add b0 type veth peer name b2 b2",
            "link add x0 name x1 type bridge",
            "link add name x1 x0 type bridge",
            "link add name x3 dev x3 type bridge",
            "link add x5 name x6 type veth peer a b",
            "link add link v0 link v2 m0 type macvlan",
            "link add d0 type dummy",
            "link add i0 type ifb",
            "link add x0",
            "link add x0 type",
            "link add x0 type nosuchkind",
            "link add aaaaaaaaaaaaaaaaaaaa type bridge",
            "link add name aaaaaaaaaaaaaaaaaaaa type bridge",
            "link add x0 mtu abc type bridge",
            "link add x0 mtu 0x500 txqueuelen 010 type bridge",
            "link add x1 address zz type bridge",
            "link add x1 group foo type bridge",
            "link add x1 blah type bridge",
            "link add name x1 name x2 type bridge",
            "link add x1 type bridge stp_state x",
            "link add x1 type veth peer name br0",
            "link set dev v0 up mtu 1400 address 02:00:00:00:00:09 alias foo master br0 arp off multicast off"
                    + " promisc on allmulticast on txqueuelen 7",
            "link set v0 name y0",
            "link set v0 down name y0",
            "link set y0 nomaster",
            "link set y0 master br0 arp on multicast on promisc off allmulticast off",
            "link set v2 master br1",
            "link set v3 netns PEER",
            "link set v3 netns PEER",
            "link set v2 mtu 10",
            "link set v2 name br0",
            "link set v2 master nosuch",
            "link set v2 arp foo",
            "link set v2 netns nosuchns",
            "link set v2 netns 1x",
            "link set v2 netns 999999999",
            "link add vx4 type vxlan learning",
            "link add vx4 type vxlan id 0x10 dstport 0",
            "link set nosuch up",
            "link set",
            "link set dev",
            "link set v2 up foo",
            "link set v2 mtu 1400 mtu 1500",
            "link change v2 up",
            "link set br1 up",
            "link set dev br1 name br2 alias \u00e9t\u00e9",
            "link set y0 address 02:00:00:00:00",
            "link set y0 address 02:00:00:00:00:00:01",
            "link set y0 broadcast 02:00:00:00:00",
            "link set y0 alias ''",
            "link add name a:b type bridge",
            "link add name '' type bridge",
            "link add '' type bridge",
            "link set y0 name ''",
            "link set y0",
            "link set y0 name y0",
            "link set y0 mtu -1",
            "link set y0 txqueuelen -1",
            "link set y0 mtu 99999999999",
            "link set y0 group default",
            "link set y0 group 0x10",
            "link add i1 type ifb foo",
            "link set v1 master y0",
            "link set y0 alias " + "a".repeat(255),
            "link set y0 alias " + "a".repeat(256),
            "link set y0 alias a alias b",
            "link set name y0 up",
            "link set y0 mtu 1400 v1",
            "link set y0 group 1 group 2",
            "link set y0 up up down",
            "link del nosuch",
            "link del",
            "link delete i0",
            "link del dev vx1",
            "link del v4");

    @Test
    void eachCommandAndTheResultingLinksMatchIp() {
        try (TestNamespace a = TestNamespace.create("rpa"); TestNamespace aPeer = TestNamespace.create("rpap");
             TestNamespace b = TestNamespace.create("rpb"); TestNamespace bPeer = TestNamespace.create("rpbp")) {
            List<Executable> checks = new ArrayList<>();
            for (String command : COMMANDS) {
                Shell.Result expected = Shell.exec(Replay.words(List.of("ip", "-n", a.name()), command,
                        w -> w.equals("PEER") ? aPeer.name() : w));
                Jnl.Result actual = Jnl.run(Replay.words(List.of("ip", "-n", b.name()), command,
                        w -> w.equals("PEER") ? bPeer.name() : w));
                Replay.sameAs(checks, command, expected, actual, bPeer.name(), aPeer.name(), b.name(), a.name());
            }
            assertAll(checks);
            String twinA = Shell.run("ip", "-n", a.name(), "-d", "-j", "link");
            assertTrue(twinA.contains("\"ifname\":\"br2\""), twinA);
            assertEquals(mask(twinA), mask(Shell.run("ip", "-n", b.name(), "-d", "-j", "link")), "ip -d -j link");
            assertEquals(mask(Shell.run("ip", "-n", aPeer.name(), "-d", "-j", "link")),
                    mask(Shell.run("ip", "-n", bPeer.name(), "-d", "-j", "link")), "ip -d -j link of the peers");
        }
    }

    /**
     * Masks what the twins differ in by chance: MAC addresses the kernel made up (those the
     * commands set, 02:00:00:..., and broadcast addresses stay), the bridge ids made of them,
     * interface indexes and timers.
     */
    static String mask(String json) {
        return Outputs.mask(json)
                .replaceAll("\"(bridge_id|root_id|designated_bridge|designated_root)\":\"[^\"]*\"", "\"$1\":\"ID\"")
                .replaceAll("\"(ifindex|link_index)\":[0-9]+", "\"$1\":N")
                .replaceAll("(?<![0-9a-f:])(?!02:00:00|ff:ff:ff)[0-9a-f]{2}(:[0-9a-f]{2}){5}(?![0-9a-f:])", "MAC");
    }
}
