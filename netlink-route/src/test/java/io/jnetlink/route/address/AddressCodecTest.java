package io.jnetlink.route.address;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnetlink.core.message.MessageType;
import io.jnetlink.route.AddressFamily;
import io.jnetlink.route.routing.RouteCodec;
import io.jnetlink.route.testing.Fixtures;
import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Decoding golden {@code RTM_NEWADDR} messages (see the fixture's header for the setup), and round trips. */
class AddressCodecTest {
    private static final List<byte[]> DUMP = Fixtures.messages(AddressCodecTest.class, "addr-dump.hex");

    private static Address find(String local, int prefixLength) throws Exception {
        InetAddress wanted = InetAddress.getByName(local);
        return DUMP.stream().map(m -> AddressCodec.decode(Fixtures.cursor(m)))
                .filter(a -> wanted.equals(a.localAddress()) && a.prefixLength() == prefixLength)
                .findFirst().orElseThrow(() -> new AssertionError(local + " not in the fixture"));
    }

    @Test
    void decodesAPrimaryIpv4AddressWithBroadcastAndLabel() throws Exception {
        Address a = find("10.1.0.1", 24);
        assertEquals(AddressFamily.AF_INET, a.family());
        assertEquals("veth0:a", a.get(AddressAttributes.LABEL));
        assertEquals(InetAddress.getByName("10.1.0.1"), a.get(AddressAttributes.LOCAL));
        assertEquals(InetAddress.getByName("10.1.0.1"), a.get(AddressAttributes.ADDRESS));
        assertEquals(InetAddress.getByName("10.1.0.255"), a.get(AddressAttributes.BROADCAST));
        assertNull(a.peer());
        assertEquals(RouteCodec.RT_SCOPE_UNIVERSE, a.scope());
        assertTrue(a.hasFlag(AddressCodec.IFA_F_PERMANENT));
        assertTrue(!a.hasFlag(AddressCodec.IFA_F_SECONDARY));
        assertEquals(AddressCodec.INFINITY_LIFE_TIME, a.get(AddressAttributes.CACHEINFO).validLifetime());
        assertEquals(AddressCodec.INFINITY_LIFE_TIME, a.get(AddressAttributes.CACHEINFO).preferredLifetime());
        assertTrue(a.get(AddressAttributes.CACHEINFO).updated() >= a.get(AddressAttributes.CACHEINFO).created());
        assertTrue(a.unknown().isEmpty(), a.unknown().toString());
    }

    @Test
    void decodesSecondaryPeerAndLinkScopedAddresses() throws Exception {
        Address secondary = find("10.1.0.2", 24);
        assertTrue(secondary.hasFlag(AddressCodec.IFA_F_SECONDARY));
        assertEquals("veth0", secondary.get(AddressAttributes.LABEL));
        assertEquals(find("10.1.0.1", 24).ifindex(), secondary.ifindex());

        Address peer = find("10.3.0.1", 32);
        assertEquals(InetAddress.getByName("10.3.0.2"), peer.peer());
        assertEquals(InetAddress.getByName("10.3.0.2"), peer.get(AddressAttributes.ADDRESS));

        assertEquals(RouteCodec.RT_SCOPE_LINK, find("10.4.0.1", 32).scope());
    }

    @Test
    void decodesIpv6AddressesWithFlagsAndFiniteLifetimes() throws Exception {
        Address nodad = find("2001:db8::1", 64);
        assertEquals(AddressFamily.AF_INET6, nodad.family());
        assertNull(nodad.get(AddressAttributes.LOCAL), "IPv6 without a peer sends only IFA_ADDRESS");
        assertTrue(nodad.hasFlag(AddressCodec.IFA_F_NODAD));
        assertTrue(nodad.hasFlag(AddressCodec.IFA_F_PERMANENT));

        Address finite = find("2001:db8:1::1", 64);
        assertTrue(!finite.hasFlag(AddressCodec.IFA_F_PERMANENT));
        assertTrue(finite.get(AddressAttributes.CACHEINFO).validLifetime() <= 3600 && finite.get(AddressAttributes.CACHEINFO).validLifetime() > 3000);
        assertTrue(finite.get(AddressAttributes.CACHEINFO).preferredLifetime() <= 1800 && finite.get(AddressAttributes.CACHEINFO).preferredLifetime() > 1200);
    }

    @Test
    void aWrittenRequestDecodesToTheSameFields() throws Exception {
        int flags = AddressCodec.IFA_F_NODAD | AddressCodec.IFA_F_NOPREFIXROUTE; // above 8 bits: IFA_FLAGS
        AddressRequest request = AddressRequest.of(7, InetAddress.getByName("192.0.2.1"), 24)
                .withPeer(InetAddress.getByName("192.0.2.2")).withBroadcast(InetAddress.getByName("192.0.2.255"))
                .withLabel("eth0:x").withScope(RouteCodec.RT_SCOPE_LINK).withFlags(flags)
                .withLifetimes(600, 300).withRoutePriority(42).withProtocol(3);
        byte[] bytes = Fixtures.written(w -> AddressCodec.write(w, MessageType.RTM_NEWADDR, 0, request));
        Address a = AddressCodec.decode(Fixtures.cursor(bytes));
        assertEquals(7, a.ifindex());
        assertEquals(24, a.prefixLength());
        assertEquals(flags, a.flags());
        assertEquals(RouteCodec.RT_SCOPE_LINK, a.scope());
        assertEquals(InetAddress.getByName("192.0.2.1"), a.get(AddressAttributes.LOCAL));
        assertEquals(InetAddress.getByName("192.0.2.2"), a.peer());
        assertEquals(InetAddress.getByName("192.0.2.255"), a.get(AddressAttributes.BROADCAST));
        assertEquals("eth0:x", a.get(AddressAttributes.LABEL));
        assertEquals(new Address.CacheInfo(300, 600, 0, 0), a.get(AddressAttributes.CACHEINFO));
        assertEquals(42L, a.get(AddressAttributes.RT_PRIORITY));
        assertEquals(0, a.headerFlags(), "flags beyond 8 bits travel in IFA_FLAGS alone, as ip sends them");
        assertEquals(3, a.get(AddressAttributes.PROTO));
        assertTrue(a.unknown().isEmpty());
    }

    @Test
    void malformedMessagesFailOnlyWithParseExceptions() {
        for (byte[] message : DUMP) {
            Fixtures.assertMalformedInputOnlyFailsWithParseException(message, AddressCodec::decode);
        }
    }
}
