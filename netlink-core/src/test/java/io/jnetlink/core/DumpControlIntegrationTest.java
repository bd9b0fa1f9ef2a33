package io.jnetlink.core;

import static io.jnetlink.core.testing.Rtnetlink.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnetlink.core.message.MessageType;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.NlMsgHdr;
import io.jnetlink.core.testing.Shell;
import io.jnetlink.core.testing.TestNamespace;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A handler that stops early or throws leaves the socket in step (the rest of the dump is
 * drained), and {@code NETLINK_GET_STRICT_CHK} makes the kernel validate dump requests.
 */
class DumpControlIntegrationTest {
    private static final int LINKS = 300;

    @Test
    void stoppingOrThrowingMidDumpLeavesTheSocketInStep() {
        try (TestNamespace ns = TestNamespace.create("dumpstop");
             NetlinkSocket socket = ns.netns().openSocket(NetlinkProtocol.ROUTE);
             MessageWriter writer = new MessageWriter()) {
            Links.addIfbs(ns.name(), "ifb", 0, LINKS);
            List<String> ip = Links.ipNames(ns.name());

            int[] delivered = new int[1];
            socket.dump(Links.dumpRequest(writer), message -> ++delivered[0] < 3);
            assertEquals(3, delivered[0], "nothing delivered after the handler said stop");
            assertEquals(ip, Links.dumpNames(socket), "the next dump starts clean");

            IllegalStateException boom = new IllegalStateException("handler failed");
            delivered[0] = 0;
            IllegalStateException thrown = assertThrows(IllegalStateException.class,
                    () -> socket.dump(Links.dumpRequest(writer), message -> {
                        if (++delivered[0] == 10) {
                            throw boom;
                        }
                        return true;
                    }));
            assertSame(boom, thrown);
            assertEquals(10, delivered[0]);
            assertEquals(ip, Links.dumpNames(socket));
            socket.execute(Links.createRequest(writer, "after", "ifb"));
            assertTrue(Links.ipNames(ns.name()).contains("after"), "requests work after the failed dump");
        }
    }

    @Test
    void strictCheckMakesTheKernelRefuseAnUnsupportedDumpFilter() {
        try (TestNamespace ns = TestNamespace.create("strict");
             NetlinkSocket lenient = ns.netns().openSocket(NetlinkProtocol.ROUTE);
             NetlinkSocket strict = ns.netns().openSocket(NetlinkProtocol.ROUTE,
                     NetlinkSocket.Config.defaults().withStrictCheck(true));
             MessageWriter writer = new MessageWriter()) {
            Shell.run("ip", "-n", ns.name(), "link", "add", "ifb0", "type", "ifb");
            // A link dump "filtered" by ifi_index, which the kernel does not support.
            writer.begin(MessageType.RTM_GETLINK, 0).u8(AF_UNSPEC).zeros(3).u32(1).zeros(8);
            List<String> names = new ArrayList<>();
            lenient.dump(writer, message -> names.add(Links.name(message)));
            assertEquals(List.of("lo", "ifb0"), names, "without strict checking the index is ignored");

            writer.begin(MessageType.RTM_GETLINK, 0).u8(AF_UNSPEC).zeros(3).u32(1).zeros(8);
            NetlinkException e = assertThrows(NetlinkException.class, () -> strict.dump(writer, message -> true));
            assertEquals(Errno.EINVAL, e.errno());
            assertEquals("Filter by device index not supported for link dumps", e.kernelMessage());
            assertEquals(List.of("lo", "ifb0"), Links.dumpNames(strict), "a plain dump still works");
        }
    }

    @Test
    void strictCheckLetsTheKernelFilterByKind() {
        try (TestNamespace ns = TestNamespace.create("bykind");
             NetlinkSocket strict = ns.netns().openSocket(NetlinkProtocol.ROUTE,
                     NetlinkSocket.Config.defaults().withStrictCheck(true));
             MessageWriter writer = new MessageWriter()) {
            Shell.run("ip", "-n", ns.name(), "link", "add", "ifb0", "type", "ifb");
            Shell.run("ip", "-n", ns.name(), "link", "add", "br0", "type", "bridge");
            writer.begin(MessageType.RTM_GETLINK, 0).u8(AF_UNSPEC).zeros(IFINFOMSG_SIZE - 1);
            int linkInfo = writer.beginNested(IFLA_LINKINFO);
            writer.attrString(IFLA_INFO_KIND, "bridge").endNested(linkInfo);
            List<String> names = new ArrayList<>();
            int[] filteredFlag = new int[1];
            strict.dump(writer, message -> {
                names.add(Links.name(message));
                filteredFlag[0] |= message.flags() & NlMsgHdr.NLM_F_DUMP_FILTERED;
                return true;
            });
            assertEquals(List.of("br0"), names);
            assertEquals(NlMsgHdr.NLM_F_DUMP_FILTERED, filteredFlag[0], "the kernel says it filtered");
        }
    }
}
