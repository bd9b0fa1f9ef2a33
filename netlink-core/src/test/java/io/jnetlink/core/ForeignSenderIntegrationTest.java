package io.jnetlink.core;

import static io.jnetlink.core.testing.Rtnetlink.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.jnetlink.core.message.HostOrder;
import io.jnetlink.core.message.MessageType;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.NlMsgErr;
import io.jnetlink.core.message.NlMsgHdr;
import io.jnetlink.core.testing.TestNamespace;
import io.netty.buffer.ByteBuf;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Only the kernel (port 0) may answer: a user-space socket that forges replies to our port, with
 * our next sequence number, is ignored. Uses the package-private {@code send(ByteBuf, port)}.
 */
class ForeignSenderIntegrationTest {

    @Test
    void forgedRepliesFromAUserSpaceSocketAreDropped() {
        try (TestNamespace ns = TestNamespace.create("foreign");
             NetlinkSocket victim = ns.netns().openSocket(NetlinkProtocol.ROUTE);
             NetlinkSocket forger = ns.netns().openSocket(NetlinkProtocol.ROUTE);
             MessageWriter writer = new MessageWriter();
             MessageWriter forged = new MessageWriter()) {
            // Learn the victim's sequence numbering from a real reply; the next request uses seq + 1.
            int[] sequence = new int[1];
            victim.dump(Links.dumpRequest(writer), message -> {
                sequence[0] = message.sequence();
                return true;
            });
            int next = sequence[0] + 1;

            // A forged link named "forged", then a forged NLMSG_DONE ending the dump early ...
            forged.begin(MessageType.RTM_NEWLINK, NlMsgHdr.NLM_F_MULTI).u8(AF_UNSPEC).zeros(IFINFOMSG_SIZE - 1)
                    .attrString(IFLA_IFNAME, "forged");
            forger.send(addressedTo(forged.finish(), next, victim.portId()), victim.portId());
            forged.begin(MessageType.NLMSG_DONE, NlMsgHdr.NLM_F_MULTI).u32(0);
            forger.send(addressedTo(forged.finish(), next, victim.portId()), victim.portId());
            List<String> names = Links.dumpNames(victim);
            assertEquals(List.of("lo"), names, "neither the forged link nor the forged end got in");

            // ... and a forged EPERM for the following request, which must still succeed.
            forged.begin(MessageType.NLMSG_ERROR, 0).u32(-1).zeros(NlMsgErr.SIZE - 4);
            forger.send(addressedTo(forged.finish(), next + 1, victim.portId()), victim.portId());
            victim.execute(Links.createRequest(writer, "real0", "ifb"));
            assertEquals(List.of("lo", "real0"), Links.dumpNames(victim));
            assertFalse(victim.isClosed());
        }
    }

    private static ByteBuf addressedTo(ByteBuf message, int sequence, int port) {
        HostOrder.setU32(message, NlMsgHdr.SEQ, sequence);
        HostOrder.setU32(message, NlMsgHdr.PID, port);
        return message;
    }
}
