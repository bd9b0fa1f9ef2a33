package io.jnetlink.vxlan;

import io.jnetlink.core.NetlinkParseException;
import io.jnetlink.core.message.AttributeCursor;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.route.link.LinkKindCodec;
import io.jnetlink.core.attr.RawAttributesBuilder;
import java.net.InetAddress;
import java.nio.ByteBuffer;

/**
 * Codec of the {@code vxlan} kind ({@code IFLA_VXLAN_*}), registered with
 * {@link java.util.ServiceLoader} so {@link io.jnetlink.route.link.Link#info()} of a vxlan link
 * carries a {@link VxlanInfo} and {@code rtnl.links().add(name, vxlanInfo)} creates one.
 *
 * <p>Attributes are written in the order {@code ip link add ... type vxlan} writes them when its
 * options are given in the order of {@link VxlanInfo.Builder}'s setters: the options as they
 * come, then id, local, remote/group, learning and dstport, which iproute2 appends last.
 */
public final class VxlanCodec implements LinkKindCodec<VxlanInfo> {
    /** {@code IFLA_INFO_KIND} of a VXLAN device. */
    public static final String KIND = "vxlan";

    // enum in linux/if_link.h
    /** {@code IFLA_VXLAN_ID} (u32): {@link VxlanInfo#id()}. */
    public static final int IFLA_VXLAN_ID = 1;
    /** {@code IFLA_VXLAN_GROUP} (IPv4 address): {@link VxlanInfo#remote()}. */
    public static final int IFLA_VXLAN_GROUP = 2;
    /** {@code IFLA_VXLAN_LINK} (u32 interface index): {@link VxlanInfo#link()}. */
    public static final int IFLA_VXLAN_LINK = 3;
    /** {@code IFLA_VXLAN_LOCAL} (IPv4 address): {@link VxlanInfo#local()}. */
    public static final int IFLA_VXLAN_LOCAL = 4;
    /** {@code IFLA_VXLAN_TTL} (u8): {@link VxlanInfo#ttl()}. */
    public static final int IFLA_VXLAN_TTL = 5;
    /** {@code IFLA_VXLAN_TOS} (u8): {@link VxlanInfo#tos()}. */
    public static final int IFLA_VXLAN_TOS = 6;
    /** {@code IFLA_VXLAN_LEARNING} (u8 boolean): {@link VxlanInfo#learning()}. */
    public static final int IFLA_VXLAN_LEARNING = 7;
    /** {@code IFLA_VXLAN_AGEING} (u32 seconds): {@link VxlanInfo#ageing()}. */
    public static final int IFLA_VXLAN_AGEING = 8;
    /** {@code IFLA_VXLAN_LIMIT} (u32): {@link VxlanInfo#limit()}. */
    public static final int IFLA_VXLAN_LIMIT = 9;
    /** {@code IFLA_VXLAN_PORT_RANGE} ({@code struct ifla_vxlan_port_range}, big-endian): {@link VxlanInfo#portRange()}. */
    public static final int IFLA_VXLAN_PORT_RANGE = 10;
    /** {@code IFLA_VXLAN_PROXY} (u8 boolean): {@link VxlanInfo#proxy()}. */
    public static final int IFLA_VXLAN_PROXY = 11;
    /** {@code IFLA_VXLAN_RSC} (u8 boolean): {@link VxlanInfo#rsc()}. */
    public static final int IFLA_VXLAN_RSC = 12;
    /** {@code IFLA_VXLAN_L2MISS} (u8 boolean): {@link VxlanInfo#l2miss()}. */
    public static final int IFLA_VXLAN_L2MISS = 13;
    /** {@code IFLA_VXLAN_L3MISS} (u8 boolean): {@link VxlanInfo#l3miss()}. */
    public static final int IFLA_VXLAN_L3MISS = 14;
    /** {@code IFLA_VXLAN_PORT} (big-endian u16): {@link VxlanInfo#port()}. */
    public static final int IFLA_VXLAN_PORT = 15;
    /** {@code IFLA_VXLAN_GROUP6} (IPv6 address): {@link VxlanInfo#remote()}. */
    public static final int IFLA_VXLAN_GROUP6 = 16;
    /** {@code IFLA_VXLAN_LOCAL6} (IPv6 address): {@link VxlanInfo#local()}. */
    public static final int IFLA_VXLAN_LOCAL6 = 17;
    /** {@code IFLA_VXLAN_UDP_CSUM} (u8 boolean): {@link VxlanInfo#udpCsum()}. */
    public static final int IFLA_VXLAN_UDP_CSUM = 18;
    /** {@code IFLA_VXLAN_UDP_ZERO_CSUM6_TX} (u8 boolean): {@link VxlanInfo#udpZeroCsum6Tx()}. */
    public static final int IFLA_VXLAN_UDP_ZERO_CSUM6_TX = 19;
    /** {@code IFLA_VXLAN_UDP_ZERO_CSUM6_RX} (u8 boolean): {@link VxlanInfo#udpZeroCsum6Rx()}. */
    public static final int IFLA_VXLAN_UDP_ZERO_CSUM6_RX = 20;
    /** {@code IFLA_VXLAN_REMCSUM_TX} (u8 boolean): {@link VxlanInfo#remcsumTx()}. */
    public static final int IFLA_VXLAN_REMCSUM_TX = 21;
    /** {@code IFLA_VXLAN_REMCSUM_RX} (u8 boolean): {@link VxlanInfo#remcsumRx()}. */
    public static final int IFLA_VXLAN_REMCSUM_RX = 22;
    /** {@code IFLA_VXLAN_GBP} (flag): {@link VxlanInfo#gbp()}. */
    public static final int IFLA_VXLAN_GBP = 23;
    /** {@code IFLA_VXLAN_REMCSUM_NOPARTIAL} (flag): {@link VxlanInfo#remcsumNoPartial()}. */
    public static final int IFLA_VXLAN_REMCSUM_NOPARTIAL = 24;
    /** {@code IFLA_VXLAN_COLLECT_METADATA} (u8 boolean): {@link VxlanInfo#collectMetadata()}. */
    public static final int IFLA_VXLAN_COLLECT_METADATA = 25;
    /** {@code IFLA_VXLAN_LABEL} (big-endian u32): {@link VxlanInfo#label()}. */
    public static final int IFLA_VXLAN_LABEL = 26;
    /** {@code IFLA_VXLAN_GPE} (flag): {@link VxlanInfo#gpe()}. */
    public static final int IFLA_VXLAN_GPE = 27;
    /** {@code IFLA_VXLAN_TTL_INHERIT} (flag on requests, u8 in dumps): {@link VxlanInfo#ttlInherit()}. */
    public static final int IFLA_VXLAN_TTL_INHERIT = 28;
    /** {@code IFLA_VXLAN_DF} (u8 {@code enum ifla_vxlan_df}): {@link VxlanInfo#df()}. */
    public static final int IFLA_VXLAN_DF = 29;
    /** {@code IFLA_VXLAN_VNIFILTER} (u8 boolean): {@link VxlanInfo#vnifilter()}. */
    public static final int IFLA_VXLAN_VNIFILTER = 30;
    // The next four are newer than the installed uapi header (kernel 6.6, 6.7, 6.12, 6.15).
    /** {@code IFLA_VXLAN_LOCALBYPASS} (u8 boolean): {@link VxlanInfo#localBypass()}. */
    public static final int IFLA_VXLAN_LOCALBYPASS = 31;
    /** {@code IFLA_VXLAN_LABEL_POLICY} (u32 {@code enum ifla_vxlan_label_policy}): {@link VxlanInfo#labelPolicy()}. */
    public static final int IFLA_VXLAN_LABEL_POLICY = 32;
    /** {@code IFLA_VXLAN_RESERVED_BITS} (8 bytes, a VXLAN header mask): {@link VxlanInfo#reservedBits()}. */
    public static final int IFLA_VXLAN_RESERVED_BITS = 33;
    /** {@code IFLA_VXLAN_MC_ROUTE} (u8 boolean): {@link VxlanInfo#mcRoute()}. */
    public static final int IFLA_VXLAN_MC_ROUTE = 34;

