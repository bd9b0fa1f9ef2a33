package io.jnetlink.route.nsid;

import static io.jnetlink.route.testing.IpTool.ipJson;
import static io.jnetlink.route.testing.IpTool.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.jnetlink.core.Errno;
import io.jnetlink.core.NetlinkException;
import io.jnetlink.core.message.HostOrder;
import io.jnetlink.core.message.MessageType;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.NlMsgHdr;
import io.jnetlink.core.testing.Shell;
import io.jnetlink.core.testing.TestNamespace;
import io.jnetlink.route.Rtnl;
import io.jnetlink.route.testing.KernelHeaders;
import io.jnetlink.route.testing.StraceCapture;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NamespaceIdsTest {

    @Test
    void assignedIdsAreSeenByApiAndIpNetns() {
        try (TestNamespace a = TestNamespace.create("nsid-a"); TestNamespace b = TestNamespace.create("nsid-b");
             TestNamespace c = TestNamespace.create("nsid-c"); Rtnl rtnl = Rtnl.open(a.netns())) {
            NamespaceId none = rtnl.namespaceIds().get(b.netns());
            assertEquals(NamespaceIdCodec.NETNSA_NSID_NOT_ASSIGNED, none.get(NamespaceIdAttributes.NSID));
            assertFalse(none.isAssigned());
            assertEquals(Optional.empty(), rtnl.namespaceIds().find(b.netns()));
            assertEquals(0, ipJson(a.name(), "netns", "list-id").size());

            rtnl.namespaceIds().add(b.netns(), 7);
            assertEquals(7, rtnl.namespaceIds().get(b.netns()).get(NamespaceIdAttributes.NSID));
            assertEquals(7, rtnl.namespaceIds().find(b.netns()).orElseThrow().get(NamespaceIdAttributes.NSID));
            int auto = rtnl.namespaceIds().add(c.netns()).get(NamespaceIdAttributes.NSID);
            assertTrue(auto >= 0 && auto != 7, "kernel-chosen id " + auto);

            JsonNode shown = ipJson(a.name(), "netns", "list-id");
            assertEquals(2, shown.size());
            List<NamespaceId> ours = rtnl.namespaceIds().list();
            assertEquals(shown.size(), ours.size());
            for (JsonNode entry : shown) {
                int nsid = entry.get("nsid").asInt();
                assertTrue(ours.stream().anyMatch(x -> x.get(NamespaceIdAttributes.NSID) == nsid), entry.toString());
                int expected = b.name().equals(text(entry, "name")) ? 7 : auto;
                assertEquals(expected, nsid, entry.toString());
            }
            assertTrue(Shell.run("ip", "-n", a.name(), "netns", "list").contains(b.name() + " (id: 7)"));
        }
    }

    @Test
    void aSecondIdFailsWithEexistAndTheKernelText() {
        try (TestNamespace a = TestNamespace.create("nsid-a"); TestNamespace b = TestNamespace.create("nsid-b");
             Rtnl rtnl = Rtnl.open(a.netns())) {
            rtnl.namespaceIds().add(b.netns(), 3);
            NetlinkException e = assertThrows(NetlinkException.class, () -> rtnl.namespaceIds().add(b.netns(), 4));
            assertEquals(Errno.EEXIST, e.errno());
            Shell.Result tool = Shell.exec("ip", "-n", a.name(), "netns", "set", b.name(), "4");
            assertTrue(tool.stderr().contains(e.kernelMessage()), tool.stderr() + " vs " + e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> rtnl.namespaceIds().add(b.netns(), -2));
            assertEquals(3, rtnl.namespaceIds().get(b.netns()).get(NamespaceIdAttributes.NSID));
            NetlinkException again = assertThrows(NetlinkException.class, () -> rtnl.namespaceIds().add(b.netns()));
            assertEquals(Errno.EEXIST, again.errno(), "an automatic id is refused too once one is there");
        }
    }

    @Test
    void everyNetnsaAttributeOfTheHeaderIsARowWithItsNumber() {
        assertEquals(List.of(), KernelHeaders.assertRowsMatch(NamespaceIdAttributes.SET, "net_namespace.h", "NETNSA_NONE"));
    }

    @Test
    void addBytesEqualWhatIpNetnsSetSendsButTheDescriptor() {
        try (TestNamespace a = TestNamespace.create("nsid-a"); TestNamespace b = TestNamespace.create("nsid-b")) {
            List<StraceCapture.Request> sent = StraceCapture.requests(MessageType.RTM_NEWNSID,
                    "ip", "-n", a.name(), "netns", "set", b.name(), "7");
            assertEquals(1, sent.size());
            byte[] theirs = sent.get(0).payload();
            // NETNSA_FD carries each process's own descriptor number: take ip's into ours.
            int fdValueOffset = 4 + 4; // rtgenmsg padded to 4, then the attribute header
            int ipFd = HostOrder.s32(Unpooled.wrappedBuffer(theirs), fdValueOffset);
            try (MessageWriter w = new MessageWriter()) {
                NamespaceIdCodec.writeAdd(w, ipFd, 7);
                w.flags(w.flags() | NlMsgHdr.NLM_F_ACK);
                ByteBuf ours = w.finish();
                StraceCapture.Request mine = StraceCapture.Request.of(ours);
                assertEquals(sent.get(0).flags(), mine.flags());
                assertEquals(sent.get(0).hex(), mine.hex());
            }
        }
    }
}
