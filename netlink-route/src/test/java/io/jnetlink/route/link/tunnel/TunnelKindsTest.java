package io.jnetlink.route.link.tunnel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnetlink.core.message.MessageCursor;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.route.link.Link;
import io.jnetlink.route.link.LinkData;
import io.jnetlink.route.link.LinkKinds;
import io.jnetlink.route.link.LinkRequest;
import io.jnetlink.route.testing.KernelHeaders;
import io.netty.buffer.ByteBuf;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The tunnel kinds this kernel cannot create: their tables against the uapi headers, and their
 * records through the bytes of a create request and back (the way such kinds are checked on the
 * decoding side), with the bytes of one request spelled out.
 */
class TunnelKindsTest {
    private static Link roundTrip(LinkData data) {
        try (MessageWriter w = new MessageWriter()) {
            LinkRequest.of("tn0").withData(data).writeAdd(w);
            ByteBuf bytes = w.finish();
            MessageCursor cursor = new MessageCursor().wrap(bytes, 0, bytes.writerIndex());
            assertTrue(cursor.next());
            return Link.decode(cursor);
        }
    }

    private static void assertRoundTrip(LinkData data) {
        Link link = roundTrip(data);
        assertEquals(data.kind(), link.kind());
        assertEquals(data, link.info().data());
    }

    @Test
    void tablesMatchTheHeaders() {
        assertEquals(List.of(), KernelHeaders.assertRowsMatch(GeneveAttributes.SET, "if_link.h", "IFLA_GENEVE_UNSPEC"));
        assertEquals(List.of(), KernelHeaders.assertRowsMatch(GreAttributes.SET, "if_tunnel.h", "IFLA_GRE_UNSPEC"));
        assertEquals(List.of(), KernelHeaders.assertRowsMatch(VtiAttributes.SET, "if_tunnel.h", "IFLA_VTI_UNSPEC"));
        // ipip/sit and ip6tnl read IFLA_IPTUN_* each in part: only ip6tnl has the encapsulation limit and
        // flow information, only the IPv4 kinds the TOS, path MTU discovery and 6rd prefixes.
        assertEquals(List.of("IFLA_IPTUN_ENCAP_LIMIT", "IFLA_IPTUN_FLOWINFO"),
                KernelHeaders.assertRowsMatch(IpTunnelAttributes.SET, "if_tunnel.h", "IFLA_IPTUN_UNSPEC"));
        assertEquals(List.of("IFLA_IPTUN_TOS", "IFLA_IPTUN_PMTUDISC", "IFLA_IPTUN_6RD_PREFIX",
                "IFLA_IPTUN_6RD_RELAY_PREFIX", "IFLA_IPTUN_6RD_PREFIXLEN", "IFLA_IPTUN_6RD_RELAY_PREFIXLEN"),
                KernelHeaders.assertRowsMatch(Ip6TunnelAttributes.SET, "if_tunnel.h", "IFLA_IPTUN_UNSPEC"));
    }

    @Test
    void everyKindHasItsCodec() {
        List<String> kinds = new ArrayList<>(GreData.KINDS);
        kinds.addAll(List.of("geneve", "ipip", "sit", "ip6tnl", "vti", "vti6"));
        for (String kind : kinds) {
            assertEquals(kind, LinkKinds.codec(kind).kind(), kind);
        }
    }

    @Test
    void geneveRoundTripsAndEncodesInTheOrderSet() throws Exception {
        GeneveData geneve = GeneveData.of(42).with(GeneveAttributes.REMOTE, InetAddress.getByName("10.0.0.2"))
                .with(GeneveAttributes.LABEL, 0x12345L).with(GeneveAttributes.TTL, 64).with(GeneveAttributes.TOS, 1)
                .with(GeneveAttributes.PORT, 6081).with(GeneveAttributes.COLLECT_METADATA, true)
                .with(GeneveAttributes.INNER_PROTO_INHERIT, true).with(GeneveAttributes.UDP_CSUM, false)
                .with(GeneveAttributes.UDP_ZERO_CSUM6_TX, true).with(GeneveAttributes.UDP_ZERO_CSUM6_RX, true)
                .with(GeneveAttributes.TTL_INHERIT, true).with(GeneveAttributes.DF, GeneveData.GENEVE_DF_INHERIT);
        assertRoundTrip(geneve);
        assertRoundTrip(GeneveData.of(1).with(GeneveAttributes.REMOTE6, InetAddress.getByName("fd00::1")));
        try (MessageWriter w = new MessageWriter()) {
            new GeneveCodec().encode(GeneveData.of(0x10203).with(GeneveAttributes.PORT, 0x1234)
                    .with(GeneveAttributes.LABEL, 0x56789L), w);
            ByteBuf bytes = w.finish();
            byte[] written = new byte[bytes.readableBytes()];
            bytes.getBytes(bytes.readerIndex(), written);
            // ID in host order, PORT and LABEL in network order, each as set (finish() puts a message
            // length over the first attribute's header).
            assertEquals("03020100" + "0600050012340000" + "08000b0000056789",
                    HexFormat.of().formatHex(written).substring(8));
        }
    }

