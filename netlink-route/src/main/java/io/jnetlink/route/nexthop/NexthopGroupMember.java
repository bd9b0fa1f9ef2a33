package io.jnetlink.route.nexthop;

import io.jnetlink.core.NetlinkParseException;
import io.jnetlink.core.attr.ValueType;
import io.jnetlink.core.message.AttributeCursor;
import io.jnetlink.core.message.HostOrder;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.route.internal.Arguments;
import java.util.ArrayList;
import java.util.List;

/**
 * One member of a nexthop group: a {@code struct nexthop_grp} of {@link NexthopAttributes#GROUP}
 * ({@code group 1/2,3}: nexthop 1 with weight 1, nexthop 2 with weight 3). Immutable; equal by value.
 *
 * @param id     the member nexthop's id, 1 to 2^32-1
 * @param weight its share of the traffic, 1 to 256 (sent as {@code weight - 1})
 */
public record NexthopGroupMember(long id, int weight) {
    /** The value type of {@link NexthopAttributes#GROUP}: an array of {@code struct nexthop_grp}. */
    @SuppressWarnings("unchecked")
    public static final ValueType<List<NexthopGroupMember>> LIST = ValueType.of(
            (Class<List<NexthopGroupMember>>) (Class<?>) List.class, NexthopGroupMember::decodeAll,
            NexthopGroupMember::encodeAll);

    /** The largest weight: the kernel keeps {@code weight - 1} in a byte. */
    public static final int MAX_WEIGHT = 256;
    /** {@code sizeof(struct nexthop_grp)}: id u32, weight u8, resvd1 u8, resvd2 u16. */
    private static final int SIZE = 8;
    private static final int WEIGHT = 4;

    /**
     * Checks the fields.
     *
     * @param id     the member nexthop's id, 1 to 2^32-1
     * @param weight 1 to 256
     * @throws IllegalArgumentException when a field is out of range
     */
    public NexthopGroupMember {
        Arguments.inRange(id, 1, 0xffffffffL, "nexthop group member id");
        Arguments.inRange(weight, 1, MAX_WEIGHT, "nexthop group member weight");
    }

    /**
     * A member of weight 1.
     *
     * @param id the member nexthop's id, 1 to 2^32-1
     * @return the member
     */
    public static NexthopGroupMember of(long id) {
        return new NexthopGroupMember(id, 1);
    }

    private static List<NexthopGroupMember> decodeAll(AttributeCursor a) {
        if (a.valueLength() % SIZE != 0) {
            throw new NetlinkParseException(a.offset(), "NHA_GROUP of " + a.valueLength() + " bytes is not an array of "
                    + SIZE + "-byte nexthop_grp");
        }
        List<NexthopGroupMember> members = new ArrayList<>(a.valueLength() / SIZE);
        for (int at = a.valueOffset(); at < a.valueOffset() + a.valueLength(); at += SIZE) {
            members.add(new NexthopGroupMember(HostOrder.s32(a.buffer(), at) & 0xffffffffL,
                    a.buffer().getUnsignedByte(at + WEIGHT) + 1));
        }
        return List.copyOf(members);
    }

    private static void encodeAll(MessageWriter writer, int type, List<NexthopGroupMember> members) {
        // An array of structures: the nest's length back-patching sizes it like any attribute.
        int token = writer.beginNested(type);
        for (NexthopGroupMember member : members) {
            writer.u32((int) member.id).u8(member.weight - 1).u8(0).u16(0);
        }
        writer.endNested(token);
    }
}
