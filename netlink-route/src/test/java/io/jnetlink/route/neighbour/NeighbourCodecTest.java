package io.jnetlink.route.neighbour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnetlink.core.MacAddress;
import io.jnetlink.core.message.MessageType;
import io.jnetlink.route.AddressFamily;
import io.jnetlink.route.testing.Fixtures;
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
        Neighbour permanent = decode(NEIGH).filter(n -> "10.1.0.9".equals(n.get(NeighbourAttributes.DST).getHostAddress()))
                .findFirst().orElseThrow();
        assertEquals(AddressFamily.AF_INET, permanent.family());
        assertEquals(NeighbourCodec.NUD_PERMANENT, permanent.state());
        assertEquals(MacAddress.parse("02:00:00:00:00:09"), permanent.get(NeighbourAttributes.LLADDR));
        assertNotNull(permanent.get(NeighbourAttributes.CACHEINFO));

        Neighbour stale = decode(NEIGH).filter(n -> "10.1.0.10".equals(n.get(NeighbourAttributes.DST).getHostAddress())).findFirst().orElseThrow();
        assertEquals(NeighbourCodec.NUD_STALE, stale.state());

        InetAddress v6 = InetAddress.getByName("2001:db8::9");
        Neighbour router = decode(NEIGH).filter(n -> v6.equals(n.get(NeighbourAttributes.DST))).findFirst().orElseThrow();
        assertEquals(AddressFamily.AF_INET6, router.family());
        assertTrue(router.hasFlag(NeighbourCodec.NTF_ROUTER));
        assertEquals(permanent.ifindex(), router.ifindex());
    }

    @Test
    void decodesVxlanAndBridgePortFdbEntries() throws Exception {
        MacAddress zero = MacAddress.parse("00:00:00:00:00:00");
        List<Neighbour> flood = decode(FDB).filter(n -> zero.equals(n.get(NeighbourAttributes.LLADDR))).toList();
        assertEquals(2, flood.size());
        Neighbour plain = flood.stream().filter(n -> n.get(NeighbourAttributes.PORT) == null).findFirst().orElseThrow();
        assertEquals(InetAddress.getByName("192.168.246.195"), plain.get(NeighbourAttributes.DST));
        assertTrue(plain.hasFlag(NeighbourCodec.NTF_SELF));
        assertEquals(NeighbourCodec.NUD_NOARP | NeighbourCodec.NUD_PERMANENT, plain.state());
        Neighbour full = flood.stream().filter(n -> Integer.valueOf(4790).equals(n.get(NeighbourAttributes.PORT))).findFirst().orElseThrow();
        assertEquals(InetAddress.getByName("192.168.246.196"), full.get(NeighbourAttributes.DST));
        assertEquals(43L, full.get(NeighbourAttributes.VNI));
        assertTrue(full.get(NeighbourAttributes.IFINDEX) > 0);

        Neighbour port = decode(FDB).filter(n -> MacAddress.parse("02:00:00:00:00:21").equals(n.get(NeighbourAttributes.LLADDR)))
                .findFirst().orElseThrow();
        assertEquals(AddressFamily.AF_BRIDGE, port.family());
        assertEquals(NeighbourCodec.NUD_NOARP, port.state(), "static");
        assertTrue(port.get(NeighbourAttributes.MASTER) > 0);
        assertTrue(decode(FDB).allMatch(n -> n.family() == AddressFamily.AF_BRIDGE && n.get(NeighbourAttributes.LLADDR).length() == 6));
    }

    @Test
    void aWrittenFdbRequestDecodesToTheSameFields() throws Exception {
        NeighbourRequest request = NeighbourRequest.fdb(5, MacAddress.parse("02:00:00:00:00:31")).withMasterTable().withSelfTable()
                .withDst(InetAddress.getByName("2001:db8::7")).withVlan(100).withPort(4789).withVni(16777215)
                .withViaIfindex(3).withSrcVni(9).withProtocol(4);
        byte[] bytes = Fixtures.written(w -> NeighbourCodec.write(w, MessageType.RTM_NEWNEIGH, 0, request));
        Neighbour n = NeighbourCodec.decode(Fixtures.cursor(bytes));
        assertEquals(new Neighbour(AddressFamily.AF_BRIDGE, 5, NeighbourCodec.NUD_NOARP | NeighbourCodec.NUD_PERMANENT,
                NeighbourCodec.NTF_MASTER | NeighbourCodec.NTF_SELF, 0, NeighbourAttributes.SET.empty()
                .with(NeighbourAttributes.DST, InetAddress.getByName("2001:db8::7"))
                .with(NeighbourAttributes.LLADDR, MacAddress.parse("02:00:00:00:00:31"))
                .with(NeighbourAttributes.VLAN, 100).with(NeighbourAttributes.VNI, 16777215L)
                .with(NeighbourAttributes.SRC_VNI, 9L).with(NeighbourAttributes.PORT, 4789)
                .with(NeighbourAttributes.IFINDEX, 3).with(NeighbourAttributes.PROTOCOL, 4)), n);
        assertEquals(request.values(), n.values(), "every row the request set is read back");
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
