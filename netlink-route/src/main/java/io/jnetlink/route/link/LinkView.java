package io.jnetlink.route.link;


import io.jnetlink.core.NetlinkParseException;
import io.jnetlink.core.message.AttributeCursor;
import io.jnetlink.core.message.HostOrder;
import io.jnetlink.core.message.MessageCursor;
import io.jnetlink.core.message.NetlinkAlign;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.Arrays;

/**
 * A flyweight over one {@code RTM_NEWLINK} message in the receive buffer: the {@code ifinfomsg}
 * fields and the top-level attributes, read in place. The first lookup by type walks the
 * attributes once and remembers where each type starts, so every later accessor is a direct
 * read; a reader that walks {@link #attributes()} itself, as {@link Link#from} does, skips that
 * walk. Nothing is allocated, except by the methods documented to return a {@code String}.
 *
 * <p>Valid only while the buffer holds the message: inside a {@link LinkVisitor} callback, only
 * during the call. Build a {@link Link} with {@link Link#from(LinkView)} to keep the data.
 * Not thread-safe.
 */
public final class LinkView {
    /** Keeps the attributes {@link LinkAttributes} does not name, for {@link Link#from}; reused per message. */
    private final io.jnetlink.core.attr.RawAttributesBuilder unknown = new io.jnetlink.core.attr.RawAttributesBuilder();
    /** Attribute types beyond this are not indexed (still visible through {@link #attributes()}). */
    static final int INDEXED_TYPES = 64;

    private final int[] offsets = new int[INDEXED_TYPES];
    private final AttributeCursor all = new AttributeCursor();
    private final AttributeCursor single = new AttributeCursor();
    private final AttributeCursor indexer = new AttributeCursor();
    private final AttributeCursor empty = new AttributeCursor();
    private ByteBuf buf;
    private int header = -1;
    private int attributesOffset;
    private int attributesLength;
    private boolean indexed;

    /**
     * Points this view at the current message of {@code message}, which must be an
     * {@code RTM_NEWLINK} or {@code RTM_DELLINK}.
     *
     * @param message positioned on the link message; not null
     * @return this view
     * @throws NetlinkParseException if the message is too short for its {@code ifinfomsg}; a
     *                               malformed attribute is reported by the first accessor that
     *                               reads past it
     */
    public LinkView wrap(MessageCursor message) {
        buf = message.buffer();
        header = message.familyHeader(IfInfoMsg.SIZE);
        attributesOffset = header + NetlinkAlign.align(IfInfoMsg.SIZE);
        attributesLength = message.offset() + message.length() - attributesOffset;
        indexed = false;
        return this;
    }

    /** Notes where each top-level type starts; done by the first lookup by type, once per message. */
    private void indexTypes() {
        Arrays.fill(offsets, -1);
        AttributeCursor attrs = indexer.wrap(buf, attributesOffset, attributesLength);
        while (attrs.next()) {
            int type = attrs.type();
            if (type < INDEXED_TYPES) {
                offsets[type] = attrs.offset();
            }
        }
        indexed = true;
    }

    /** {@return the {@code ifi_family}} */
    public int family() {
        return buf.getUnsignedByte(header + IfInfoMsg.FAMILY);
    }

    /** {@return the {@code ifi_index}} */
    public int ifindex() {
        return HostOrder.s32(buf, header + IfInfoMsg.INDEX);
    }

    /** {@return the {@code ifi_type}: the {@code ARPHRD_*} hardware type (1 = Ethernet, 772 = loopback)} */
    public int hardwareType() {
        return HostOrder.u16(buf, header + IfInfoMsg.TYPE);
    }

    /** {@return the {@code ifi_flags}: the {@code IFF_*} bits of {@link IfInfoMsg}} */
    public int flags() {
        return HostOrder.s32(buf, header + IfInfoMsg.FLAGS);
    }

    /** {@return true when {@code IFF_UP} is set} */
    public boolean isUp() {
        return (flags() & IfInfoMsg.IFF_UP) != 0;
    }

    /**
     * True when the message carries attribute {@code type} at the top level.
     *
     * @param type an {@code IFLA_*} number
     * @return true when it is there
     */
    public boolean has(int type) {
        if (!indexed) {
            indexTypes();
        }
        return type >= 0 && type < INDEXED_TYPES && offsets[type] >= 0;
    }

    /**
     * A cursor positioned on the top-level attribute {@code type}, or null when absent. The
     * cursor is owned by this view and reused by the next call.
     *
     * @param type an {@code IFLA_*} number
     * @return the cursor, or null
     */
    public AttributeCursor attribute(int type) {
        if (!has(type)) {
            return null;
        }
        int at = offsets[type];
        single.wrap(buf, at, HostOrder.u16(buf, at));
        single.next();
        return single;
    }

