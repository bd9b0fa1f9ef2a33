package io.jnetlink.route.link;

import io.jnetlink.core.attr.RawAttributes;
import io.jnetlink.core.message.AttributeCursor;
import io.jnetlink.core.message.NetlinkAlign;
import io.jnetlink.core.message.NlAttr;
import io.netty.buffer.ByteBuf;
import java.util.Arrays;

/**
 * The attributes of one message that a record does not type, noted as ranges of the receive
 * buffer (adjacent attributes merged into one range) and copied at the end into as few arrays
 * as possible, so keeping them costs a few allocations and bulk copies.
 *
 * <p>The large members of {@code IFLA_AF_SPEC}'s IPv4 and IPv6 parts (the per-device
 * configuration arrays and the IPv6 counters, several hundred bytes together) are usually the
 * same from one link to the next: such a member is kept as a separate array, and when it
 * equals the one the previous message carried under the same family and type, that array is
 * shared instead of copied. {@link RawAttributes} never modifies its arrays, so sharing is
 * invisible to its readers.
 *
 * <p>Owned by a {@link LinkView} and reused for every message; not thread-safe.
 */
final class UntypedRanges {
    /** Members of {@code IFLA_AF_SPEC} with at least this many value bytes may be shared. */
    static final int SHARED_MIN = 64;
    private static final int AF_INET = 2;
    private static final int CACHED = 8;

    private static final int START = 0;
    private static final int PADDED_END = 1;
    private static final int END = 2;
    private static final int SHARED = 3;
    private static final int SLOTS = 4;

    /**
     * Per range: start, end with padding, end without the last attribute's padding, and the
     * index of its array in {@link #shared} (or -1 for bytes copied from the buffer).
     */
    private int[] ranges = new int[SLOTS * 8];
    private int used;
    private int size;
    private byte[][] shared = new byte[4][];
    private int sharedCount;

    // The members seen last, by family << 16 | type: reused while the next message repeats them.
    private final int[] cachedKeys = new int[CACHED];
    private final byte[][] cachedValues = new byte[CACHED][];
    private int nextVictim;
    private byte[] scratch; // for comparing with a cached member; made when first needed

    /** Forgets every range noted so far (the cache of shared members stays). */
    UntypedRanges clear() {
        used = 0;
        size = 0;
        Arrays.fill(shared, 0, sharedCount, null);
        sharedCount = 0;
        return this;
    }

    /** Notes the current attribute of {@code a}, header and padding included. */
    void add(AttributeCursor a) {
        int start = a.offset();
        int length = NlAttr.SIZE + a.valueLength();
        addCopied(start, start + length, start + NetlinkAlign.align(length));
    }

    /**
     * Notes the current attribute of {@code spec}, an {@code IFLA_AF_SPEC}, like {@link #add},
     * with its large IPv4 and IPv6 members shared with the previous message's equal ones.
     */
    void addAddressFamilies(ByteBuf buf, AttributeCursor spec) {
        int start = spec.offset();
        int length = NlAttr.SIZE + spec.valueLength();
        int copiedFrom = start;
        AttributeCursor families = spec.nested();
        while (families.next()) {
            int family = families.type();
            if (family != AF_INET && family != LinkAttributes.AF_INET6) {
                continue; // other families' contents are not known to be nested attributes
            }
            AttributeCursor members = families.nested();
            while (members.next()) {
                int memberLength = NlAttr.SIZE + members.valueLength();
                if (members.valueLength() >= SHARED_MIN && memberLength == NetlinkAlign.align(memberLength)) {
                    addCopied(copiedFrom, members.offset(), members.offset());
                    addShared(intern(family << 16 | members.type(), buf, members.offset(), memberLength));
                    copiedFrom = members.offset() + memberLength;
                }
            }
        }
        addCopied(copiedFrom, start + length, start + NetlinkAlign.align(length));
    }

    private void addCopied(int start, int end, int paddedEnd) {
        size += paddedEnd - start;
        if (used > 0 && ranges[used - SLOTS + SHARED] < 0 && ranges[used - SLOTS + PADDED_END] == start) {
            ranges[used - SLOTS + PADDED_END] = paddedEnd;
            ranges[used - SLOTS + END] = end;
            return;
        }
        note(start, end, paddedEnd, -1);
    }

