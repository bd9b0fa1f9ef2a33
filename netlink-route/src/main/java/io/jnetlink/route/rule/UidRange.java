package io.jnetlink.route.rule;

import io.jnetlink.core.attr.ValueType;

/**
 * The user ids a rule applies to, both ends inclusive: {@code struct fib_rule_uid_range}, two
 * host-order {@code u32}s ({@code ip rule add uidrange 1000-1999}).
 *
 * @param start the first user id, 0 to 2^32-1
 * @param end   the last user id, 0 to 2^32-1 (the kernel refuses an end below the start)
 */
public record UidRange(long start, long end) {
    /** The struct as an attribute value. */
    public static final ValueType<UidRange> TYPE = ValueType.u32Struct(UidRange.class, 2,
            members -> new UidRange(members[0], members[1]), range -> new long[] {range.start, range.end});

    private static final long U32_MAX = 0xffffffffL;

    /**
     * Checks the ids.
     *
     * @param start the first user id, 0 to 2^32-1
     * @param end   the last user id, 0 to 2^32-1
     * @throws IllegalArgumentException for an id outside 0 to 2^32-1
     */
    public UidRange {
        if (start < 0 || start > U32_MAX || end < 0 || end > U32_MAX) {
            throw new IllegalArgumentException("user ids must be 0 to 4294967295: " + start + "-" + end);
        }
    }
}
