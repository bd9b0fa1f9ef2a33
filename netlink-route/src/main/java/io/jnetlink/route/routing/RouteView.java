package io.jnetlink.route.routing;

import io.jnetlink.core.NetlinkParseException;
import io.jnetlink.core.attr.Attribute;
import io.jnetlink.core.message.AttributeCursor;
import io.jnetlink.core.message.HostOrder;
import io.jnetlink.core.message.MessageCursor;
import io.jnetlink.core.message.NetlinkAlign;
import io.netty.buffer.ByteBuf;
import java.util.Arrays;

/**
 * A flyweight over one {@code RTM_NEWROUTE} message in the receive buffer: the {@code rtmsg} fields
 * and the top-level {@link RouteAttributes}, read in place. The first lookup of an attribute walks
 * the attributes once and remembers where each starts. Nothing is allocated.
 *
 * <p>Valid only while the buffer holds the message: inside a {@link RouteVisitor} callback, only
 * during the call. {@link #toRoute()} copies it out. Not thread-safe.
 */
public final class RouteView {
    /** Room for every {@code RTA_*} type this library knows, and a few more. */
    private static final int INDEXED_TYPES = 64;
    private static final int RTNEXTHOP_SIZE = 8;
    private static final int RTNH_IFINDEX = 4;

    private final int[] offsets = new int[INDEXED_TYPES];
    private final AttributeCursor all = new AttributeCursor();
    private final AttributeCursor single = new AttributeCursor();
    private MessageCursor message;
    private ByteBuf buf;
    private int header;
    private boolean indexed;

    /** A view on nothing yet; {@link #wrap(MessageCursor)} points it at a message. */
    public RouteView() {
    }

    /**
     * Points this view at the current message of {@code message}, an {@code RTM_NEWROUTE} or
     * {@code RTM_DELROUTE}.
     *
     * @param message positioned on the route message; not null
     * @return this view
     * @throws NetlinkParseException if the message is too short for its {@code rtmsg}
     */
    public RouteView wrap(MessageCursor message) {
        this.message = message;
        buf = message.buffer();
        header = message.familyHeader(RtMsg.SIZE);
        indexed = false;
        return this;
    }

    /** {@return {@code rtm_family}} */
    public int family() {
        return buf.getUnsignedByte(header + RtMsg.FAMILY);
    }

    /** {@return {@code rtm_dst_len}} */
    public int dstLength() {
        return buf.getUnsignedByte(header + RtMsg.DST_LEN);
    }

    /** {@return {@code rtm_src_len}} */
    public int srcLength() {
        return buf.getUnsignedByte(header + RtMsg.SRC_LEN);
    }

    /** {@return {@code rtm_tos}} */
    public int tos() {
        return buf.getUnsignedByte(header + RtMsg.TOS);
    }

    /** {@return the table id: {@link RouteAttributes#TABLE} when present, else {@code rtm_table}} */
    public long table() {
        AttributeCursor a = attribute(RouteAttributes.TABLE);
        return a != null ? a.u32() : buf.getUnsignedByte(header + RtMsg.TABLE);
    }

    /** {@return {@code rtm_protocol}} */
    public int protocol() {
        return buf.getUnsignedByte(header + RtMsg.PROTOCOL);
    }

    /** {@return {@code rtm_scope}} */
    public int scope() {
        return buf.getUnsignedByte(header + RtMsg.SCOPE);
    }

    /** {@return {@code rtm_type}} */
    public int type() {
        return buf.getUnsignedByte(header + RtMsg.TYPE);
    }

    /** {@return {@code rtm_flags}} */
    public int flags() {
        return HostOrder.s32(buf, header + RtMsg.FLAGS);
    }

    /** {@return the output device, {@link RouteAttributes#OIF}; 0 when none} */
    public int ifindex() {
        AttributeCursor a = attribute(RouteAttributes.OIF);
        return a == null ? 0 : a.s32();
    }

    /**
     * Whether the route leaves through {@code ifindex}, directly or by a next hop; read in place.
     *
     * @param ifindex an interface index
     * @return true when the route or one of its next hops uses it
     */
    public boolean usesIfindex(int ifindex) {
        if (ifindex() == ifindex) {
            return true;
        }
        AttributeCursor multipath = attribute(RouteAttributes.MULTIPATH);
        if (multipath == null) {
            return false;
        }
        int at = multipath.valueOffset();
        int end = at + multipath.valueLength();
        while (end - at >= RTNEXTHOP_SIZE) {
            int len = HostOrder.u16(buf, at);
            if (len < RTNEXTHOP_SIZE || len > end - at) {
                throw new NetlinkParseException(at, "rtnexthop length " + len + " outside " + RTNEXTHOP_SIZE + ".."
                        + (end - at));
            }
            if (HostOrder.s32(buf, at + RTNH_IFINDEX) == ifindex) {
                return true;
            }
            at += NetlinkAlign.align(len);
        }
        return false;
    }

    /**
     * A cursor on the top-level attribute {@code row}, or null when the message lacks it; owned by
     * this view and reused by the next call.
     *
     * @param row a {@link RouteAttributes} row
     * @return the cursor, positioned on the attribute, or null
     */
    public AttributeCursor attribute(Attribute<?> row) {
        if (!indexed) {
            Arrays.fill(offsets, -1);
            AttributeCursor attrs = attributes();
            while (attrs.next()) {
                if (attrs.type() < INDEXED_TYPES) {
                    offsets[attrs.type()] = attrs.offset();
                }
            }
            indexed = true;
        }
        int type = row.type();
        if (type >= INDEXED_TYPES || offsets[type] < 0) {
            return null;
        }
        single.wrap(buf, offsets[type], HostOrder.u16(buf, offsets[type]));
        single.next();
        return single;
    }

    /**
     * A cursor over all top-level attributes, before the first; owned by this view and reused.
     *
     * @return the cursor
     */
    public AttributeCursor attributes() {
        int start = header + NetlinkAlign.align(RtMsg.SIZE);
        return all.wrap(buf, start, message.offset() + message.length() - start);
    }

    /** {@return the route as a record, independent of the buffer} */
    public Route toRoute() {
        return RouteCodec.decode(message);
    }
}
