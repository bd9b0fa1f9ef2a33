package io.jnetlink.core;

import static io.jnetlink.core.testing.Rtnetlink.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnetlink.core.message.MessageType;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.NlMsgHdr;
import io.jnetlink.core.testing.Shell;
import io.jnetlink.core.testing.TestNamespace;
import org.junit.jupiter.api.Test;

/**
 * Kernel refusals become {@link NetlinkException} with the errno and the kernel's own extended-ack
 * text, the same text {@code ip} prints for the same request in the same namespace.
 */
class KernelErrorIntegrationTest {

    /** The text after "Error: " and before the final "." of ip's stderr. */
    private static String ipKernelText(Shell.Result result) {
        String err = result.stderr().trim();
        assertNotEquals(0, result.exitCode(), "ip must fail too");
        assertTrue(err.startsWith("Error: ") && err.endsWith("."), "ip printed an extack message: " + err);
        return err.substring("Error: ".length(), err.length() - 1);
    }

    @Test
    void unknownLinkKindGivesEopnotsuppWithTheKernelsText() {
        try (TestNamespace ns = TestNamespace.create("errkind");
             NetlinkSocket socket = ns.netns().openSocket(NetlinkProtocol.ROUTE);
             MessageWriter writer = new MessageWriter()) {
            String ipText = ipKernelText(Shell.exec("ip", "-n", ns.name(), "link", "add", "x", "type", "nosuchkind"));

            NetlinkException e = assertThrows(NetlinkException.class,
                    () -> socket.execute(Links.createRequest(writer, "x", "nosuchkind")));
            assertEquals(Errno.EOPNOTSUPP, e.errno());
            assertEquals(95, e.errnoNumber());
            assertEquals("RTM_NEWLINK", e.operation());
            assertEquals(ipText, e.kernelMessage());
            assertEquals("Unknown device type", e.kernelMessage());
            assertTrue(e.getMessage().startsWith("RTM_NEWLINK failed: EOPNOTSUPP (95) "), e.getMessage());
            assertTrue(e.getMessage().endsWith("; kernel: \"Unknown device type\""), e.getMessage());
            assertEquals(Links.ipNames(ns.name()), Links.dumpNames(socket), "nothing was created; socket still in step");
        }
    }

    @Test
    void attributeRejectedByTheKernelGivesEinvalWithTheKernelsText() {
        try (TestNamespace ns = TestNamespace.create("errinval");
             NetlinkSocket socket = ns.netns().openSocket(NetlinkProtocol.ROUTE);
             MessageWriter writer = new MessageWriter()) {
            Shell.run("ip", "-n", ns.name(), "link", "add", "ifb0", "type", "ifb");
            String ipText = ipKernelText(Shell.exec("ip", "-n", ns.name(), "link", "set", "ifb0", "gro_max_size", "999999999"));

            writer.begin(MessageType.RTM_NEWLINK, 0).u8(AF_UNSPEC).zeros(IFINFOMSG_SIZE - 1)
                    .attrString(IFLA_IFNAME, "ifb0")
                    .attrU32(IFLA_GRO_MAX_SIZE, 999_999_999);
            NetlinkException e = assertThrows(NetlinkException.class, () -> socket.execute(writer));
            assertEquals(Errno.EINVAL, e.errno());
            assertEquals(ipText, e.kernelMessage());
            assertEquals("too big gro_max_size", e.kernelMessage());
        }
    }

    @Test
    void policyViolationNamesTheOffendingAttributesOffset() {
        try (TestNamespace ns = TestNamespace.create("errrange");
             NetlinkSocket socket = ns.netns().openSocket(NetlinkProtocol.ROUTE);
             MessageWriter writer = new MessageWriter()) {
            Shell.run("ip", "-n", ns.name(), "link", "add", "ifb0", "type", "ifb");
            String ipText = ipKernelText(Shell.exec("ip", "-n", ns.name(), "link", "set", "ifb0", "gso_max_size", "10"));

            writer.begin(MessageType.RTM_NEWLINK, 0).u8(AF_UNSPEC).zeros(IFINFOMSG_SIZE - 1)
                    .attrString(IFLA_IFNAME, "ifb0");
            int offending = writer.length();
            writer.attrU32(IFLA_GSO_MAX_SIZE, 10);
            NetlinkException e = assertThrows(NetlinkException.class, () -> socket.execute(writer));
            assertEquals(Errno.ERANGE, e.errno());
            assertEquals(ipText, e.kernelMessage());
            assertEquals(offending, e.attributeOffset(), "offset of IFLA_GSO_MAX_SIZE in our request");
        }
    }

    @Test
    void overlongInterfaceNameIsRefusedByTheKernelsPolicy() {
        try (TestNamespace ns = TestNamespace.create("errname");
             NetlinkSocket socket = ns.netns().openSocket(NetlinkProtocol.ROUTE);
             MessageWriter writer = new MessageWriter()) {
            // ip refuses such a name itself, so only the library can show what the kernel says.
            Links.createRequest(writer, "a-name-longer-than-ifnamsiz", "ifb");
            NetlinkException e = assertThrows(NetlinkException.class, () -> socket.execute(writer));
            // IFLA_IFNAME's policy is NLA_STRING with .len = IFNAMSIZ - 1; nla_parse answers ERANGE.
            assertEquals(Errno.ERANGE, e.errno());
            assertEquals("Attribute failed policy validation", e.kernelMessage());
            assertEquals(NlMsgHdr.SIZE + IFINFOMSG_SIZE, e.attributeOffset(), "IFLA_IFNAME is the first attribute");
        }
    }
}
