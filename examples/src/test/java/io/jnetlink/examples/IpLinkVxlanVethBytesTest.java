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
import org.junit.jupiter.api.Test;

/**
 * {@code jnl ip link add|set ... type vxlan OPTIONS} and {@code type veth peer OPTIONS} send what
 * {@code ip} 6.1 sends, byte for byte (sequence number, port id and namespace descriptor numbers
 * aside): the order ip appends the vxlan attributes in (most where they stand, then the VNI, the
 * addresses, learning and the port), and the peer's own {@code ifinfomsg} and attributes. Each line
 * runs under strace with ip on namespace A and with the jar's main class on its twin B.
 */
class IpLinkVxlanVethBytesTest {
    /** Words split at spaces; {@code PEER} is the twin's peer namespace; a leading {@code !} marks a line the kernel refuses. */
    private static final List<String> COMMANDS = List.of(
            "link add u0 type veth peer name u1",
            "link add vx1 type vxlan id 1 ttl 64 tos 0x10 df set dstport 4789 srcport 1000 2000 proxy"
                    + " rsc l2miss l3miss ageing 100 maxaddress 50 udpcsum noudp6zerocsumtx udp6zerocsumrx remcsumtx"
                    + " remcsumrx local 10.0.0.1 remote 10.0.0.2 dev u0 nolearning",
            "link add vx2 type vxlan id 2 ttl inherit tos inherit df inherit dstport 0",
            "link add vx3 type vxlan vni 3 hop auto dsf 0x20 lab 7 r fd00::3 age none max unlimited p 10 20 nop nor nol2 nol3"
                    + " noudpc udp6zerocsumt noudp6zerocsumr noremcsumt noremcsumr le",
            "link add vx4 type vxlan external vnifilter dstport 4789",
            "link add vx5 type vxlan noexternal id 5 gbp",
            "link add vx6 type vxlan gpe external",
            "!link add vx7 type vxlan id 7 gpe nolearning",
            "link add vx8 type vxlan id 8 local fd00::1 remote fd00::2 dstport 4789 flowlabel 0x12345",
            "link add vx9 type vxlan id 9 group ff05::9 dev u0",
            "link add vx10 type vxlan group 239.1.1.10 dev u0 id 10 srcport 0 0",
            "link set vx3 type vxlan ttl 7 learning",
            "link set vx3 type vxlan ageing 50",
            "!link set vx3 type vxlan maxaddress 9",
            "!link set vx3 type vxlan id 14",
            "!link set vx3 type vxlan external dstport 1 remote 10.9.9.9",
            "link add v0 type veth peer name v1 mtu 1400 txqueuelen 77 address 02:00:00:00:00:11 numtxqueues 2"
                    + " numrxqueues 3 alias peeralias group 5",
            "!link add v8 type veth peer name v9 up",
            "link add v2 mtu 1280 up type veth peer v3 netns PEER broadcast ff:ff:ff:ff:ff:fe arp off multicast off"
                    + " promisc on allmulticast on",
            "link add br0 type bridge",
            "link add v4 type veth peer link u0 master br0 gso_max_size 32000 gso_max_segs 100"
                    + " gro_max_size 32000 name v5 down",
            "!link set u0 type veth peer name u1 mtu 1400 alias x",
            "link add v6 type veth peer",
            "link add v7 type veth");

    @Test
    void eachRequestMatchesIpsByteForByte() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        try (TestNamespace a = TestNamespace.create("vvba"); TestNamespace aPeer = TestNamespace.create("vvbap");
             TestNamespace b = TestNamespace.create("vvbb"); TestNamespace bPeer = TestNamespace.create("vvbbp")) {
            for (String line : COMMANDS) {
                boolean refused = line.startsWith("!");
                String command = refused ? line.substring(1) : line;
                List<String> ip = new ArrayList<>(List.of("ip", "-n", a.name()));
                List<String> jnl = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                        Main.class.getName(), "ip", "-n", b.name()));
                for (String word : command.split(" ")) {
                    ip.add(word.equals("PEER") ? aPeer.name() : word);
                    jnl.add(word.equals("PEER") ? bPeer.name() : word);
                }
                List<String> expected = sent(refused, ip);
                assertFalse(expected.isEmpty(), command);
                assertEquals(expected, sent(refused, jnl), command);
            }
        }
    }

    /** The {@code RTM_NEWLINK} requests the line sends: flags and payload in hex. */
    private static List<String> sent(boolean refused, List<String> line) {
        String[] words = line.toArray(String[]::new);
        List<StraceCapture.Request> requests = refused
                ? List.of(StraceCapture.lastRequestEvenIfRefused(MessageType.RTM_NEWLINK, words))
                : StraceCapture.requests(MessageType.RTM_NEWLINK, words);
        List<String> shown = new ArrayList<>();
        for (StraceCapture.Request r : requests) {
            shown.add("0x" + Integer.toHexString(r.flags()) + " "
                    + HexFormat.of().formatHex(StraceCapture.maskNetnsFd(r.payload())));
        }
        return shown;
    }
}
