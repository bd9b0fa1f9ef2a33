package io.jnetlink.route.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnetlink.core.message.MessageCursor;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.route.testing.KernelHeaders;
import io.netty.buffer.ByteBuf;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code vxcan}, which this kernel cannot create: its table against linux/can/vxcan.h, and its peer
 * through the bytes of a create request and back, as a veth's.
 */
class VxcanKindTest {
    private static LinkData roundTrip(LinkData data) {
        try (MessageWriter w = new MessageWriter()) {
            LinkRequest.of("vc0").withData(data).writeAdd(w);
            ByteBuf bytes = w.finish();
            MessageCursor cursor = new MessageCursor().wrap(bytes, 0, bytes.writerIndex());
            assertTrue(cursor.next());
            Link link = Link.decode(cursor);
            assertEquals("vxcan", link.kind());
            return link.info().data();
        }
    }

    @Test
    void tableMatchesTheHeader() {
        assertEquals(List.of(), KernelHeaders.assertRowsMatch(VxcanAttributes.SET, "can/vxcan.h", "VXCAN_INFO_UNSPEC"));
        assertEquals("vxcan", LinkKinds.codec("vxcan").kind());
    }

    @Test
    void peerRoundTrips() {
        assertEquals(VxcanData.of("vc1", null), roundTrip(VxcanData.of("vc1", null)));
        assertEquals(VxcanData.of(), roundTrip(VxcanData.of()));
        assertThrows(IllegalArgumentException.class, () -> VxcanData.of("a-name-far-too-long", null));
        assertThrows(IllegalArgumentException.class, () -> new VxcanData(VethAttributes.SET.empty()));
    }
}
