package io.jnetlink.route.address;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jnetlink.core.attr.Attribute;
import io.jnetlink.route.AddressFamily;
import io.jnetlink.route.testing.KernelHeaders;
import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The table against the kernel's header, and requests built row by row with the checks of the named methods. */
class AddressRequestTest {
    private static final InetAddress V4 = ip("10.1.0.1");
    private static final InetAddress V6 = ip("2001:db8::1");

    private static InetAddress ip(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (java.net.UnknownHostException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void everyIfaAttributeOfTheHeaderIsARowWithItsNumber() {
        assertEquals(List.of(), KernelHeaders.assertRowsMatch(AddressAttributes.SET, "if_addr.h", "IFA_UNSPEC"));
    }

    @Test
    void namedMethodsAndWithSetTheSameRows() {
        AddressRequest named = AddressRequest.of(3, V4, 24).withLabel("eth0:1").withRoutePriority(50).withProtocol(2)
                .withFlags(AddressCodec.IFA_F_NOPREFIXROUTE).withLifetimes(600, 300).withBroadcast(ip("10.1.0.255"));
        AddressRequest rows = AddressRequest.of(3, V4, 24).with(AddressAttributes.LABEL, "eth0:1")
                .with(AddressAttributes.RT_PRIORITY, 50L).with(AddressAttributes.PROTO, 2)
                .with(AddressAttributes.FLAGS, AddressCodec.IFA_F_NOPREFIXROUTE)
                .with(AddressAttributes.CACHEINFO, Address.CacheInfo.lifetimes(600, 300))
                .with(AddressAttributes.BROADCAST, ip("10.1.0.255"));
        assertEquals(named.values(), rows.values());
        assertEquals(AddressCodec.IFA_F_NOPREFIXROUTE, named.flags());
        assertEquals(AddressFamily.AF_INET, named.family());
    }

    @Test
    void theLocalAddressIsAlsoTheAddressUntilAPeerIsSet() {
        AddressRequest r = AddressRequest.of(3, V4, 24);
        assertEquals(V4, r.get(AddressAttributes.ADDRESS));
        assertNull(r.peer());
        AddressRequest moved = r.with(AddressAttributes.LOCAL, ip("10.1.0.2"));
        assertEquals(ip("10.1.0.2"), moved.get(AddressAttributes.ADDRESS), "IFA_ADDRESS follows the local address");
        AddressRequest p2p = r.withPeer(ip("10.1.0.9"));
        assertEquals(ip("10.1.0.9"), p2p.peer());
        assertEquals(ip("10.1.0.9"), p2p.with(AddressAttributes.LOCAL, ip("10.1.0.2")).peer(), "a peer stays");
    }

    @Test
    void badValuesFailAsTheNamedMethodsFail() {
        AddressRequest v4 = AddressRequest.of(3, V4, 24);
        AddressRequest v6 = AddressRequest.of(3, V6, 64);
        assertThrows(IllegalArgumentException.class, () -> v6.with(AddressAttributes.LABEL, "eth0:1"));
        assertThrows(IllegalArgumentException.class, () -> v6.with(AddressAttributes.BROADCAST, V6));
        assertThrows(IllegalArgumentException.class, () -> v4.with(AddressAttributes.LABEL, "sixteen-bytes-xx"));
        assertThrows(IllegalArgumentException.class, () -> v4.with(AddressAttributes.ADDRESS, V6));
        assertThrows(IllegalArgumentException.class, () -> v4.with(AddressAttributes.ANYCAST, V6));
        assertThrows(IllegalArgumentException.class, () -> v4.with(AddressAttributes.RT_PRIORITY, -1L));
        assertThrows(IllegalArgumentException.class, () -> v4.with(AddressAttributes.PROTO, 256));
        assertThrows(IllegalArgumentException.class, () -> v4.with(AddressAttributes.CACHEINFO,
                Address.CacheInfo.lifetimes(10, 20)));
        assertThrows(NullPointerException.class, () -> v4.with(AddressAttributes.LOCAL, null));
        assertThrows(IllegalArgumentException.class, () -> v4.with(AddressAttributes.LOCAL, V6));
        for (Attribute<?> readOnly : List.of(AddressAttributes.MULTICAST, AddressAttributes.TARGET_NETNSID)) {
            assertThrows(IllegalArgumentException.class, () -> with(v4, readOnly));
        }
        assertNull(v4.withLabel("eth0:1").with(AddressAttributes.LABEL, null).get(AddressAttributes.LABEL));
    }

    private static <T> AddressRequest with(AddressRequest r, Attribute<T> row) {
        return r.with(row, null);
    }

    @Test
    void filtersCheckTheirCriteria() {
        assertThrows(IllegalArgumentException.class, () -> AddressFilter.all().withFamily(AddressFamily.AF_BRIDGE));
        assertThrows(IllegalArgumentException.class, () -> AddressFilter.all().withIfindex(-1));
        assertThrows(IllegalArgumentException.class, () -> AddressFilter.all().withScope(256));
        AddressFilter f = AddressFilter.all().withFamily(AddressFamily.AF_INET).withIfindex(3).withScope(253);
        assertEquals(true, f.test(AddressFamily.AF_INET, 3, 253));
        assertEquals(false, f.test(AddressFamily.AF_INET6, 3, 253));
        assertEquals(false, f.test(AddressFamily.AF_INET, 4, 253));
        assertEquals(false, f.test(AddressFamily.AF_INET, 3, 0));
        assertEquals(true, AddressFilter.all().selectsAll());
        assertEquals(false, f.selectsAll());
    }
}