    /** Creates the codec (loaded through {@link java.util.ServiceLoader}). */
    public VxlanCodec() {
    }

    /** {@value #KIND}. */
    @Override
    public String kind() {
        return KIND;
    }

    /** {@link VxlanInfo}. */
    @Override
    public Class<VxlanInfo> dataType() {
        return VxlanInfo.class;
    }

    /** Decodes {@code IFLA_VXLAN_*}; attributes this class does not know are kept raw. */
    @Override
    public VxlanInfo decode(AttributeCursor a) {
        Integer id = null;
        InetAddress remote = null;
        Integer link = null;
        InetAddress local = null;
        Integer ttl = null;
        Boolean ttlInherit = null;
        Integer tos = null;
        VxlanInfo.Df df = null;
        Integer label = null;
        Boolean learning = null;
        Long ageing = null;
        Long limit = null;
        VxlanInfo.PortRange portRange = null;
        Boolean proxy = null;
        Boolean rsc = null;
        Boolean l2miss = null;
        Boolean l3miss = null;
        Boolean collectMetadata = null;
        Integer port = null;
        Boolean udpCsum = null;
        Boolean udpZeroCsum6Tx = null;
        Boolean udpZeroCsum6Rx = null;
        Boolean remcsumTx = null;
        Boolean remcsumRx = null;
        Boolean gbp = null;
        Boolean remcsumNoPartial = null;
        Boolean gpe = null;
        Boolean vnifilter = null;
        Boolean localBypass = null;
        VxlanInfo.LabelPolicy labelPolicy = null;
        Long reservedBits = null;
        Boolean mcRoute = null;
        RawAttributesBuilder others = new RawAttributesBuilder();
        while (a.next()) {
            switch (a.type()) {
                case IFLA_VXLAN_ID -> id = (int) a.u32();
                case IFLA_VXLAN_GROUP, IFLA_VXLAN_GROUP6 -> remote = a.inetAddress();
                case IFLA_VXLAN_LINK -> link = (int) a.u32();
                case IFLA_VXLAN_LOCAL, IFLA_VXLAN_LOCAL6 -> local = a.inetAddress();
                case IFLA_VXLAN_TTL -> ttl = a.u8();
                case IFLA_VXLAN_TTL_INHERIT -> ttlInherit = flagOrU8(a);
                case IFLA_VXLAN_TOS -> tos = a.u8();
                case IFLA_VXLAN_DF -> df = VxlanInfo.Df.of(a.u8());
                case IFLA_VXLAN_LABEL -> label = (int) a.u32Network();
                case IFLA_VXLAN_LEARNING -> learning = a.u8() != 0;
                case IFLA_VXLAN_AGEING -> ageing = a.u32();
                case IFLA_VXLAN_LIMIT -> limit = a.u32();
                case IFLA_VXLAN_PORT_RANGE -> portRange = portRange(a);
                case IFLA_VXLAN_PROXY -> proxy = a.u8() != 0;
                case IFLA_VXLAN_RSC -> rsc = a.u8() != 0;
                case IFLA_VXLAN_L2MISS -> l2miss = a.u8() != 0;
                case IFLA_VXLAN_L3MISS -> l3miss = a.u8() != 0;
                case IFLA_VXLAN_COLLECT_METADATA -> collectMetadata = a.u8() != 0;
                case IFLA_VXLAN_PORT -> port = a.u16Network();
                case IFLA_VXLAN_UDP_CSUM -> udpCsum = a.u8() != 0;
                case IFLA_VXLAN_UDP_ZERO_CSUM6_TX -> udpZeroCsum6Tx = a.u8() != 0;
                case IFLA_VXLAN_UDP_ZERO_CSUM6_RX -> udpZeroCsum6Rx = a.u8() != 0;
                case IFLA_VXLAN_REMCSUM_TX -> remcsumTx = a.u8() != 0;
                case IFLA_VXLAN_REMCSUM_RX -> remcsumRx = a.u8() != 0;
                case IFLA_VXLAN_GBP -> gbp = flagOrU8(a);
                case IFLA_VXLAN_REMCSUM_NOPARTIAL -> remcsumNoPartial = flagOrU8(a);
                case IFLA_VXLAN_GPE -> gpe = flagOrU8(a);
                case IFLA_VXLAN_VNIFILTER -> vnifilter = flagOrU8(a);
                case IFLA_VXLAN_LOCALBYPASS -> localBypass = a.u8() != 0;
                case IFLA_VXLAN_LABEL_POLICY -> labelPolicy = VxlanInfo.LabelPolicy.of(a.u32());
                case IFLA_VXLAN_RESERVED_BITS -> reservedBits = reservedBits(a);
                case IFLA_VXLAN_MC_ROUTE -> mcRoute = a.u8() != 0;
                default -> others.add(a);
            }
        }
        return new VxlanInfo(id, remote, link, local, ttl, ttlInherit, tos, df, label, learning, ageing, limit,
                portRange, proxy, rsc, l2miss, l3miss, collectMetadata, port, udpCsum, udpZeroCsum6Tx, udpZeroCsum6Rx,
                remcsumTx, remcsumRx, gbp, remcsumNoPartial, gpe, vnifilter, localBypass, labelPolicy, reservedBits,
                mcRoute, others.build());
    }

