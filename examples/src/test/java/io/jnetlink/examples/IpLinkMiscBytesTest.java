package io.jnetlink.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * The later {@code ip link} options send what ip sends, byte for byte (namespace descriptor
 * numbers aside), as {@link IpLinkBytesTest} checks the earlier ones: each line under strace with
 * ip on namespace A and with the jar's main class on its twin B; the last request of the
 * command's type is compared, also when the kernel refuses it.
 */
class IpLinkMiscBytesTest {
    private static final String LONG = "an-alternative-name-longer-than-fifteen";

    private static final List<String> COMMANDS = List.of(
            "link add v0 type veth peer name v1",
            "link add index 77 x0 type veth peer name x1",
            "link set v0 dynamic on trailers off up",
            "link set v0 dynamic off trailers on",
            "link set v0 state dormant mode dormant",
            "link set v0 state UP mode default",
            "link set v0 xdp off",
            "link set v0 xdpgeneric none",
            "-force link set v0 xdpdrv off",
            "link set v0 xdpoffload off",
            "link set v0 parentdev foo",
            "link set v0 link-netnsid 5",
            "link set v1 link-netns PEER",
            "link set x1 netns PEER index 9",
            "link set v1 mtu 1400 netns /run/netns/PEER",
            "link property add dev x0 altname " + LONG,
            "link set " + LONG + " mtu 1300",
            "link del dev " + LONG);

    @Test
    void eachRequestMatchesIpsByteForByte() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        try (TestNamespace a = TestNamespace.create("mba"); TestNamespace aPeer = TestNamespace.create("mbap");
             TestNamespace b = TestNamespace.create("mbb"); TestNamespace bPeer = TestNamespace.create("mbbp")) {
            for (String command : COMMANDS) {
                List<String> words = List.of(command.split(" "));
                int options = words.get(0).startsWith("-") ? 1 : 0;
                List<String> ip = new ArrayList<>(List.of("ip"));
                List<String> jnl = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                        Main.class.getName(), "ip"));
                ip.addAll(words.subList(0, options));
                jnl.addAll(words.subList(0, options));
                ip.addAll(List.of("-n", a.name()));
                jnl.addAll(List.of("-n", b.name()));
                for (String word : words.subList(options, words.size())) {
                    ip.add(word.replace("PEER", aPeer.name()));
                    jnl.add(word.replace("PEER", bPeer.name()));
                }
                int type = command.contains("link del") ? MessageType.RTM_DELLINK
                        : command.contains("link property") ? MessageType.RTM_NEWLINKPROP : MessageType.RTM_NEWLINK;
                assertEquals(sent(type, ip), sent(type, jnl), command);
            }
            Shell.run("ip", "-n", bPeer.name(), "link", "show", "v1");
        }
    }

    /** The last request of {@code type} the command line sends: type, flags and payload in hex. */
    private static String sent(int type, List<String> line) {
        StraceCapture.Request r = StraceCapture.lastRequestEvenIfRefused(type, line.toArray(String[]::new));
        return r.type() + " 0x" + Integer.toHexString(r.flags()) + " "
                + HexFormat.of().formatHex(StraceCapture.maskNetnsFd(r.payload()));
    }
}
