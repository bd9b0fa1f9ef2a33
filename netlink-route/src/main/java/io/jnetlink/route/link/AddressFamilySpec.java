package io.jnetlink.route.link;

import io.jnetlink.core.attr.RawAttributes;
import io.jnetlink.core.attr.ValueType;
import io.jnetlink.core.message.AttributeCursor;
import io.jnetlink.core.message.NetlinkAlign;
import io.jnetlink.core.message.NlAttr;
import io.netty.buffer.ByteBuf;
import java.util.Arrays;

/**
 * {@code IFLA_AF_SPEC} of a link, kept raw (its members, per address family) at little cost. Its
 * value is cut into pieces: each family's header and each member of the IPv4 and IPv6 parts (the
 * per-device configuration arrays, the IPv6 counters, flags, cache times ...). A piece equal to the
 * one the previous link had at the same place is shared instead of copied: from one link to the
 * next most are the same, so a dump keeps one copy of them. {@link RawAttributes} never modifies
 * its arrays, so sharing is invisible to its readers.
 *
 * <p>One decoder per thread (a link dump is decoded on one thread), kept between dumps.
 */
final class AddressFamilySpec {
    private static final int AF_INET = 2;
    private static final int AF_INET6 = 10;

    private static final ThreadLocal<AddressFamilySpec> DECODERS = ThreadLocal.withInitial(AddressFamilySpec::new);

    /** {@code IFLA_AF_SPEC} as an attribute value. */
    static final ValueType<RawAttributes> TYPE = ValueType.of(RawAttributes.class,
            a -> DECODERS.get().decode(a), (w, type, members) -> w.attrBytes(type, members.toByteArray()));

    /** The pieces of the value being decoded, as offsets in the buffer. */
    private int[] pieceStart = new int[32];
    private int[] pieceEnd = new int[32];
    private int pieces;
    /** The previous link's pieces, by place, shared while equal. */
    private byte[][] previous = new byte[32][];
    private byte[] scratch = new byte[256];

    private RawAttributes decode(AttributeCursor spec) {
        pieces = 0;
        int end = spec.valueOffset() + spec.valueLength();
        AttributeCursor families = spec.nested();
        int at = spec.valueOffset();
        while (families.next()) {
            int family = families.type();
            if (family != AF_INET && family != AF_INET6) {
                continue; // other families' contents are not known to be nested attributes: one piece
            }
            add(at, families.valueOffset()); // everything up to this family's members
            AttributeCursor members = families.nested();
            while (members.next()) {
                int memberEnd = Math.min(members.offset() + NetlinkAlign.align(NlAttr.SIZE + members.valueLength()), end);
                add(members.offset(), memberEnd);
                at = memberEnd;
            }
            at = Math.max(at, families.valueOffset());
        }
        add(at, end);
        return build(spec.buffer(), spec.valueLength());
    }

    private void add(int start, int end) {
        if (end <= start) {
            return;
        }
        if (pieces == pieceStart.length) {
            pieceStart = Arrays.copyOf(pieceStart, pieces * 2);
            pieceEnd = Arrays.copyOf(pieceEnd, pieces * 2);
        }
        pieceStart[pieces] = start;
        pieceEnd[pieces] = end;
        pieces++;
    }

    private RawAttributes build(ByteBuf buf, int length) {
        if (previous.length < pieces) {
            previous = Arrays.copyOf(previous, pieces);
        }
        byte[][] segments = new byte[pieces][];
        for (int i = 0; i < pieces; i++) {
            segments[i] = intern(i, buf, pieceStart[i], pieceEnd[i] - pieceStart[i]);
        }
        return RawAttributes.wrap(segments, length);
    }

    /** The piece's bytes: the previous link's array at this place when equal, else a new copy. */
    private byte[] intern(int place, ByteBuf buf, int start, int length) {
        byte[] before = previous[place];
        if (before != null && before.length == length) {
            if (scratch.length < length) {
                scratch = new byte[length];
            }
            buf.getBytes(start, scratch, 0, length);
            if (Arrays.equals(before, 0, length, scratch, 0, length)) {
                return before;
            }
        }
        byte[] copy = new byte[length];
        buf.getBytes(start, copy);
        previous[place] = copy;
        return copy;
    }
}
