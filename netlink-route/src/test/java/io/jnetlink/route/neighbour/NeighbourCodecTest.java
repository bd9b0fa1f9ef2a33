package io.jnetlink.route.neighbour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnetlink.core.MacAddress;
import io.jnetlink.core.message.MessageType;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.route.AddressFamily;
import io.jnetlink.route.testing.Fixtures;
import io.netty.buffer.ByteBuf;
import java.net.InetAddress;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Decoding golden {@code RTM_NEWNEIGH} messages (see the fixtures' headers for the setup), and round trips. */
class NeighbourCodecTest {
    private static final List<byte[]> NEIGH = Fixtures.messages(NeighbourCodecTest.class, "neigh-dump.hex");
    private static final List<byte[]> FDB = Fixtures.messages(NeighbourCodecTest.class, "fdb-dump.hex");

    private static Stream<Neighbour> decode(List<byte[]> messages) {
        return messages.stream().map(m -> NeighbourCodec.decode(Fixtures.cursor(m)));
    }

    @Test
    void decodesArpAndNdpEntries() throws Exception {
        Neighbour permanent = decode(NEIGH).filter(n -> "10.1.0.9".equals(n.dst().getHostAddress()))
                .findFirst().orElseThrow();
        assertEquals(AddressFamily.AF_INET, permanent.family());
        assertEquals(NeighbourCodec.NUD_PERMANENT, permanent.state());
        assertEquals(MacAddress.parse("02:00:00:00:00:09"), permanent.lladdr());
        assertNotNull(permanent.cacheInfo());

        Neighbour stale = decode(NEIGH).filter(n -> "10.1.0.10".equals(n.dst().getHostAddress())).findFirst().orElseThrow();
        assertEquals(NeighbourCodec.NUD_STALE, stale.state());

        InetAddress v6 = InetAddress.getByName("2001:db8::9");
        Neighbour router = decode(NEIGH).filter(n -> v6.equals(n.dst())).findFirst().orElseThrow();
        assertEquals(AddressFamily.AF_INET6, router.family());
        assertTrue(router.hasFlag(NeighbourCodec.NTF_ROUTER));
        assertEquals(permanent.ifindex(), router.ifindex());
    }

    @Test
    void decodesVxlanAndBridgePortFdbEntries() throws Exception {
        MacAddress zero = MacAddress.parse("00:00:00:00:00:00");
        List<Neighbour> flood = decode(FDB).filter(n -> zero.equals(n.lladdr())).toList();
        assertEquals(2, flood.size());
        Neighbour plain = flood.stream().filter(n -> n.port() < 0).findFirst().orElseThrow();
        assertEquals(InetAddress.getByName("192.168.246.195"), plain.dst());
        assertTrue(plain.hasFlag(NeighbourCodec.NTF_SELF));
        assertEquals(NeighbourCodec.NUD_NOARP | NeighbourCodec.NUD_PERMANENT, plain.state());
        Neighbour full = flood.stream().filter(n -> n.port() == 4790).findFirst().orElseThrow();
        assertEquals(InetAddress.getByName("192.168.246.196"), full.dst());
        assertEquals(43, full.vni());
        assertTrue(full.viaIfindex() > 0);

        Neighbour port = decode(FDB).filter(n -> MacAddress.parse("02:00:00:00:00:21").equals(n.lladdr()))
                .findFirst().orElseThrow();
        assertEquals(AddressFamily.AF_BRIDGE, port.family());
        assertEquals(NeighbourCodec.NUD_NOARP, port.state(), "static");
        assertTrue(port.master() > 0);
        assertTrue(decode(FDB).allMatch(n -> n.family() == AddressFamily.AF_BRIDGE && n.lladdr().length() == 6));
    }

    @Test
    void aWrittenFdbRequestDecodesToTheSameFields() throws Exception {
        NeighbourRequest request = NeighbourRequest.fdb(5, MacAddress.parse("02:00:00:00:00:31")).withMasterTable().withSelfTable()
                .withDst(InetAddress.getByName("2001:db8::7")).withVlan(100).withPort(4789).withVni(16777215)
                .withViaIfindex(3).withSrcVni(9).withProtocol(4);
        try (MessageWriter w = new MessageWriter()) {
            NeighbourCodec.write(w, MessageType.RTM_NEWNEIGH, 0, request);
            ByteBuf buf = w.finish();
            byte[] bytes = new byte[buf.readableBytes()];
            buf.getBytes(0, bytes);
            Neighbour n = NeighbourCodec.decode(Fixtures.cursor(bytes));
            assertEquals(new Neighbour(AddressFamily.AF_BRIDGE, 5, NeighbourCodec.NUD_NOARP | NeighbourCodec.NUD_PERMANENT,
                    NeighbourCodec.NTF_MASTER | NeighbourCodec.NTF_SELF, 0, 0, InetAddress.getByName("2001:db8::7"),
                    MacAddress.parse("02:00:00:00:00:31"), 100, 16777215, 9, 4789, 0, 3, -1, -1, 4, null, List.of()), n);
        }
    }

    @Test
    void malformedMessagesFailOnlyWithParseExceptions() {
        for (byte[] message : NEIGH) {
            Fixtures.assertMalformedInputOnlyFailsWithParseException(message, NeighbourCodec::decode);
        }
        for (byte[] message : FDB) {
            Fixtures.assertMalformedInputOnlyFailsWithParseException(message, NeighbourCodec::decode);
        }
    }
}
