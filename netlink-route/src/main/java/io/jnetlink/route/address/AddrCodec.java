package io.jnetlink.route.address;

import io.jnetlink.core.NetlinkParseException;
import io.jnetlink.core.message.AttributeCursor;
import io.jnetlink.core.message.HostOrder;
import io.jnetlink.core.message.MessageCursor;
import io.jnetlink.core.message.MessageType;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.route.RawAttribute;
import io.netty.buffer.ByteBuf;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes {@code RTM_NEWADDR} messages into {@link Addr} records and writes address requests,
 * with the attribute names of {@code <linux/if_addr.h>}.
 */
public final class AddrCodec {
    /** {@code IFA_ADDRESS}: prefix address, or the peer of a point-to-point address. */
    public static final int IFA_ADDRESS = 1;
    /** {@code IFA_LOCAL}: the interface's own address. */
    public static final int IFA_LOCAL = 2;
    /** {@code IFA_LABEL}: IPv4 label such as {@code eth0:1}. */
    public static final int IFA_LABEL = 3;
    /** {@code IFA_BROADCAST}. */
    public static final int IFA_BROADCAST = 4;
    /** {@code IFA_ANYCAST}. */
    public static final int IFA_ANYCAST = 5;
    /** {@code IFA_CACHEINFO}: {@code struct ifa_cacheinfo}. */
    public static final int IFA_CACHEINFO = 6;
    /** {@code IFA_MULTICAST}. */
    public static final int IFA_MULTICAST = 7;
    /** {@code IFA_FLAGS}: u32 flags, overriding {@code ifa_flags}. */
    public static final int IFA_FLAGS = 8;
    /** {@code IFA_RT_PRIORITY}: u32 metric of the prefix route. */
    public static final int IFA_RT_PRIORITY = 9;
    /** {@code IFA_TARGET_NETNSID}. */
    public static final int IFA_TARGET_NETNSID = 10;
    /** {@code IFA_PROTO}: u8 originator of the address. */
    public static final int IFA_PROTO = 11;

    /** {@code IFA_F_SECONDARY} (also {@code IFA_F_TEMPORARY} for IPv6). */
    public static final int IFA_F_SECONDARY = 0x01;
    /** {@code IFA_F_NODAD}: skip duplicate address detection. */
    public static final int IFA_F_NODAD = 0x02;
    /** {@code IFA_F_OPTIMISTIC}. */
    public static final int IFA_F_OPTIMISTIC = 0x04;
    /** {@code IFA_F_DADFAILED}. */
    public static final int IFA_F_DADFAILED = 0x08;
    /** {@code IFA_F_HOMEADDRESS}. */
    public static final int IFA_F_HOMEADDRESS = 0x10;
    /** {@code IFA_F_DEPRECATED}. */
    public static final int IFA_F_DEPRECATED = 0x20;
    /** {@code IFA_F_TENTATIVE}. */
    public static final int IFA_F_TENTATIVE = 0x40;
    /** {@code IFA_F_PERMANENT}. */
    public static final int IFA_F_PERMANENT = 0x80;
    /** {@code IFA_F_MANAGETEMPADDR}. */
    public static final int IFA_F_MANAGETEMPADDR = 0x100;
    /** {@code IFA_F_NOPREFIXROUTE}. */
    public static final int IFA_F_NOPREFIXROUTE = 0x200;
    /** {@code IFA_F_MCAUTOJOIN}. */
    public static final int IFA_F_MCAUTOJOIN = 0x400;
    /** {@code IFA_F_STABLE_PRIVACY}. */
    public static final int IFA_F_STABLE_PRIVACY = 0x800;

    /** A lifetime of {@code 0xffffffff} seconds means forever. */
    public static final long INFINITY_LIFE_TIME = 0xffffffffL;

    private static final int CACHEINFO_SIZE = 16;
    /** The header field holds only the low 8 flag bits; the rest needs {@code IFA_FLAGS}. */
    private static final int HEADER_FLAGS_MASK = 0xff;

    private AddrCodec() {
    }

