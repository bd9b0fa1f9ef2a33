package io.jnetlink.route.neighbour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jnetlink.core.MacAddress;
import io.jnetlink.core.message.MessageType;
import io.jnetlink.route.AddressFamily;
import io.jnetlink.route.testing.Fixtures;
import io.jnetlink.route.testing.KernelHeaders;
import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The table against the kernel's header; requests built row by row, checked, and made back from records. */
class NeighbourRequestTest {
    private static final MacAddress MAC = MacAddress.parse("02:00:00:00:00:31");

    @Test
    void everyNdaAttributeOfTheHeaderIsARowWithItsNumber() {
        assertEquals(List.of(), KernelHeaders.assertRowsMatch(NeighbourAttributes.SET, "neighbour.h", "NDA_UNSPEC"));
    }

    @Test
    void namedMethodsAndWithSetTheSameRows() {
        NeighbourRequest named = NeighbourRequest.fdb(5, MAC).withVlan(10).withVni(42).withPort(4790).withViaIfindex(3)
                .withSrcVni(7).withProtocol(4);
        NeighbourRequest rows = NeighbourRequest.fdb(5, MAC).with(NeighbourAttributes.VLAN, 10)
                .with(NeighbourAttributes.VNI, 42L).with(NeighbourAttributes.PORT, 4790)
                .with(NeighbourAttributes.IFINDEX, 3).with(NeighbourAttributes.SRC_VNI, 7L)
                .with(NeighbourAttributes.PROTOCOL, 4);
        assertEquals(named.values(), rows.values());
    }

    @Test
    void keysStayAndFdbRowsStayOnFdbEntries() throws Exception {
        NeighbourRequest ip = NeighbourRequest.of(3, InetAddress.getByName("10.0.0.1"));
        NeighbourRequest fdb = NeighbourRequest.fdb(3, MAC);
        assertThrows(IllegalArgumentException.class, () -> ip.with(NeighbourAttributes.DST, InetAddress.getByName("10.0.0.2")));
        assertThrows(IllegalArgumentException.class, () -> fdb.with(NeighbourAttributes.LLADDR, MAC));
        for (var row : List.of(NeighbourAttributes.VLAN, NeighbourAttributes.PORT, NeighbourAttributes.IFINDEX)) {
            assertThrows(IllegalArgumentException.class, () -> ip.with(row, 1));
        }
        assertThrows(IllegalArgumentException.class, () -> ip.with(NeighbourAttributes.VNI, 1L));
        assertThrows(IllegalArgumentException.class, () -> ip.withSelfTable());
        assertThrows(IllegalArgumentException.class, () -> fdb.with(NeighbourAttributes.NH_ID, -1L));
        assertThrows(IllegalArgumentException.class, () -> fdb.with(NeighbourAttributes.PROTOCOL, 256));
        assertThrows(IllegalArgumentException.class, () -> fdb.with(NeighbourAttributes.MASTER, 2));
        assertThrows(IllegalArgumentException.class, () -> fdb.with(NeighbourAttributes.PROBES, 2L));
        assertEquals(7, fdb.with(NeighbourAttributes.NDM_STATE_MASK, 7).get(NeighbourAttributes.NDM_STATE_MASK),
                "a command of bulk deletion is writable");
    }

    @Test
    void fromMakesTheRequestThatWritesTheListedEntryBack() throws Exception {
        NeighbourRequest original = NeighbourRequest.fdb(5, MAC).withMasterTable().withStaticState()
                .withDst(InetAddress.getByName("192.0.2.9")).withVni(42).withPort(4790).withViaIfindex(3);
        Neighbour decoded = NeighbourCodec.decode(Fixtures.cursor(bytes(original)));
        NeighbourRequest again = NeighbourRequest.from(decoded);
        assertEquals(original.values(), again.values());
        assertEquals(original.state(), again.state());
        assertEquals(original.flags(), again.flags());
        assertEquals(List.of(bytes(original).length), List.of(bytes(again).length));

        NeighbourRequest neigh = NeighbourRequest.of(3, InetAddress.getByName("2001:db8::5")).withLladdr(MAC)
                .withFlags(NeighbourCodec.NTF_ROUTER).withState(NeighbourCodec.NUD_STALE).withProtocol(4);
        NeighbourRequest back = NeighbourRequest.from(NeighbourCodec.decode(Fixtures.cursor(bytes(neigh))));
        assertEquals(neigh.values(), back.values());
        assertEquals(AddressFamily.AF_INET6, back.family());
        assertEquals(NeighbourCodec.NTF_ROUTER, back.flags());
    }

    private static byte[] bytes(NeighbourRequest request) {
        return Fixtures.written(w -> NeighbourCodec.write(w, MessageType.RTM_NEWNEIGH, 0, request));
    }

    @Test
    void filtersCheckTheirCriteria() {
        Neighbour vlan5 = NeighbourCodec.decode(Fixtures.cursor(bytes(NeighbourRequest.fdb(5, MAC).withMasterTable()
                .withStaticState().withVlan(5))));
        assertEquals(true, FdbFilter.all().withVlan(5).withIfindex(5).withStates(NeighbourCodec.NUD_NOARP).test(vlan5));
        assertEquals(false, FdbFilter.all().withVlan(6).test(vlan5));
        assertEquals(false, FdbFilter.all().withIfindex(4).test(vlan5));
        assertEquals(false, FdbFilter.all().withStates(NeighbourCodec.NUD_PERMANENT).test(vlan5));
        assertThrows(IllegalArgumentException.class, () -> FdbFilter.all().withVlan(4095));
        assertThrows(IllegalArgumentException.class, () -> FdbFilter.all().withMasterIfindex(-1));
        assertThrows(IllegalArgumentException.class, () -> NeighbourFilter.all().withIfindex(-1));
        assertEquals(true, FdbFilter.all().selectsAll());
        assertEquals(false, FdbFilter.all().withStates(NeighbourCodec.NUD_REACHABLE).selectsAll());
    }
}
