package io.jnetlink.examples;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnetlink.core.netns.NetNs;
import io.jnetlink.core.testing.Shell;
import io.jnetlink.core.testing.TestNamespace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Replays {@code ip link add|set ... type vxlan} with every option ip 6.1 reads (IPv4 and IPv6
 * addresses, multicast groups, ttl/tos/df/flowlabel, source port ranges, the {@code [no]}
 * switches, {@code external}, {@code vnifilter}, {@code gbp}, {@code gpe}, abbreviations, bad
 * values, the kernel's refusals of changes) and {@code type veth peer ...} with the peer's own
 * link options (address, mtu, queues, flags, group, alias, master, {@code netns} by name and by
 * process id; {@code ip link set ... type veth peer}, which names the peer by its index): with iproute2 on namespace A and with the jar, in-process, on its twin B, each twin
 * with a peer namespace and a process sleeping in it. Each command must print the same (standard
 * output, standard error, exit status); {@code -d link show} lines compare jnl's printing too.
 * Then {@code ip -d -j link} of the twins and of their peers must read the same, masked as
 * {@link IpLinkReplayTest#mask} does.
 */
class IpLinkVxlanVethReplayTest {
    /**
     * Words split at spaces; {@code PEER} stands for the twin's peer namespace, {@code PEERPID} for
     * the process id of the process sleeping in it.
     */
    private static final List<String> COMMANDS = List.of(
            "link add u0 type veth peer name u1",
            "link add vx0 type vxlan id 42 dstport 4789 local 10.0.0.1 remote 10.0.0.2 dev u0 nolearning",
            "link add vx1 type vxlan id 1 ttl 64 tos 0x10 df set dstport 4789 srcport 1000 2000 proxy rsc l2miss l3miss ageing 100 maxaddress 50 udpcsum noudp6zerocsumtx udp6zerocsumrx remcsumtx remcsumrx",
            "link add vx2 type vxlan id 2 ttl inherit tos inherit df inherit dstport 0",
            "link add vx3 type vxlan id 3 ttl auto df unset noproxy norsc nol2miss nol3miss noudpcsum udp6zerocsumtx noudp6zerocsumrx noremcsumtx noremcsumrx ageing none maxaddress unlimited dstport 4789",
            "link add vx4 type vxlan external dstport 4789",
            "link add vx5 type vxlan external vnifilter dstport 4789",
            "link add vx5b type vxlan vnifilter external noudpcsum",
            "link add vx6 type vxlan vnifilter dstport 4789",
            "link add vx6 type vxlan novnifilter id 6 dstport 4789",
            "link add vx7 type vxlan id 7 external",
            "link add vx7 type vxlan external gpe",
            "link add vx7b type vxlan id 7 gpe",
            "link add vx8 type vxlan id 8 local fd00::1 remote fd00::2 dstport 4789 flowlabel 0x12345",
            "link add vx8b type vxlan id 8 local fd00::1 flowlabel 1048575 dstport 4789 ttl 1",
            "link add vx8c type vxlan id 8 remote 10.0.0.8 flowlabel 5 dstport 4789",
            "link add vx9 type vxlan id 9 group 239.1.1.1 dev u0 dstport 4789",
            "link add vx9b type vxlan id 9 group ff05::1 dev u0 dstport 4789 local fd00::9",
            "link add vx10 type vxlan id 10 group 239.1.1.1 dstport 4789",
            "link add vx11 type vxlan id 11 remote 239.1.1.1 dstport 4789",
            "link add vx11 type vxlan id 11 group 10.1.1.1 dev u0 dstport 4789",
            "link add vx11 type vxlan id 11 remote 10.1.1.1 group 239.1.1.1 dstport 4789",
            "link add vx11 type vxlan id 11 group 239.1.1.1 remote 10.1.1.1 dstport 4789",
            "link add vx11 type vxlan id 11 local 239.1.1.1 dstport 4789",
            "link add vx11 type vxlan id 11 local fd00::1 remote 10.0.0.1 dstport 4789",
            "link add vx11 type vxlan id 11 remote 10.0.0.1 remote 10.1.1.2 dstport 4789",
            "link add vx11 type vxlan id 11 local 10.0.0.1 local 10.0.0.2",
            "link add vx11 type vxlan id 11 id 12",
            "link add vx11 type vxlan id 16777216",
            "link add vx11 type vxlan id -1",
            "link add vx11 type vxlan id 11 ttl 256",
            "link add vx11 type vxlan id 11 ttl x",
            "link add vx11 type vxlan id 11 ttl 1 hoplimit 2",
            "link add vx11 type vxlan id 11 tos 100",
            "link add vx11 type vxlan id 11 tos zz",
            "link add vx11 type vxlan id 11 df maybe",
            "link add vx11 type vxlan id 11 flowlabel 0x100000",
            "link add vx11 type vxlan id 11 ageing x",
            "link add vx11 type vxlan id 11 maxaddress -1",
            "link add vx11 type vxlan id 11 srcport 1 x",
            "link add vx11 type vxlan id 11 srcport x 1",
            "link add vx11 type vxlan id 11 srcport 1",
            "link add vx11 type vxlan id 11 dstport 65536",
            "link add vx11 type vxlan id 11 dstport",
            "link add vx11 type vxlan id 11 learning nolearning",
            "link add vx11 type vxlan id 11 proxy noproxy",
            "link add vx11 type vxlan id 11 gbp gbp",
            "link add vx11 type vxlan id 11 external noexternal",
            "link add vx11 type vxlan id 11 dev nosuch",
            "link add vx11 type vxlan id 11 remote nonsense",
            "link add vx11 type vxlan id 11 remote default",
            "link add vx11 type vxlan id 11 local any",
            "link add vx12 type vxlan id 12 remote 10.1 dstport 0",
            "link add vx12b type vxlan id 12 remote 0x0a.0.0.012 local 0.0.0.0 dstport 0",
            "link add vx12c type vxlan id 12 remote 10.0.0.12 local default dstport 0",
            "link add vx12d type vxlan id 12 srcport 0 0 dstport 0",
            "link add vx12e type vxlan id 12 srcport 0100 0x200 dstport 0 ageing 0x20 maxaddress 010",
            "link add vx12f type vxlan id 12 remote ::ffff:10.0.0.1 dstport 0",
            "link add vx13 type vxlan vni 13 hop 5 dsf 0x20 lab 7 r fd00::13 age 20 max 3 p 10 20 dstp 4789 nol nop nor nol2 nol3 udpc noudp6zerocsumt noudp6zerocsumr remcsumt remcsumr",
            "link add vx14 type vxlan i 14 dstp 4789 l 10.0.0.14 d u0 t 3 to 4 df set le pro rs l2 l3 udp6zerocsumt udp6zerocsumr gb",
            "link add vx15 type vxlan id 15 dstport 4789 noext",
            "link set vx13 type vxlan ttl 7",
            "link set vx13 type vxlan id 14",
            "link set vx13 type vxlan dstport 1",
            "link set vx13 type vxlan learning",
            "link set vx13 type vxlan nolearning",
            "link set vx0 type vxlan remote 10.9.9.9",
            "link set vx0 type vxlan local 10.0.0.9",
            "link set vx13 type vxlan gbp",
            "link set vx13 type vxlan external",
            "link set vx13 type vxlan ageing 50",
            "link set vx13 type vxlan maxaddress 9",
            "link set vx13 type vxlan df set tos 8 flowlabel 9",
            "link set vx13 type vxlan srcport 5 6",
            "link set vx13 type vxlan proxy l2miss",
            "link set vx4 type vxlan vnifilter external",
            "link set vx13 type vxlan ttl inherit",
            "link set vx13 type vxlan",
            "link set vx13 up type vxlan udpcsum",
            "-d link show vx0",
            "-d link show vx1",
            "-d link show vx2",
            "-d link show vx3",
            "-d link show vx5",
            "-d link show vx7",
            "-d link show vx8",
            "-d link show vx9b",
            "-d link show vx13",
            "-d link show vx14",
            "-d -j link show vx1",
            "-d -j link show vx5",
            "-d -j link show vx8",
            "link add v0 type veth peer name v1 mtu 1400 txqueuelen 77 address 02:00:00:00:00:11 numtxqueues 2 numrxqueues 3 alias peeralias group 5",
            "link add v2 type veth peer name v3 netns PEER mtu 1300",
            "link add v4 mtu 1280 type veth peer v5 broadcast ff:ff:ff:ff:ff:fe arp off multicast off promisc on allmulticast on",
            "link add v6 type veth peer name v7 type veth",
            "link add v6 type veth peer name v7 type bridge stp_state 1",
            "link add v6 type veth peer group 3",
            "link add v6 type veth peer name v7 link nosuch",
            "link add v6 up type veth peer name v7 link u0 down",
            "link add v8 type veth peer name v9 up",
            "link add v8 type veth peer name v9 master nosuch",
            "link add br0 type bridge",
            "link add v8 type veth peer name v9 master br0",
            "link add v10 type veth peer name v11 addrgenmode none",
            "link add v10 type veth peer name v11 mtu 1400 mtu 1500",
            "link add v10 type veth peer name v11 netns PEERPID",
            "link add v12 type veth peer name v13 netns abc",
            "link add v12 type veth peer name v13 netns PEER netns PEER",
            "link add v12 type veth peer name v13 gso_max_size 32000 gso_max_segs 100 gro_max_size 32000",
            "link add v14 type veth peer txq 9 addr 02:00:00:00:00:22 al x numtx 2 numrx 2 name v15",
            "link add v16 type veth peer name v17 address zz",
            "link add v16 type veth peer name v17 mtu abc",
            "link add v16 type veth peer name v17 txqueuelen -x",
            "link add v16 type veth peer name aaaaaaaaaaaaaaaaaaaa",
            "link add v16 type veth peer name v17 v18",
            "link add v16 type veth peer v17 v18",
            "link add v16 type veth peer name v17 alias",
            "link add v16 type veth peer name u0",
            "link add v16 type veth peer name v17 mtu 10",
            "link add v16 numtxqueues 4 type veth peer numtxqueues 5 name v17",
            "link add v18 type veth peer name v19 netns PEER address 02:00:00:00:00:19 mtu 9000 txqueuelen 10",
            "link add v20 address 02:00:00:00:00:20 type veth peer name v21 address 02:00:00:00:00:20",
            "-d link show v1",
            "-d link show v5",
            "-d link show v17",
            "-4 link add vf1 type vxlan id 1 dstport 0",
            "-6 link add vf2 type vxlan id 2 dstport 0",
            "-6 link add vf3 type vxlan id 3 dstport 0 local fd00::3",
            "-4 link add vf4 type vxlan id 4 dstport 0 remote fd00::4",
            "-d link show vf1",
            "-d link show vf2",
            "link set v0 type veth peer name v1 mtu 1400",
            "link set v0 type veth peer mtu 1400",
            "link set v0 type veth peer name nosuch",
            "link set v0 type veth peer v1 name v9",
            "link set v0 type veth",
            "link del v0",
            "link del vx13");

    @Test
    void eachCommandAndTheResultingLinksMatchIp() throws Exception {
        try (TestNamespace a = TestNamespace.create("vva"); TestNamespace aPeer = TestNamespace.create("vvap");
             TestNamespace b = TestNamespace.create("vvb"); TestNamespace bPeer = TestNamespace.create("vvbp")) {
            Process aSleeper = sleepIn(aPeer);
            Process bSleeper = sleepIn(bPeer);
            try {
                List<Executable> checks = new ArrayList<>();
                for (String command : COMMANDS) {
                    Shell.Result ip = Shell.exec(Replay.words(List.of("ip", "-n", a.name()), command,
                            w -> substitute(w, aPeer, aSleeper)));
                    Jnl.Result jnl = Jnl.run(Replay.words(List.of("ip", "-n", b.name()), command,
                            w -> substitute(w, bPeer, bSleeper)));
                    if (command.startsWith("-d")) {
                        // Shown links: the kernel's random MAC addresses differ between the twins.
                        ip = new Shell.Result(ip.exitCode(), IpLinkReplayTest.mask(ip.stdout()), ip.stderr());
                        jnl = new Jnl.Result(jnl.exitCode(), IpLinkReplayTest.mask(jnl.stdout()), jnl.stderr());
                    }
                    Replay.sameAs(checks, command, ip, jnl, bPeer.name(), aPeer.name(), b.name(), a.name());
                }
                assertAll(checks);
            } finally {
                for (Process sleeper : List.of(aSleeper, bSleeper)) {
                    sleeper.destroy();
                    sleeper.waitFor(10, TimeUnit.SECONDS);
                }
            }
            String twinA = Shell.run("ip", "-n", a.name(), "-d", "-j", "link");
            assertTrue(twinA.contains("\"ifname\":\"vx14\"") && twinA.contains("\"remote6\":\"fd00::2\""), twinA);
            assertEquals(IpLinkReplayTest.mask(twinA), IpLinkReplayTest.mask(Shell.run("ip", "-n", b.name(), "-d", "-j",
                    "link")), "ip -d -j link");
            String peerA = Shell.run("ip", "-n", aPeer.name(), "-d", "-j", "link");
            assertTrue(peerA.contains("\"ifname\":\"v19\""), peerA);
            assertEquals(IpLinkReplayTest.mask(peerA), IpLinkReplayTest.mask(Shell.run("ip", "-n", bPeer.name(), "-d",
                    "-j", "link")), "ip -d -j link of the peers");
        }
    }

    private static String substitute(String word, TestNamespace peer, Process sleeper) {
        return switch (word) {
            case "PEER" -> peer.name();
            case "PEERPID" -> Long.toString(sleeper.pid());
            default -> word;
        };
    }

    /** A process inside {@code peer}, for {@code netns PID}; returned once it is there. */
    private static Process sleepIn(TestNamespace peer) throws Exception {
        Process sleeper = new ProcessBuilder("ip", "netns", "exec", peer.name(), "sleep", "600").start();
        Path procNs = Path.of("/proc", Long.toString(sleeper.pid()), "ns", "net");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!procNs.toFile().exists() || NetNs.inodeOf(procNs) != peer.netns().inode()) {
            assertTrue(sleeper.isAlive() && System.nanoTime() < deadline, "ip netns exec " + peer.name() + " sleep");
            Thread.sleep(10);
        }
        return sleeper;
    }
}
