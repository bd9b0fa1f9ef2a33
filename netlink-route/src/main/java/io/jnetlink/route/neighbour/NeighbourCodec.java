package io.jnetlink.route.neighbour;

import io.jnetlink.core.NetlinkParseException;
import io.jnetlink.core.attr.Attribute;
import io.jnetlink.core.attr.AttributeValues;
import io.jnetlink.core.message.HostOrder;
import io.jnetlink.core.message.MessageCursor;
import io.jnetlink.core.message.MessageType;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.NlMsgHdr;
import io.jnetlink.route.AddressFamily;
import io.netty.buffer.ByteBuf;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Decodes {@code RTM_NEWNEIGH} messages into {@link Neighbour} records and writes neighbour and
 * FDB requests and dumps: the {@code ndmsg} header and the {@link NeighbourAttributes} table, with
 * the {@code NTF_*} and {@code NUD_*} names of {@code <linux/neighbour.h>}.
 */
public final class NeighbourCodec {
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
    /** {@code NTF_EXT_MANAGED} (in {@code NDA_FLAGS_EXT}): the kernel keeps the entry resolved. */
    public static final int NTF_EXT_MANAGED = 1;
    /** {@code NTF_EXT_LOCKED} (in {@code NDA_FLAGS_EXT}): an FDB entry of a locked bridge port. */
    public static final int NTF_EXT_LOCKED = 1 << 1;

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

    /** ip neigh's attribute order ({@code ip neigh add IP lladdr MAC dev D [proto P]}), then the rest by type. */
    private static final List<Attribute<?>> IP_ORDER = order(NeighbourAttributes.PROTOCOL, NeighbourAttributes.DST,
            NeighbourAttributes.FLAGS_EXT, NeighbourAttributes.LLADDR);
    /** bridge fdb's ({@code bridge fdb add MAC dev D dst IP vlan V nhid N port P vni N src_vni S via D}), then the rest by type. */
    private static final List<Attribute<?>> FDB_ORDER = order(NeighbourAttributes.LLADDR, NeighbourAttributes.DST,
            NeighbourAttributes.VLAN, NeighbourAttributes.NH_ID, NeighbourAttributes.PORT, NeighbourAttributes.VNI,
            NeighbourAttributes.SRC_VNI, NeighbourAttributes.IFINDEX);

    private NeighbourCodec() {
    }

    /** {@code first}, then the set's other writable rows in type order. */
    private static List<Attribute<?>> order(Attribute<?>... first) {
        List<Attribute<?>> rows = new ArrayList<>(List.of(first));
        NeighbourAttributes.SET.attributes().stream().filter(row -> row.access().writable() && !rows.contains(row))
                .sorted(Comparator.comparingInt(Attribute::type)).forEach(rows::add);
        return List.copyOf(rows);
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
        return new Neighbour(buf.getUnsignedByte(header + NdMsg.FAMILY), HostOrder.s32(buf, header + NdMsg.IFINDEX),
                HostOrder.u16(buf, header + NdMsg.STATE), buf.getUnsignedByte(header + NdMsg.FLAGS),
                buf.getUnsignedByte(header + NdMsg.TYPE), NeighbourAttributes.SET.decode(message.attributes(NdMsg.SIZE)));
    }

    /**
     * Writes an {@code RTM_GETNEIGH} dump request for {@code family} ({@code AF_UNSPEC} for IPv4
     * and IPv6, {@code AF_BRIDGE} for the FDB). With strict checking the kernel keeps only the
     * entries of interface {@code ifindex} and of the ports of bridge {@code masterIfindex} when
     * they are positive: the FDB dump takes the port in {@code ndm_ifindex}, the neighbour dump
     * refuses a non-zero header and wants {@code NDA_IFINDEX}; both take {@code NDA_MASTER}.
     * {@code proxies} asks for the proxy entries instead ({@code NTF_PROXY}, IP only).
     *
     * @param writer        the writer to append the message to; not null
     * @param family        an {@code AF_*} number
     * @param ifindex       the interface's index, or 0 for all
     * @param masterIfindex the bridge or VRF whose ports' entries to keep, or 0 for all
     * @param proxies       true for the proxy entries of an IP dump
     */
    public static void writeDump(MessageWriter writer, int family, int ifindex, int masterIfindex, boolean proxies) {
        boolean fdb = family == AddressFamily.AF_BRIDGE;
        writer.begin(MessageType.RTM_GETNEIGH, 0).u8(family).zeros(3).u32(fdb ? Math.max(ifindex, 0) : 0)
                .u16(0).u8(proxies ? NTF_PROXY : 0).u8(0);
        if (!fdb && ifindex > 0) {
            writer.attrU32(NeighbourAttributes.IFINDEX.type(), ifindex);
        }
        if (masterIfindex > 0) {
            writer.attrU32(NeighbourAttributes.MASTER.type(), masterIfindex);
        }
    }

