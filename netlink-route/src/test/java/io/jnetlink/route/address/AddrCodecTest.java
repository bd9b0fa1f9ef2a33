package io.jnetlink.route.address;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnetlink.core.message.MessageType;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.route.AddressFamily;
import io.jnetlink.route.routing.RouteCodec;
import io.jnetlink.route.testing.Fixtures;
import io.netty.buffer.ByteBuf;
import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Decoding golden {@code RTM_NEWADDR} messages (see the fixture's header for the setup), and round trips. */
class AddrCodecTest {
    private static final List<byte[]> DUMP = Fixtures.messages(AddrCodecTest.class, "addr-dump.hex");

    private static Addr find(String local, int prefixLength) throws Exception {
        InetAddress wanted = InetAddress.getByName(local);
        return DUMP.stream().map(m -> AddrCodec.decode(Fixtures.cursor(m)))
                .filter(a -> wanted.equals(a.localAddress()) && a.prefixLength() == prefixLength)
                .findFirst().orElseThrow(() -> new AssertionError(local + " not in the fixture"));
    }

    @Test
    void decodesAPrimaryIpv4AddressWithBroadcastAndLabel() throws Exception {
        Addr a = find("10.1.0.1", 24);
        assertEquals(AddressFamily.AF_INET, a.family());
        assertEquals("veth0:a", a.label());
        assertEquals(InetAddress.getByName("10.1.0.1"), a.local());
        assertEquals(InetAddress.getByName("10.1.0.1"), a.address());
        assertEquals(InetAddress.getByName("10.1.0.255"), a.broadcast());
        assertNull(a.peer());
        assertEquals(RouteCodec.RT_SCOPE_UNIVERSE, a.scope());
        assertTrue(a.hasFlag(AddrCodec.IFA_F_PERMANENT));
        assertTrue(!a.hasFlag(AddrCodec.IFA_F_SECONDARY));
        assertEquals(AddrCodec.INFINITY_LIFE_TIME, a.cacheInfo().validLifetime());
        assertEquals(AddrCodec.INFINITY_LIFE_TIME, a.cacheInfo().preferredLifetime());
        assertTrue(a.cacheInfo().updated() >= a.cacheInfo().created());
        assertTrue(a.unknown().isEmpty(), a.unknown().toString());
    }

    @Test
    void decodesSecondaryPeerAndLinkScopedAddresses() throws Exception {
        Addr secondary = find("10.1.0.2", 24);
        assertTrue(secondary.hasFlag(AddrCodec.IFA_F_SECONDARY));
        assertEquals("veth0", secondary.label());
        assertEquals(find("10.1.0.1", 24).index(), secondary.index());

        Addr peer = find("10.3.0.1", 32);
        assertEquals(InetAddress.getByName("10.3.0.2"), peer.peer());
        assertEquals(InetAddress.getByName("10.3.0.2"), peer.address());

        assertEquals(RouteCodec.RT_SCOPE_LINK, find("10.4.0.1", 32).scope());
    }

    @Test
    void decodesIpv6AddressesWithFlagsAndFiniteLifetimes() throws Exception {
        Addr nodad = find("2001:db8::1", 64);
        assertEquals(AddressFamily.AF_INET6, nodad.family());
        assertNull(nodad.local(), "IPv6 without a peer sends only IFA_ADDRESS");
        assertTrue(nodad.hasFlag(AddrCodec.IFA_F_NODAD));
        assertTrue(nodad.hasFlag(AddrCodec.IFA_F_PERMANENT));

        Addr finite = find("2001:db8:1::1", 64);
        assertTrue(!finite.hasFlag(AddrCodec.IFA_F_PERMANENT));
        assertTrue(finite.cacheInfo().validLifetime() <= 3600 && finite.cacheInfo().validLifetime() > 3000);
        assertTrue(finite.cacheInfo().preferredLifetime() <= 1800 && finite.cacheInfo().preferredLifetime() > 1200);
    }

    @Test
    void aWrittenRequestDecodesToTheSameFields() throws Exception {
        int flags = AddrCodec.IFA_F_NODAD | AddrCodec.IFA_F_NOPREFIXROUTE; // above 8 bits: IFA_FLAGS
        AddressRequest request = AddressRequest.of(7, InetAddress.getByName("192.0.2.1"), 24)
                .withPeer(InetAddress.getByName("192.0.2.2")).withBroadcast(InetAddress.getByName("192.0.2.255"))
                .withLabel("eth0:x").withScope(RouteCodec.RT_SCOPE_LINK).withFlags(flags)
                .withLifetimes(600, 300).withRoutePriority(42).withProtocol(3);
        try (MessageWriter w = new MessageWriter()) {
            AddrCodec.write(w, MessageType.RTM_NEWADDR, 0, request);
            ByteBuf buf = w.finish();
            byte[] bytes = new byte[buf.readableBytes()];
            buf.getBytes(0, bytes);
            Addr a = AddrCodec.decode(Fixtures.cursor(bytes));
            assertEquals(7, a.index());
            assertEquals(24, a.prefixLength());
            assertEquals(flags, a.flags());
            assertEquals(RouteCodec.RT_SCOPE_LINK, a.scope());
            assertEquals(InetAddress.getByName("192.0.2.1"), a.local());
            assertEquals(InetAddress.getByName("192.0.2.2"), a.peer());
            assertEquals(InetAddress.getByName("192.0.2.255"), a.broadcast());
            assertEquals("eth0:x", a.label());
            assertEquals(new Addr.CacheInfo(300, 600, 0, 0), a.cacheInfo());
            assertEquals(42, a.routePriority());
            assertEquals(3, a.protocol());
            assertTrue(a.unknown().isEmpty());
        }
    }

    @Test
    void malformedMessagesFailOnlyWithParseExceptions() {
        for (byte[] message : DUMP) {
            Fixtures.assertMalformedInputOnlyFailsWithParseException(message, AddrCodec::decode);
        }
    }
}
