package io.jnetlink.route.link;

import io.jnetlink.core.message.AttributeCursor;
import io.jnetlink.core.message.NetlinkAlign;
import io.jnetlink.core.message.NlAttr;
import io.netty.buffer.ByteBuf;
import java.util.Arrays;

/**
 * The attributes of one message that a record does not type, noted as ranges of the receive
 * buffer (adjacent attributes merged into one range) and copied at the end into a single array,
 * so keeping them costs one allocation and a few bulk copies. Owned by a {@link LinkView} and
 * reused for every message; not thread-safe.
 */
final class UntypedRanges {
    private static final int START = 0;
    private static final int PADDED_END = 1;
    private static final int END = 2;
    private static final int SLOTS = 3;

    /** start, end with padding, end without the last attribute's padding; per range. */
    private int[] ranges = new int[SLOTS * 8];
    private int used;
    private int size;

    /** Forgets every range noted so far. */
    UntypedRanges clear() {
        used = 0;
        size = 0;
        return this;
    }

    /** Notes the current attribute of {@code a}, header and padding included. */
    void add(AttributeCursor a) {
        int start = a.offset();
        int length = NlAttr.SIZE + a.valueLength();
        int padded = NetlinkAlign.align(length);
        size += padded;
        if (used > 0 && ranges[used - SLOTS + PADDED_END] == start) {
            ranges[used - SLOTS + PADDED_END] = start + padded;
            ranges[used - SLOTS + END] = start + length;
            return;
        }
        if (used == ranges.length) {
            ranges = Arrays.copyOf(ranges, used * 2);
        }
        ranges[used + START] = start;
        ranges[used + PADDED_END] = start + padded;
        ranges[used + END] = start + length;
        used += SLOTS;
    }

    /**
     * The noted attributes copied from {@code buf} into one array. The last attribute of a
     * message may come without its padding; the copy pads it with zeros.
     */
    RawAttributes copy(ByteBuf buf) {
        if (size == 0) {
            return RawAttributes.EMPTY;
        }
        byte[] bytes = new byte[size];
        int at = 0;
        for (int i = 0; i < used; i += SLOTS) {
            int start = ranges[i + START];
            buf.getBytes(start, bytes, at, ranges[i + END] - start);
            at += ranges[i + PADDED_END] - start;
        }
        return RawAttributes.wrap(bytes);
    }
}