    /**
     * Writes an {@code RTM_GETNEIGH} request for the one IP entry of {@code address} on
     * {@code ifindex} ({@code ip neigh get}).
     *
     * @param writer  the writer to append the message to; not null
     * @param ifindex the interface's index
     * @param address the neighbour's IPv4 or IPv6 address; not null
     */
    public static void writeGet(MessageWriter writer, int ifindex, InetAddress address) {
        writeGet(writer, ifindex, address, 0);
    }

    /**
     * {@code RTM_GETNEIGH} for one entry with {@code NTF_*} flags in the header: {@link #NTF_PROXY}
     * asks for a proxy entry ({@code ip neigh get proxy ADDR}), where {@code ifindex} may be 0.
     *
     * @param writer  the writer to append the message to; not null
     * @param ifindex the interface's index; 0 for a proxy entry of any interface
     * @param address the entry's address; not null
     * @param ntf     {@code NTF_*} bits, 0 to 255
     */
    public static void writeGet(MessageWriter writer, int ifindex, InetAddress address, int ntf) {
        writer.begin(MessageType.RTM_GETNEIGH, 0).u8(AddressFamily.of(address)).zeros(3).u32(ifindex).u16(0).u8(ntf)
                .u8(0);
        writer.attrAddress(NeighbourAttributes.DST.type(), address);
    }

    /**
     * Writes {@code request} as an {@code RTM_NEWNEIGH} or {@code RTM_DELNEIGH} message in the
     * attribute order of {@code ip neigh} (IP entries) or {@code bridge fdb} (FDB entries, whose
     * flags default to {@code self} as bridge's do).
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
        AttributeValues values = request.values();
        for (Attribute<?> row : fdb ? FDB_ORDER : IP_ORDER) {
            values.encode(row, writer);
        }
    }

    /**
     * {@code RTM_GETNEIGH} for one FDB entry ({@code bridge fdb get MAC dev DEV [vlan V] [vni N]
     * [self|master]}): the request's device, table flags, MAC, VLAN and VNI, in bridge's order.
     *
     * @param writer the writer to append the message to; not null
     * @param key    an FDB request naming the entry; not null
     */
    public static void writeFdbGet(MessageWriter writer, NeighbourRequest key) {
        writer.begin(MessageType.RTM_GETNEIGH, 0).u8(AddressFamily.AF_BRIDGE).zeros(3).u32(key.ifindex()).u16(0)
                .u8(key.flags()).u8(0);
        AttributeValues values = key.values();
        for (Attribute<?> row : List.of(NeighbourAttributes.LLADDR, NeighbourAttributes.VLAN, NeighbourAttributes.VNI)) {
            values.encode(row, writer);
        }
    }

    /**
     * {@code RTM_DELNEIGH} with {@code NLM_F_BULK}: the kernel deletes every entry {@code flush}
     * selects, in the order {@code bridge fdb flush} writes it.
     *
     * @param writer the writer to append the message to; not null
     * @param flush  the selection; not null
     */
    public static void writeFlush(MessageWriter writer, FdbFlush flush) {
        writer.begin(MessageType.RTM_DELNEIGH, NlMsgHdr.NLM_F_BULK).u8(AddressFamily.AF_BRIDGE).zeros(3)
                .u32(flush.ifindex()).u16(flush.states()).u8(flush.table() | flush.flags()).u8(0);
        if (flush.port() > 0) {
            writer.attrU32(NeighbourAttributes.IFINDEX.type(), flush.port());
        }
        if (flush.vlan() >= 0) {
            writer.attrU16(NeighbourAttributes.VLAN.type(), flush.vlan());
        }
        if (flush.flagMask() != 0) {
            writer.attrU8(NeighbourAttributes.NDM_FLAGS_MASK.type(), flush.flagMask());
        }
        if (flush.stateMask() != 0) {
            writer.attrU16(NeighbourAttributes.NDM_STATE_MASK.type(), flush.stateMask());
        }
    }
}