    /**
     * Decodes the address message at {@code message}.
     *
     * @param message positioned on a message of that type; not null
     * @return the decoded record, independent of the buffer
     * @throws io.jnetlink.core.NetlinkParseException when the message is malformed
     */
    public static Addr decode(MessageCursor message) {
        ByteBuf buf = message.buffer();
        int header = message.familyHeader(IfAddrMsg.SIZE);
        int family = buf.getUnsignedByte(header + IfAddrMsg.FAMILY);
        int prefixLength = buf.getUnsignedByte(header + IfAddrMsg.PREFIXLEN);
        int flags = buf.getUnsignedByte(header + IfAddrMsg.FLAGS);
        int scope = buf.getUnsignedByte(header + IfAddrMsg.SCOPE);
        int index = HostOrder.s32(buf, header + IfAddrMsg.INDEX);
        String label = null;
        InetAddress local = null;
        InetAddress address = null;
        InetAddress broadcast = null;
        InetAddress anycast = null;
        InetAddress multicast = null;
        Addr.CacheInfo cacheInfo = null;
        int protocol = -1;
        long routePriority = -1;
        List<RawAttribute> unknown = new ArrayList<>(0);
        AttributeCursor a = message.attributes(IfAddrMsg.SIZE);
        while (a.next()) {
            switch (a.type()) {
                case IFA_ADDRESS -> address = a.inetAddress();
                case IFA_LOCAL -> local = a.inetAddress();
                case IFA_LABEL -> label = a.string();
                case IFA_BROADCAST -> broadcast = a.inetAddress();
                case IFA_ANYCAST -> anycast = a.inetAddress();
                case IFA_MULTICAST -> multicast = a.inetAddress();
                case IFA_FLAGS -> flags = a.s32();
                case IFA_RT_PRIORITY -> routePriority = a.u32();
                case IFA_PROTO -> protocol = a.u8();
                case IFA_CACHEINFO -> cacheInfo = cacheInfo(a);
                default -> unknown.add(RawAttribute.of(a));
            }
        }
        return new Addr(family, prefixLength, flags, scope, index, label, local, address, broadcast, anycast,
                multicast, cacheInfo, protocol, routePriority, unknown);
    }

    private static Addr.CacheInfo cacheInfo(AttributeCursor a) {
        if (a.valueLength() < CACHEINFO_SIZE) {
            throw new NetlinkParseException(a.offset(),
                    "IFA_CACHEINFO has " + a.valueLength() + " bytes, " + CACHEINFO_SIZE + " needed");
        }
        ByteBuf buf = a.buffer();
        int v = a.valueOffset();
        return new Addr.CacheInfo(u32(buf, v), u32(buf, v + 4), u32(buf, v + 8), u32(buf, v + 12));
    }

    private static long u32(ByteBuf buf, int offset) {
        return HostOrder.s32(buf, offset) & 0xffffffffL;
    }

    /**
     * Writes an {@code RTM_GETADDR} dump request. With strict checking the kernel filters by
     * {@code family} and, when {@code index} is positive, by interface index.
     *
     * @param writer the writer to append the message to; not null
     * @param family an {@code AF_*} number, {@code AF_UNSPEC} for all
     * @param index  the interface's index, or 0 for all
     */
    public static void writeDump(MessageWriter writer, int family, int index) {
        writer.begin(MessageType.RTM_GETADDR, 0)
                .u8(family).u8(0).u8(0).u8(0).u32(Math.max(index, 0));
    }

    /**
     * Writes {@code request} as an {@code RTM_NEWADDR} or {@code RTM_DELADDR} message, with
     * attributes in the order {@code ip addr add} sends them.
     *
     * @param writer  the writer to append the message to; not null
     * @param type    {@code RTM_NEWADDR} or {@code RTM_DELADDR}
     * @param flags   {@code NLM_F_*} beyond {@code NLM_F_REQUEST}
     * @param request what to write; not null
     */
    public static void write(MessageWriter writer, int type, int flags, AddressRequest request) {
        int allFlags = request.flags();
        writer.begin(type, flags)
                .u8(request.family())
                .u8(request.prefixLength())
                .u8(allFlags & HEADER_FLAGS_MASK)
                .u8(request.scope())
                .u32(request.index());
        writer.attrAddress(IFA_LOCAL, request.local());
        if (request.peer() != null) {
            writer.attrAddress(IFA_ADDRESS, request.peer());
        }
        if (request.label() != null) {
            writer.attrString(IFA_LABEL, request.label());
        }
        if (request.routePriority() >= 0) {
            writer.attrU32(IFA_RT_PRIORITY, (int) request.routePriority());
        }
        if (request.protocol() >= 0) {
            writer.attrU8(IFA_PROTO, request.protocol());
        }
        if (request.peer() == null) {
            writer.attrAddress(IFA_ADDRESS, request.local());
        }
        if (request.broadcast() != null) {
            writer.attrAddress(IFA_BROADCAST, request.broadcast());
        }
        if ((allFlags & ~HEADER_FLAGS_MASK) != 0) {
            writer.attrU32(IFA_FLAGS, allFlags);
        }
        if (request.hasLifetimes()) {
            // A struct-valued attribute: the nest's length back-patching sizes it just as well.
            int token = writer.beginNested(IFA_CACHEINFO);
            writer.u32((int) request.preferredLifetime()).u32((int) request.validLifetime()).u32(0).u32(0);
            writer.endNested(token);
        }
    }
}
