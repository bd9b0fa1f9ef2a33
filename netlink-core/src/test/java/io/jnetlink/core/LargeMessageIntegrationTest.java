package io.jnetlink.core;

import static io.jnetlink.core.testing.Rtnetlink.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnetlink.core.message.AttributeCursor;
import io.jnetlink.core.message.MessageType;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.NlAttr;
import io.jnetlink.core.testing.Shell;
import io.jnetlink.core.testing.TestNamespace;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A single message larger than the 32 KiB receive buffer (a link with ~50 KiB of alternative
 * names) arrives whole: the buffer grows to the size the kernel reports by peeking.
 */
class LargeMessageIntegrationTest {
    private static final int ALTNAMES = 400;
    private static final int PER_REQUEST = 50;

    private static String altname(int i) {
        // 120 bytes: ALTIFNAMSIZ is 128 with the NUL
        String head = "alt" + i + "-";
        return head + "x".repeat(120 - head.length());
    }

    @Test
    void messageLargerThanTheReceiveBufferArrivesWhole() {
        try (TestNamespace ns = TestNamespace.create("bigmsg");
             NetlinkSocket socket = ns.netns().openSocket(NetlinkProtocol.ROUTE);
             MessageWriter writer = new MessageWriter()) {
            Shell.run("ip", "-n", ns.name(), "link", "add", "ifb0", "type", "ifb");
            for (int first = 0; first < ALTNAMES; first += PER_REQUEST) {
                writer.begin(MessageType.RTM_NEWLINKPROP, 0).u8(AF_UNSPEC).zeros(IFINFOMSG_SIZE - 1)
                        .attrString(IFLA_IFNAME, "ifb0");
                int list = writer.beginNested(IFLA_PROP_LIST | NlAttr.NLA_F_NESTED);
                for (int i = first; i < first + PER_REQUEST; i++) {
                    writer.attrString(IFLA_ALT_IFNAME, altname(i));
                }
                socket.execute(writer.endNested(list));
            }
            int initialCapacity = socket.receiveBufferCapacity();

            Set<String> ours = new HashSet<>();
            int[] largest = new int[1];
            socket.dump(Links.dumpRequest(writer), message -> {
                largest[0] = Math.max(largest[0], message.length());
                AttributeCursor attrs = message.attributes(IFINFOMSG_SIZE);
                while (attrs.next()) {
                    if (attrs.type() == IFLA_PROP_LIST) {
                        AttributeCursor names = attrs.nested();
                        while (names.next()) {
                            if (names.type() == IFLA_ALT_IFNAME) {
                                ours.add(names.string());
                            }
                        }
                    }
                }
                return true;
            });
            assertTrue(largest[0] > initialCapacity, "a message of " + largest[0] + " bytes, more than the "
                    + initialCapacity + "-byte buffer");
            assertTrue(socket.receiveBufferCapacity() >= largest[0], "the buffer grew");

            Set<String> ip = Arrays.stream(Shell.run("ip", "-n", ns.name(), "link", "show", "ifb0").split("\n"))
                    .map(String::trim).filter(l -> l.startsWith("altname "))
                    .map(l -> l.substring("altname ".length())).collect(Collectors.toSet());
            assertEquals(ALTNAMES, ip.size());
            assertEquals(ip, ours);
        }
    }
}