    /** A flag attribute is on by being there; tolerate a u8 form, which the kernel uses for some in dumps. */
    private static boolean flagOrU8(AttributeCursor a) {
        return a.valueLength() == 0 || a.u8() != 0;
    }

    private static VxlanInfo.PortRange portRange(AttributeCursor a) {
        if (a.valueLength() < 4) {
            throw new NetlinkParseException(a.offset(), "IFLA_VXLAN_PORT_RANGE has " + a.valueLength()
                    + " bytes, not 4");
        }
        byte[] v = a.bytes();
        ByteBuffer be = ByteBuffer.wrap(v);
        return new VxlanInfo.PortRange(Short.toUnsignedInt(be.getShort(0)), Short.toUnsignedInt(be.getShort(2)));
    }

    private static long reservedBits(AttributeCursor a) {
        if (a.valueLength() != Long.BYTES) {
            throw new NetlinkParseException(a.offset(), "IFLA_VXLAN_RESERVED_BITS has " + a.valueLength()
                    + " bytes, not 8");
        }
        return ByteBuffer.wrap(a.bytes()).getLong();
    }

    /** Writes the fields that are set, in iproute2's order (see the class comment). */
    @Override
    public void encode(VxlanInfo d, MessageWriter w) {
        if (d.link() != null) {
            w.attrU32(IFLA_VXLAN_LINK, d.link());
        }
        // iproute2 sends "ttl inherit" as the flag the kernel's policy expects, and no TTL with it.
        if (Boolean.TRUE.equals(d.ttlInherit())) {
            w.attrFlag(IFLA_VXLAN_TTL_INHERIT);
        }
        u8(w, IFLA_VXLAN_TTL, d.ttl());
        u8(w, IFLA_VXLAN_TOS, d.tos());
        if (d.df() != null) {
            w.attrU8(IFLA_VXLAN_DF, d.df().ordinal());
        }
        if (d.label() != null) {
            w.attrU32Network(IFLA_VXLAN_LABEL, d.label());
        }
        u32(w, IFLA_VXLAN_AGEING, d.ageing());
        u32(w, IFLA_VXLAN_LIMIT, d.limit());
        if (d.portRange() != null) {
            byte[] range = ByteBuffer.allocate(4).putShort((short) d.portRange().low())
                    .putShort((short) d.portRange().high()).array();
            w.attrBytes(IFLA_VXLAN_PORT_RANGE, range);
        }
        bool(w, IFLA_VXLAN_PROXY, d.proxy());
        bool(w, IFLA_VXLAN_RSC, d.rsc());
        bool(w, IFLA_VXLAN_L2MISS, d.l2miss());
        bool(w, IFLA_VXLAN_L3MISS, d.l3miss());
        bool(w, IFLA_VXLAN_UDP_CSUM, d.udpCsum());
        bool(w, IFLA_VXLAN_UDP_ZERO_CSUM6_TX, d.udpZeroCsum6Tx());
        bool(w, IFLA_VXLAN_UDP_ZERO_CSUM6_RX, d.udpZeroCsum6Rx());
        bool(w, IFLA_VXLAN_REMCSUM_TX, d.remcsumTx());
        bool(w, IFLA_VXLAN_REMCSUM_RX, d.remcsumRx());
        bool(w, IFLA_VXLAN_COLLECT_METADATA, d.collectMetadata());
        flag(w, IFLA_VXLAN_GBP, d.gbp());
        flag(w, IFLA_VXLAN_GPE, d.gpe());
        flag(w, IFLA_VXLAN_REMCSUM_NOPARTIAL, d.remcsumNoPartial());
        bool(w, IFLA_VXLAN_VNIFILTER, d.vnifilter());
        bool(w, IFLA_VXLAN_LOCALBYPASS, d.localBypass());
        if (d.labelPolicy() != null) {
            w.attrU32(IFLA_VXLAN_LABEL_POLICY, d.labelPolicy().ordinal());
        }
        if (d.reservedBits() != null) {
            w.attrBytes(IFLA_VXLAN_RESERVED_BITS, ByteBuffer.allocate(Long.BYTES).putLong(d.reservedBits()).array());
        }
        bool(w, IFLA_VXLAN_MC_ROUTE, d.mcRoute());
        if (d.id() != null) {
            w.attrU32(IFLA_VXLAN_ID, d.id());
        }
        if (d.local() != null) {
            w.attrAddress(VxlanInfo.isIpv6(d.local()) ? IFLA_VXLAN_LOCAL6 : IFLA_VXLAN_LOCAL, d.local());
        }
        if (d.remote() != null) {
            w.attrAddress(VxlanInfo.isIpv6(d.remote()) ? IFLA_VXLAN_GROUP6 : IFLA_VXLAN_GROUP, d.remote());
        }
        bool(w, IFLA_VXLAN_LEARNING, d.learning());
        if (d.port() != null) {
            w.attrU16Network(IFLA_VXLAN_PORT, d.port());
        }
    }

    private static void u8(MessageWriter w, int type, Integer value) {
        if (value != null) {
            w.attrU8(type, value);
        }
    }

    private static void u32(MessageWriter w, int type, Long value) {
        if (value != null) {
            w.attrU32(type, (int) (long) value);
        }
    }

    private static void bool(MessageWriter w, int type, Boolean value) {
        if (value != null) {
            w.attrU8(type, value ? 1 : 0);
        }
    }

    /** A flag attribute can only say "on": off is its absence. */
    private static void flag(MessageWriter w, int type, Boolean value) {
        if (Boolean.TRUE.equals(value)) {
            w.attrFlag(type);
        }
    }
}