    private void addShared(byte[] bytes) {
        size += bytes.length;
        if (sharedCount == shared.length) {
            shared = Arrays.copyOf(shared, sharedCount * 2);
        }
        shared[sharedCount] = bytes;
        note(0, 0, 0, sharedCount++);
    }

    private void note(int start, int end, int paddedEnd, int sharedIndex) {
        if (used == ranges.length) {
            ranges = Arrays.copyOf(ranges, used * 2);
        }
        ranges[used + START] = start;
        ranges[used + PADDED_END] = paddedEnd;
        ranges[used + END] = end;
        ranges[used + SHARED] = sharedIndex;
        used += SLOTS;
    }

    /** The {@code length} bytes at {@code start}: the cached array for {@code key} when equal, else a new copy. */
    private byte[] intern(int key, ByteBuf buf, int start, int length) {
        int slot = 0;
        while (slot < CACHED && (cachedValues[slot] == null || cachedKeys[slot] != key)) {
            slot++;
        }
        byte[] copy;
        if (slot < CACHED && cachedValues[slot].length == length) {
            if (scratch == null || scratch.length < length) {
                scratch = new byte[length];
            }
            buf.getBytes(start, scratch, 0, length);
            if (Arrays.equals(cachedValues[slot], 0, length, scratch, 0, length)) {
                return cachedValues[slot];
            }
            copy = Arrays.copyOf(scratch, length);
        } else {
            copy = new byte[length];
            buf.getBytes(start, copy);
        }
        if (slot == CACHED) {
            slot = nextVictim;
            nextVictim = (nextVictim + 1) % CACHED;
        }
        cachedKeys[slot] = key;
        cachedValues[slot] = copy;
        return copy;
    }

    /**
     * The noted attributes: runs of copied ranges copied from {@code buf} into one array each,
     * shared members as they are. The last attribute of a message may come without its
     * padding; the copy pads it with zeros.
     */
    RawAttributes copy(ByteBuf buf) {
        if (size == 0) {
            return RawAttributes.EMPTY;
        }
        if (sharedCount == 0) {
            return RawAttributes.wrap(copyRun(buf, 0, used, size));
        }
        int count = 0;
        for (int i = 0, end; i < used; i = end) {
            end = endOfRun(i);
            if (runSize(i, end) > 0) {
                count++;
            }
        }
        byte[][] segments = new byte[count][];
        int segment = 0;
        for (int i = 0, end; i < used; i = end) {
            end = endOfRun(i);
            int runSize = runSize(i, end);
            if (runSize > 0) {
                segments[segment++] = ranges[i + SHARED] >= 0 ? shared[ranges[i + SHARED]] : copyRun(buf, i, end, runSize);
            }
        }
        return RawAttributes.wrap(segments, size);
    }

    /** The copied ranges from index {@code from} to {@code to}, {@code size} bytes with padding. */
    private byte[] copyRun(ByteBuf buf, int from, int to, int size) {
        byte[] bytes = new byte[size];
        int at = 0;
        for (int i = from; i < to; i += SLOTS) {
            int start = ranges[i + START];
            buf.getBytes(start, bytes, at, ranges[i + END] - start);
            at += ranges[i + PADDED_END] - start;
        }
        return bytes;
    }

    /** Index after the run starting at {@code i}: one shared range, or consecutive copied ranges. */
    private int endOfRun(int i) {
        if (ranges[i + SHARED] >= 0) {
            return i + SLOTS;
        }
        int j = i;
        while (j < used && ranges[j + SHARED] < 0) {
            j += SLOTS;
        }
        return j;
    }

    private int runSize(int from, int to) {
        if (ranges[from + SHARED] >= 0) {
            return shared[ranges[from + SHARED]].length;
        }
        int bytes = 0;
        for (int i = from; i < to; i += SLOTS) {
            bytes += ranges[i + PADDED_END] - ranges[i + START];
        }
        return bytes;
    }
}