    /**
     * A cursor over all top-level attributes, before the first; owned by this view and reused
     * by the next call.
     *
     * @return the cursor
     */
    public AttributeCursor attributes() {
        return all.wrap(buf, attributesOffset, attributesLength);
    }

    /**
     * The u32 attribute {@code type}, or {@code absent} when the message lacks it.
     *
     * @param type   an {@code IFLA_*} number
     * @param absent what to return when it is missing
     * @return the value, or {@code absent}
     */
    public int u32(int type, int absent) {
        AttributeCursor a = attribute(type);
        return a == null ? absent : a.s32();
    }

    /**
     * The u8 attribute {@code type}, or {@code absent} when the message lacks it.
     *
     * @param type   an {@code IFLA_*} number
     * @param absent what to return when it is missing
     * @return the value, or {@code absent}
     */
    public int u8(int type, int absent) {
        AttributeCursor a = attribute(type);
        return a == null ? absent : a.u8();
    }

    /**
     * The string attribute {@code type}, or null when absent (allocates a {@code String}).
     *
     * @param type an {@code IFLA_*} number
     * @return the text, or null
     */
    public String string(int type) {
        AttributeCursor a = attribute(type);
        return a == null ? null : a.string();
    }

    /** {@return the {@code IFLA_IFNAME} (allocates a {@code String})} */
    public String name() {
        return string(LinkAttributes.IFNAME.type());
    }

    /**
     * True when {@code IFLA_IFNAME} equals {@code name}, compared in place without allocating.
     *
     * @param name the name to compare with; not null
     * @return true when they are equal
     */
    public boolean nameEquals(String name) {
        AttributeCursor a = attribute(LinkAttributes.IFNAME.type());
        return a != null && a.stringEquals(name);
    }

    /** {@return the {@code IFLA_MTU} in bytes, or -1 when absent} */
    public int mtu() {
        return u32(LinkAttributes.MTU.type(), -1);
    }

    /** {@return the {@code IFLA_MASTER}: index of the master (bridge, bond), 0 when none} */
    public int masterIfindex() {
        return u32(LinkAttributes.MASTER.type(), 0);
    }

    /** {@return the {@code IFLA_LINK}: index of the parent or veth peer, 0 when absent} */
    public int linkIfindex() {
        return u32(LinkAttributes.LINK.type(), 0);
    }

    /** {@return the {@code IFLA_OPERSTATE} as an RFC 2863 state} */
    public OperState operState() {
        return OperState.of(u8(LinkAttributes.OPERSTATE.type(), 0));
    }

    /** {@return the {@code IFLA_TXQLEN} in packets, or -1 when absent} */
    public int txQueueLength() {
        return u32(LinkAttributes.TXQLEN.type(), -1);
    }

    /**
     * True when {@code LinkAttributes.LINKINFO.type()/IFLA_INFO_KIND} equals {@code kind}, without allocating.
     *
     * @param kind the kind to compare with; not null
     * @return true when they are equal
     */
    public boolean kindEquals(String kind) {
        AttributeCursor info = attribute(LinkAttributes.LINKINFO.type());
        if (info == null) {
            return false;
        }
        AttributeCursor nested = info.nested();
        while (nested.next()) {
            if (nested.type() == LinkInfoAttributes.KIND.type()) {
                return nested.stringEquals(kind);
            }
        }
        return false;
    }

    /**
     * One counter of {@code IFLA_STATS64}, by its position in {@code struct rtnl_link_stats64}
     * (see {@link LinkStats}), or -1 when absent or shorter; no allocation.
     *
     * @param field the counter's index in {@code struct rtnl_link_stats64}, 0 or more
     * @return the counter, or -1
     */
    public long stat(int field) {
        AttributeCursor a = attribute(LinkAttributes.STATS64.type());
        return a == null ? -1 : LinkStats.counter(a, field, -1);
    }

    /** A cursor over no attributes, for codecs of links that came without kind data. */
    AttributeCursor emptyAttributes() {
        return empty.wrap(Unpooled.EMPTY_BUFFER, 0, 0);
    }

    /** The buffer this view reads. */
    ByteBuf buffer() {
        return buf;
    }

    /** The sink {@link Link#from} hands unnamed attributes to; empty again after each build. */
    io.jnetlink.core.attr.RawAttributesBuilder unknownAttributes() {
        return unknown;
    }
}
