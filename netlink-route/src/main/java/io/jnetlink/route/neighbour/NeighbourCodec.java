package io.jnetlink.route.neighbour;

import io.jnetlink.core.NetlinkParseException;
import io.jnetlink.core.message.AttributeCursor;
import io.jnetlink.core.message.HostOrder;
import io.jnetlink.core.message.MessageCursor;
import io.jnetlink.core.message.MessageType;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.MacAddress;
import io.jnetlink.route.AddressFamily;
import io.jnetlink.route.RawAttribute;
import io.netty.buffer.ByteBuf;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes {@code RTM_NEWNEIGH} messages into {@link Neighbour} records and writes neighbour and
 * FDB requests, with the names of {@code <linux/neighbour.h>}.
 */
public final class NeighbourCodec {
    /** {@code NDA_DST}. */
    public static final int NDA_DST = 1;
    /** {@code NDA_LLADDR}. */
    public static final int NDA_LLADDR = 2;
    /** {@code NDA_CACHEINFO}: {@code struct nda_cacheinfo}. */
    public static final int NDA_CACHEINFO = 3;
    /** {@code NDA_PROBES}. */
    public static final int NDA_PROBES = 4;
    /** {@code NDA_VLAN}: u16. */
    public static final int NDA_VLAN = 5;
    /** {@code NDA_PORT}: big-endian u16. */
    public static final int NDA_PORT = 6;
    /** {@code NDA_VNI}: u32. */
    public static final int NDA_VNI = 7;
    /** {@code NDA_IFINDEX}: u32. */
    public static final int NDA_IFINDEX = 8;
    /** {@code NDA_MASTER}: u32. */
    public static final int NDA_MASTER = 9;
    /** {@code NDA_LINK_NETNSID}: s32. */
    public static final int NDA_LINK_NETNSID = 10;
    /** {@code NDA_SRC_VNI}: u32. */
    public static final int NDA_SRC_VNI = 11;
    /** {@code NDA_PROTOCOL}: u8. */
    public static final int NDA_PROTOCOL = 12;
    /** {@code NDA_FLAGS_EXT}: u32 {@code NTF_EXT_*}. */
    public static final int NDA_FLAGS_EXT = 15;

    /** {@code NTF_USE}. */
    public static final int NTF_USE = 1;
    /** {@code NTF_SELF}: the entry belongs to the device itself ({@code bridge fdb ... self}). */
    public static final int NTF_SELF = 1 << 1;
    /** {@code NTF_MASTER}: the entry belongs to the device's master bridge ({@code ... master}). */
    public static final int NTF_MASTER = 1 << 2;
    /** {@code NTF_PROXY}. */
    public static final int NTF_PROXY = 1 << 3;
    /** {@code NTF_EXT_LEARNED}. */
    public static final int NTF_EXT_LEARNED = 1 << 4;
    /** {@code NTF_OFFLOADED}. */
    public static final int NTF_OFFLOADED = 1 << 5;
    /** {@code NTF_STICKY}. */
    public static final int NTF_STICKY = 1 << 6;
    /** {@code NTF_ROUTER}. */
    public static final int NTF_ROUTER = 1 << 7;
    /** {@code NTF_EXT_MANAGED} (in {@code NDA_FLAGS_EXT}). */
    public static final int NTF_EXT_MANAGED = 1;

    /** {@code NUD_INCOMPLETE}. */
    public static final int NUD_INCOMPLETE = 0x01;
    /** {@code NUD_REACHABLE}. */
    public static final int NUD_REACHABLE = 0x02;
    /** {@code NUD_STALE}. */
    public static final int NUD_STALE = 0x04;
    /** {@code NUD_DELAY}. */
    public static final int NUD_DELAY = 0x08;
    /** {@code NUD_PROBE}. */
    public static final int NUD_PROBE = 0x10;
    /** {@code NUD_FAILED}. */
    public static final int NUD_FAILED = 0x20;
    /** {@code NUD_NOARP}. */
    public static final int NUD_NOARP = 0x40;
    /** {@code NUD_PERMANENT}. */
    public static final int NUD_PERMANENT = 0x80;
    /** {@code NUD_NONE}. */
    public static final int NUD_NONE = 0x00;

    private static final int CACHEINFO_SIZE = 16;

    private NeighbourCodec() {
    }