    @Test
    void greFamilyRoundTrips() throws Exception {
        for (String kind : GreData.KINDS) {
            boolean v6 = kind.startsWith("ip6");
            InetAddress local = InetAddress.getByName(v6 ? "fd00::1" : "10.0.0.1");
            InetAddress remote = InetAddress.getByName(v6 ? "fd00::2" : "10.0.0.2");
            GreData gre = GreData.of(kind).with(GreAttributes.IKEY, 0xdeadbeefL).with(GreAttributes.OKEY, 7L)
                    .with(GreAttributes.IFLAGS, GreData.GRE_KEY | GreData.GRE_CSUM)
                    .with(GreAttributes.OFLAGS, GreData.GRE_KEY | GreData.GRE_SEQ).with(GreAttributes.LOCAL, local)
                    .with(GreAttributes.REMOTE, remote).with(GreAttributes.PMTUDISC, true)
                    .with(GreAttributes.IGNORE_DF, false).with(GreAttributes.TOS, 0x10).with(GreAttributes.LINK, 3)
                    .with(GreAttributes.TTL, 64).with(GreAttributes.ENCAP_LIMIT, 4)
                    .with(GreAttributes.FLOWINFO, 0x0ab12345L)
                    .with(GreAttributes.FLAGS, Ip6TunnelData.IP6_TNL_F_USE_ORIG_TCLASS).with(GreAttributes.FWMARK, 9)
                    .with(GreAttributes.ERSPAN_VER, 2).with(GreAttributes.ERSPAN_INDEX, 5)
                    .with(GreAttributes.ERSPAN_DIR, GreData.ERSPAN_DIR_EGRESS).with(GreAttributes.ERSPAN_HWID, 0x3f)
                    .with(GreAttributes.ENCAP_TYPE, TunnelEncap.TUNNEL_ENCAP_FOU)
                    .with(GreAttributes.ENCAP_FLAGS, TunnelEncap.TUNNEL_ENCAP_FLAG_CSUM)
                    .with(GreAttributes.ENCAP_SPORT, 5555).with(GreAttributes.ENCAP_DPORT, 6666);
            assertRoundTrip(gre);
            assertEquals(kind, assertInstanceOf(GreData.class, roundTrip(gre).info().data()).kind());
        }
        assertRoundTrip(GreData.of("gretap").with(GreAttributes.COLLECT_METADATA, true));
    }

