package io.jnetlink.route.event;

import io.jnetlink.route.link.BridgePortAttributes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnetlink.route.event.RtnlEvent.Action;
import io.jnetlink.route.link.BridgeCodec;
import io.jnetlink.route.link.BridgePortData;
import io.jnetlink.route.link.Link;
import io.jnetlink.route.link.LinkAttributes;
import io.jnetlink.route.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A bridge's notice about its port captured from a real kernel
 * ({@code fixtures/bridge-port-event.hex}, how on top): its {@code IFLA_PROTINFO} decodes to the
 * typed port data; needs no privileges.
 */
class BridgePortEventFixtureTest {
    private static byte[] message() {
        List<byte[]> messages = Fixtures.messages(BridgePortEventFixtureTest.class, "/fixtures/bridge-port-event.hex");
        assertEquals(1, messages.size());
        return messages.get(0);
    }

    @Test
    void protinfoOfAnAfBridgeMessageIsThePortsSlaveData() {
        RtnlEvent event = EventSubscription.decode(Fixtures.cursor(message()));
        RtnlEvent.BridgePortEvent portEvent = assertInstanceOf(RtnlEvent.BridgePortEvent.class, event);
        assertEquals(Action.NEW, portEvent.action());
        Link port = portEvent.port();
        assertEquals("veth0", port.name());
        assertEquals(4, port.ifindex());
        assertEquals(2, port.masterIfindex());
        assertNull(port.kind());
        assertEquals(BridgeCodec.KIND, port.info().slaveKind());
        BridgePortData data = assertInstanceOf(BridgePortData.class, port.info().slaveData());
        assertEquals(Boolean.FALSE, data.get(BridgePortAttributes.MODE));
        assertEquals(100, data.get(BridgePortAttributes.COST));
        assertEquals(Boolean.FALSE, data.get(BridgePortAttributes.LEARNING));
        assertEquals(1, data.get(BridgePortAttributes.NO));
        assertTrue(port.get(LinkAttributes.PROTINFO) != null && port.info().slaveData() != null);
    }

    @Test
    void protinfoOfAnotherFamilyStaysRaw() {
        byte[] unspec = message();
        unspec[16] = 0; // ifi_family AF_UNSPEC: IFLA_PROTINFO means nothing bridge-specific there
        RtnlEvent.LinkEvent event = assertInstanceOf(RtnlEvent.LinkEvent.class,
                EventSubscription.decode(Fixtures.cursor(unspec)));
        assertNull(event.link().info());
        assertTrue(event.link().get(LinkAttributes.PROTINFO) != null, "another family's IFLA_PROTINFO stays raw");
    }

    @Test
    void malformedCopiesFailOnlyWithParseException() {
        Fixtures.assertMalformedInputOnlyFailsWithParseException(message(), EventSubscription::decode);
    }
}
