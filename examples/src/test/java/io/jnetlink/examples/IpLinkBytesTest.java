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
 * {@code jnl ip link add|set|delete} sends what {@code ip} sends for the same command line, byte
 * for byte (sequence number, port id and namespace descriptor numbers aside): each line runs
 * under strace with ip on namespace A and with the jar's main class on its twin B.
 */
class IpLinkBytesTest {
    private static final List<String> COMMANDS = List.of(
            "link add br0 type bridge",
            "link add br1 mtu 1400 txqueuelen 5 address 02:00:00:00:00:05 broadcast ff:ff:ff:ff:ff:fe group 4 alias hi"
                    + " type bridge stp_state 1 forward_delay 400 ageing_time 1000",
            "link add v0 numtxqueues 2 numrxqueues 3 type veth peer name v1",
            "link add mtu 1300 link v0 name mv0 type macvlan mode bridge",
            "link add link v0 mvt0 type macvtap",
            "link add vx0 type vxlan id 42 dstport 4789 local 10.0.0.1 remote 10.0.0.2 dev v0 nolearning",
            "link add vx1 type vxlan id 43 remote fd00::1",
            "link add i0 type ifb",
            "link add e0 type veth peer netns PEER name e1",
            "link add d0 type dummy",
            "link add type bridge",
            "link set dev v1 up mtu 1400 address 02:00:00:00:00:09 alias foo master br0 arp off multicast off"
                    + " promisc on allmulticast on txqueuelen 7",
            "link set v1 down name y1",
            "link set y1 nomaster",
            "link set vx0 type vxlan remote 10.1.1.1 learning",
            "link set mv0 netns PEER",
            "link set v0 addrgenmode random gso_max_size 60000 gso_max_segs 100 gro_max_size 60000",
            "link set v0 carrier on",
            "link set v0 protodown on protodown_reason 3 on",
            "link set group 4 mtu 1400 up",
            "link set y1 master br0",
            "link set y1 type bridge_slave cost 5 priority 3 learning off mcast_router 2 group_fwd_mask 0x4000 fdb_flush"
                    + " locked on nobackup_port",
            "link property add dev y1 altname longname1 altname ln2",
            "link property del dev y1 altname ln2",
            "link del i0",
            "link del group 4");

    @Test
    void eachRequestMatchesIpsByteForByte() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        try (TestNamespace a = TestNamespace.create("bya"); TestNamespace aPeer = TestNamespace.create("byap");
             TestNamespace b = TestNamespace.create("byb"); TestNamespace bPeer = TestNamespace.create("bybp")) {
            for (String command : COMMANDS) {
                List<String> ip = new ArrayList<>(List.of("ip", "-n", a.name()));
                List<String> jnl = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                        Main.class.getName(), "ip", "-n", b.name()));
                for (String word : command.split(" ")) {
                    ip.add(word.equals("PEER") ? aPeer.name() : word);
                    jnl.add(word.equals("PEER") ? bPeer.name() : word);
                }
                List<String> expected = sent(command, ip);
                assertFalse(expected.isEmpty(), command);
                assertEquals(expected, sent(command, jnl), command);
            }
            Shell.run("ip", "-n", b.name(), "link", "show", "bridge0");
        }
    }

    /**
     * The request {@code command} sends ({@code RTM_DELLINK} for a delete, {@code RTM_NEWLINKPROP} or
     * {@code RTM_DELLINKPROP} for a property, else {@code RTM_NEWLINK}): type, flags and payload in
     * hex; a command the kernel refuses ({@code dummy}, {@code carrier}, {@code protodown}) still shows its request.
     */
    private static List<String> sent(String command, List<String> line) {
        String[] words = line.toArray(String[]::new);
        int type = command.startsWith("link del") ? MessageType.RTM_DELLINK
                : command.startsWith("link property add") ? MessageType.RTM_NEWLINKPROP
                : command.startsWith("link property del") ? MessageType.RTM_DELLINKPROP : MessageType.RTM_NEWLINK;
        // The kernel refuses these (no dummy module; veth has no settable carrier or protodown).
        boolean refused = command.contains("dummy") || command.contains("carrier") || command.contains("protodown");
        List<StraceCapture.Request> requests = refused
                ? List.of(StraceCapture.lastRequestEvenIfRefused(type, words)) : StraceCapture.requests(type, words);
        List<String> shown = new ArrayList<>();
        for (StraceCapture.Request r : requests) {
            shown.add(r.type() + " 0x" + Integer.toHexString(r.flags()) + " "
                    + HexFormat.of().formatHex(StraceCapture.maskNetnsFd(r.payload())));
        }
        return shown;
    }
}