    @Test
    void ipTunnelsAndVtisRoundTrip() throws Exception {
        assertRoundTrip(IpTunnelData.of("ipip").with(IpTunnelAttributes.PROTO, IpTunnelData.IPPROTO_IPIP)
                .with(IpTunnelAttributes.LOCAL, InetAddress.getByName("10.0.0.1"))
                .with(IpTunnelAttributes.REMOTE, InetAddress.getByName("10.0.0.2"))
                .with(IpTunnelAttributes.PMTUDISC, true).with(IpTunnelAttributes.TOS, 1)
                .with(IpTunnelAttributes.TTL, 0).with(IpTunnelAttributes.LINK, 0).with(IpTunnelAttributes.FWMARK, 0)
                .with(IpTunnelAttributes.ENCAP_TYPE, TunnelEncap.TUNNEL_ENCAP_GUE)
                .with(IpTunnelAttributes.ENCAP_FLAGS, TunnelEncap.TUNNEL_ENCAP_FLAG_REMCSUM)
                .with(IpTunnelAttributes.ENCAP_SPORT, 0).with(IpTunnelAttributes.ENCAP_DPORT, 5000));
        assertRoundTrip(IpTunnelData.of("sit").with(IpTunnelAttributes.PROTO, IpTunnelData.IPPROTO_IPV6)
                .with(IpTunnelAttributes.FLAGS, IpTunnelData.SIT_ISATAP)
                .with(IpTunnelAttributes.IP6RD_PREFIX, InetAddress.getByName("2001:db8::"))
                .with(IpTunnelAttributes.IP6RD_PREFIXLEN, 32)
                .with(IpTunnelAttributes.IP6RD_RELAY_PREFIX, InetAddress.getByName("10.0.0.0"))
                .with(IpTunnelAttributes.IP6RD_RELAY_PREFIXLEN, 8).with(IpTunnelAttributes.COLLECT_METADATA, true));
        assertRoundTrip(Ip6TunnelData.of().with(Ip6TunnelAttributes.PROTO, IpTunnelData.IPPROTO_IPV6)
                .with(Ip6TunnelAttributes.LOCAL, InetAddress.getByName("fd00::1"))
                .with(Ip6TunnelAttributes.REMOTE, InetAddress.getByName("fd00::2"))
                .with(Ip6TunnelAttributes.TTL, 64).with(Ip6TunnelAttributes.ENCAP_LIMIT, 4)
                .with(Ip6TunnelAttributes.FLOWINFO, 0x00012345L)
                .with(Ip6TunnelAttributes.FLAGS, Ip6TunnelData.IP6_TNL_F_IGN_ENCAP_LIMIT
                        | Ip6TunnelData.IP6_TNL_F_ALLOW_LOCAL_REMOTE)
                .with(Ip6TunnelAttributes.LINK, 2).with(Ip6TunnelAttributes.FWMARK, 3)
                .with(Ip6TunnelAttributes.ENCAP_TYPE, TunnelEncap.TUNNEL_ENCAP_NONE)
                .with(Ip6TunnelAttributes.ENCAP_FLAGS, TunnelEncap.TUNNEL_ENCAP_FLAG_CSUM6)
                .with(Ip6TunnelAttributes.ENCAP_SPORT, 0).with(Ip6TunnelAttributes.ENCAP_DPORT, 0));
        for (String kind : List.of("vti", "vti6")) {
            InetAddress remote = InetAddress.getByName(kind.equals("vti") ? "10.0.0.2" : "fd00::2");
            assertRoundTrip(VtiData.of(kind).with(VtiAttributes.IKEY, 1L).with(VtiAttributes.OKEY, 0xffffffffL)
                    .with(VtiAttributes.REMOTE, remote).with(VtiAttributes.FWMARK, 5).with(VtiAttributes.LINK, 1));
        }
    }

    @Test
    void badValuesAndKindsAreRefusedBeforeAnythingIsSent() {
        assertThrows(IllegalArgumentException.class, () -> GeneveData.of(GeneveData.MAX_VNI + 1));
        assertThrows(IllegalArgumentException.class, () -> GeneveData.of().with(GeneveAttributes.DF, 3));
        assertThrows(IllegalArgumentException.class, () -> GeneveData.of().with(GeneveAttributes.LABEL, 0x100000L));
        assertThrows(IllegalArgumentException.class, () -> GeneveData.of().with(GeneveAttributes.TTL, 256));
        assertThrows(IllegalArgumentException.class, () -> GreData.of("vxlan"));
        assertThrows(IllegalArgumentException.class, () -> GreData.of("gre").with(GreAttributes.ERSPAN_VER, 3));
        assertThrows(IllegalArgumentException.class,
                () -> GreData.of("erspan").with(GreAttributes.ERSPAN_INDEX, GreData.MAX_ERSPAN_INDEX + 1));
        assertThrows(IllegalArgumentException.class, () -> GreData.of("gre").with(GreAttributes.IKEY, 1L << 32));
        assertThrows(IllegalArgumentException.class, () -> IpTunnelData.of("ip6tnl"));
        assertThrows(IllegalArgumentException.class, () -> VtiData.of("gre"));
        assertThrows(IllegalArgumentException.class, () -> new GreData("gre", VtiAttributes.SET.empty()));
        assertThrows(IllegalArgumentException.class, () -> new Ip6TunnelData(IpTunnelAttributes.SET.empty()));
    }
}
