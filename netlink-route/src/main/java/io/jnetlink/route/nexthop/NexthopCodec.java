package io.jnetlink.route.nexthop;

import io.jnetlink.core.message.HostOrder;
import io.jnetlink.core.message.MessageCursor;
import io.jnetlink.core.message.MessageType;
import io.jnetlink.core.message.MessageWriter;
import io.netty.buffer.ByteBuf;

/**
 * Decodes {@code RTM_NEWNEXTHOP} messages into {@link Nexthop} records and writes nexthop
 * requests, gets and dumps, as {@code ip nexthop} writes them; the constants of
 * {@code <linux/nexthop.h>}. The header is
 * {@code struct nhmsg { u8 nh_family; u8 nh_scope; u8 nh_protocol; u8 resvd; u32 nh_flags; }};
 * the attributes are {@link NexthopAttributes}' rows.
 */
public final class NexthopCodec {
    /** {@code NEXTHOP_GRP_TYPE_MPATH}: hash-threshold group, the default. */
    public static final int NEXTHOP_GRP_TYPE_MPATH = 0;
    /** {@code NEXTHOP_GRP_TYPE_RES}: resilient group. */
    public static final int NEXTHOP_GRP_TYPE_RES = 1;

    /** {@code sizeof(struct nhmsg)}. */
    public static final int NHMSG_SIZE = 8;
    private static final int FAMILY = 0;
    private static final int SCOPE = 1;
    private static final int PROTOCOL = 2;
    private static final int FLAGS = 4;

    private NexthopCodec() {
    }

    /**
     * Decodes the nexthop message at {@code message}.
     *
     * @param message positioned on an {@code RTM_NEWNEXTHOP} or {@code RTM_DELNEXTHOP}; not null
     * @return the decoded record, independent of the buffer
     * @throws io.jnetlink.core.NetlinkParseException when the message is malformed
     */
    public static Nexthop decode(MessageCursor message) {
        ByteBuf buf = message.buffer();
        int header = message.familyHeader(NHMSG_SIZE);
        return new Nexthop(buf.getUnsignedByte(header + FAMILY), buf.getUnsignedByte(header + SCOPE),
                buf.getUnsignedByte(header + PROTOCOL), HostOrder.s32(buf, header + FLAGS),
                NexthopAttributes.SET.decode(message.attributes(NHMSG_SIZE)));
    }

    private static MessageWriter header(MessageWriter writer, int type, int flags, int family, int protocol,
            int nhFlags) {
        return writer.begin(type, flags).u8(family).u8(0).u8(protocol).u8(0).u32(nhFlags);
    }

    /**
     * Writes {@code request} as an {@code RTM_NEWNEXTHOP} or {@code RTM_DELNEXTHOP} message: its
     * header fields, then its attributes in the order they were set (ip's command-line order).
     *
     * @param writer  the writer to append the message to; not null
     * @param type    {@code RTM_NEWNEXTHOP} or {@code RTM_DELNEXTHOP}
     * @param flags   {@code NLM_F_*} beyond {@code NLM_F_REQUEST}
     * @param request what to write; not null
     */
    public static void write(MessageWriter writer, int type, int flags, NexthopRequest request) {
        header(writer, type, flags, request.family(), request.protocol(), request.flags());
        request.values().encode(writer);
    }

    /**
     * Writes the {@code RTM_GETNEXTHOP} or {@code RTM_DELNEXTHOP} of one nexthop by its id, as
     * {@code ip nexthop get} and {@code flush} do.
     *
     * @param writer the writer to append the message to; not null
     * @param type   {@code RTM_GETNEXTHOP} or {@code RTM_DELNEXTHOP}
     * @param id     the nexthop's id
     */
    public static void writeById(MessageWriter writer, int type, long id) {
        header(writer, type, 0, 0, 0, 0).attrU32(NexthopAttributes.ID.type(), (int) id);
    }

    /**
     * Decodes the nexthop-bucket message at {@code message}.
     *
     * @param message positioned on an {@code RTM_NEWNEXTHOPBUCKET}; not null
     * @return the decoded record, independent of the buffer
     * @throws io.jnetlink.core.NetlinkParseException when the message is malformed
     */
    public static NexthopBucket decodeBucket(MessageCursor message) {
        ByteBuf buf = message.buffer();
        int header = message.familyHeader(NHMSG_SIZE);
        return new NexthopBucket(buf.getUnsignedByte(header + FAMILY), HostOrder.s32(buf, header + FLAGS),
                NexthopAttributes.SET.decode(message.attributes(NHMSG_SIZE)));
    }

    /**
     * Writes an {@code RTM_GETNEXTHOPBUCKET} dump request for what {@code filter} selects, as
     * {@code ip nexthop bucket list} writes it: device, master, group id, then the nexthop id nested.
     *
     * @param writer the writer to append the message to; not null
     * @param filter the buckets wanted; not null
     */
    public static void writeBucketDump(MessageWriter writer, NexthopBucketFilter filter) {
        header(writer, MessageType.RTM_GETNEXTHOPBUCKET, 0, filter.family(), 0, 0);
        if (filter.ifindex() != 0) {
            writer.attrU32(NexthopAttributes.OIF.type(), filter.ifindex());
        }
        if (filter.masterIfindex() != 0) {
            writer.attrU32(NexthopAttributes.MASTER.type(), filter.masterIfindex());
        }
        if (filter.groupId() != 0) {
            writer.attrU32(NexthopAttributes.ID.type(), (int) filter.groupId());
        }
        if (filter.nexthopId() != 0) {
            NexthopAttributes.RES_BUCKET.valueType().encode(writer, NexthopAttributes.RES_BUCKET.type(),
                    NexthopBucketAttributes.SET.empty().with(NexthopBucketAttributes.NH_ID, filter.nexthopId()));
        }
    }

    /**
     * Writes the {@code RTM_GETNEXTHOPBUCKET} of bucket {@code index} of group {@code id}, as
     * {@code ip nexthop bucket get} writes it.
     *
     * @param writer the writer to append the message to; not null
     * @param id     the resilient group's id
     * @param index  the bucket's index, 0 to 65535
     */
    public static void writeBucketGet(MessageWriter writer, long id, int index) {
        header(writer, MessageType.RTM_GETNEXTHOPBUCKET, 0, 0, 0, 0).attrU32(NexthopAttributes.ID.type(), (int) id);
        NexthopAttributes.RES_BUCKET.valueType().encode(writer, NexthopAttributes.RES_BUCKET.type(),
                NexthopBucketAttributes.SET.empty().with(NexthopBucketAttributes.INDEX, index));
    }

    /**
     * Writes an {@code RTM_GETNEXTHOP} dump request for what {@code filter} selects, with the
     * attributes in ip's order: device, groups, master, FDB.
     *
     * @param writer the writer to append the message to; not null
     * @param filter the nexthops wanted; not null
     */
    public static void writeDump(MessageWriter writer, NexthopFilter filter) {
        header(writer, MessageType.RTM_GETNEXTHOP, 0, filter.family(), 0, 0);
        if (filter.ifindex() != 0) {
            writer.attrU32(NexthopAttributes.OIF.type(), filter.ifindex());
        }
        if (filter.groups()) {
            writer.attrFlag(NexthopAttributes.GROUPS.type());
        }
        if (filter.masterIfindex() != 0) {
            writer.attrU32(NexthopAttributes.MASTER.type(), filter.masterIfindex());
        }
        if (filter.fdb()) {
            writer.attrFlag(NexthopAttributes.FDB.type());
        }
    }
}