    /**
     * Decodes the neighbour message at {@code message}.
     *
     * @param message positioned on a message of that type; not null
     * @return the decoded record, independent of the buffer
     * @throws NetlinkParseException when the message is malformed
     */
    public static Neighbour decode(MessageCursor message) {
        ByteBuf buf = message.buffer();
        int header = message.familyHeader(NdMsg.SIZE);
        InetAddress dst = null;
        MacAddress lladdr = null;
        int vlan = -1;
        long vni = -1;
        long srcVni = -1;
        int port = -1;
        int master = 0;
        int via = 0;
        int linkNetnsId = -1;
        long probes = -1;
        int protocol = -1;
        int extFlags = 0;
        Neighbour.CacheInfo cacheInfo = null;
        List<RawAttribute> unknown = new ArrayList<>(0);
        AttributeCursor a = message.attributes(NdMsg.SIZE);
        while (a.next()) {
            switch (a.type()) {
                case NDA_DST -> dst = a.inetAddress();
                case NDA_LLADDR -> lladdr = a.mac();
                case NDA_VLAN -> vlan = a.u16();
                case NDA_PORT -> port = a.u16Network();
                case NDA_VNI -> vni = a.u32();
                case NDA_SRC_VNI -> srcVni = a.u32();
                case NDA_IFINDEX -> via = a.s32();
                case NDA_MASTER -> master = a.s32();
                case NDA_LINK_NETNSID -> linkNetnsId = a.s32();
                case NDA_PROBES -> probes = a.u32();
                case NDA_PROTOCOL -> protocol = a.u8();
                case NDA_FLAGS_EXT -> extFlags = a.s32();
                case NDA_CACHEINFO -> cacheInfo = cacheInfo(a);
                default -> unknown.add(RawAttribute.of(a));
            }
        }
        return new Neighbour(buf.getUnsignedByte(header + NdMsg.FAMILY), HostOrder.s32(buf, header + NdMsg.IFINDEX),
                HostOrder.u16(buf, header + NdMsg.STATE), buf.getUnsignedByte(header + NdMsg.FLAGS), extFlags,
                buf.getUnsignedByte(header + NdMsg.TYPE), dst, lladdr, vlan, vni, srcVni, port, master, via,
                linkNetnsId, probes, protocol, cacheInfo, unknown);
    }

    private static Neighbour.CacheInfo cacheInfo(AttributeCursor a) {
        if (a.valueLength() < CACHEINFO_SIZE) {
            throw new NetlinkParseException(a.offset(), "NDA_CACHEINFO has " + a.valueLength() + " bytes, "
                    + CACHEINFO_SIZE + " needed");
        }
        ByteBuf buf = a.buffer();
        int v = a.valueOffset();
        return new Neighbour.CacheInfo(u32(buf, v), u32(buf, v + 4), u32(buf, v + 8), u32(buf, v + 12));
    }

    private static long u32(ByteBuf buf, int offset) {
        return HostOrder.s32(buf, offset) & 0xffffffffL;
    }

    /**
     * Writes an {@code RTM_GETNEIGH} dump request for {@code family} ({@code AF_UNSPEC} for IPv4
     * and IPv6, {@code AF_BRIDGE} for the FDB). With strict checking the kernel keeps only the
     * entries of interface {@code ifindex} when it is positive: the FDB dump takes the port in
     * {@code ndm_ifindex}, the neighbour dump refuses a non-zero header and wants {@code NDA_IFINDEX}.
     *
     * @param writer  the writer to append the message to; not null
     * @param family  an {@code AF_*} number
     * @param ifindex the interface's index, or 0 for all
     */
    public static void writeDump(MessageWriter writer, int family, int ifindex) {
        boolean fdb = family == AddressFamily.AF_BRIDGE;
        writer.begin(MessageType.RTM_GETNEIGH, 0).u8(family).zeros(3).u32(fdb ? Math.max(ifindex, 0) : 0)
                .u16(0).u8(0).u8(0);
        if (!fdb && ifindex > 0) {
            writer.attrU32(NDA_IFINDEX, ifindex);
        }
    }

    /**
     * Writes {@code request} as an {@code RTM_NEWNEIGH} or {@code RTM_DELNEIGH} message in the
     * attribute order of {@code ip neigh} (IP entries) or {@code bridge fdb} (FDB entries).
     *
     * @param writer  the writer to append the message to; not null
     * @param type    {@code RTM_NEWNEIGH} or {@code RTM_DELNEIGH}
     * @param flags   {@code NLM_F_*} beyond {@code NLM_F_REQUEST}
     * @param request what to write; not null
     */
    public static void write(MessageWriter writer, int type, int flags, NeighbourRequest request) {
        boolean fdb = request.family() == AddressFamily.AF_BRIDGE;
        int ntf = request.flags();
        if (fdb && (ntf & (NTF_SELF | NTF_MASTER)) == 0) {
            ntf |= NTF_SELF; // bridge fdb's default: the device's own table
        }
        writer.begin(type, flags)
                .u8(request.family()).zeros(3).u32(request.ifindex()).u16(request.state()).u8(ntf).u8(0);
        if (fdb) {
            writer.attrMac(NDA_LLADDR, request.lladdr());
            if (request.dst() != null) {
                writer.attrAddress(NDA_DST, request.dst());
            }
        } else {
            writer.attrAddress(NDA_DST, request.dst());
            if (request.lladdr() != null) {
                writer.attrMac(NDA_LLADDR, request.lladdr());
            }
        }
        if (request.vlan() >= 0) {
            writer.attrU16(NDA_VLAN, request.vlan());
        }
        if (request.port() >= 0) {
            writer.attrU16Network(NDA_PORT, request.port());
        }
        if (request.vni() >= 0) {
            writer.attrU32(NDA_VNI, (int) request.vni());
        }
        if (request.viaIfindex() > 0) {
            writer.attrU32(NDA_IFINDEX, request.viaIfindex());
        }
        if (request.srcVni() >= 0) {
            writer.attrU32(NDA_SRC_VNI, (int) request.srcVni());
        }
        if (request.protocol() >= 0) {
            writer.attrU8(NDA_PROTOCOL, request.protocol());
        }
    }
}
