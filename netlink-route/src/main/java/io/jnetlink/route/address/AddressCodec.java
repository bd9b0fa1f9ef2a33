package io.jnetlink.route.address;

import io.jnetlink.core.attr.AttributeValues;
import io.jnetlink.core.message.HostOrder;
import io.jnetlink.core.message.MessageCursor;
import io.jnetlink.core.message.MessageType;
import io.jnetlink.core.message.MessageWriter;
import io.netty.buffer.ByteBuf;

/**
 * Decodes {@code RTM_NEWADDR} messages into {@link Address} records and writes address
 * requests and dumps: the {@code ifaddrmsg} header and the {@link AddressAttributes} table, with
 * the {@code IFA_F_*} flag names of {@code <linux/if_addr.h>}.
 */
public final class AddressCodec {
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

    /** The header field holds only the low 8 flag bits; the rest needs {@code IFA_FLAGS}. */
    private static final int HEADER_FLAGS_MASK = 0xff;

    private AddressCodec() {
    }

    /**
     * Decodes the address message at {@code message}.
     *
     * @param message positioned on a message of that type; not null
     * @return the decoded record, independent of the buffer
     * @throws io.jnetlink.core.NetlinkParseException when the message is malformed
     */
    public static Address decode(MessageCursor message) {
        ByteBuf buf = message.buffer();
        int header = message.familyHeader(IfAddrMsg.SIZE);
        return new Address(buf.getUnsignedByte(header + IfAddrMsg.FAMILY),
                buf.getUnsignedByte(header + IfAddrMsg.PREFIXLEN), buf.getUnsignedByte(header + IfAddrMsg.FLAGS),
                buf.getUnsignedByte(header + IfAddrMsg.SCOPE), HostOrder.s32(buf, header + IfAddrMsg.INDEX),
                AddressAttributes.SET.decode(message.attributes(IfAddrMsg.SIZE)));
    }

    /**
     * Writes an {@code RTM_GETADDR} dump request. With strict checking the kernel filters by
     * {@code family} and, when {@code ifindex} is positive, by interface.
     *
     * @param writer  the writer to append the message to; not null
     * @param family  an {@code AF_*} number, {@code AF_UNSPEC} for all
     * @param ifindex the interface's index, or 0 for all
     */
    public static void writeDump(MessageWriter writer, int family, int ifindex) {
        writer.begin(MessageType.RTM_GETADDR, 0)
                .u8(family).u8(0).u8(0).u8(0).u32(Math.max(ifindex, 0));
    }

    /**
     * Writes {@code request} as an {@code RTM_NEWADDR} or {@code RTM_DELADDR} message, with its
     * attributes in the order {@code ip addr add LOCAL/LEN [peer P] [label L] [metric M]
     * [proto P] [anycast A] [flags] brd + [valid_lft V preferred_lft P]} sends them: flags that do
     * not fit the header's 8 bits go in {@code IFA_FLAGS} instead (the header's then 0), and {@code IFA_ADDRESS} comes early when it
     * names a peer and after the flags when it repeats the local address.
     *
     * @param writer  the writer to append the message to; not null
     * @param type    {@code RTM_NEWADDR} or {@code RTM_DELADDR}
     * @param flags   {@code NLM_F_*} beyond {@code NLM_F_REQUEST}
     * @param request what to write; not null
     */
    public static void write(MessageWriter writer, int type, int flags, AddressRequest request) {
        int ifaFlags = request.flags();
        AttributeValues v = request.values();
        writer.begin(type, flags)
                .u8(request.family())
                .u8(request.prefixLength())
                .u8((ifaFlags & ~HEADER_FLAGS_MASK) == 0 ? ifaFlags : 0)
                .u8(request.scope())
                .u32(request.ifindex());
        boolean peer = request.peer() != null;
        v.encode(AddressAttributes.LOCAL, writer);
        if (peer) {
            v.encode(AddressAttributes.ADDRESS, writer);
        }
        v.encode(AddressAttributes.LABEL, writer);
        v.encode(AddressAttributes.RT_PRIORITY, writer);
        v.encode(AddressAttributes.PROTO, writer);
        // ip appends IFA_ANYCAST as it reads the option, before what it adds after the command line.
        v.encode(AddressAttributes.ANYCAST, writer);
        if ((ifaFlags & ~HEADER_FLAGS_MASK) != 0) {
            v.encode(AddressAttributes.FLAGS, writer);
        }
        if (!peer) {
            v.encode(AddressAttributes.ADDRESS, writer);
        }
        v.encode(AddressAttributes.BROADCAST, writer);
        v.encode(AddressAttributes.CACHEINFO, writer);
    }
}
