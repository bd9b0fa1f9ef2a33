package io.jnetlink.route.nexthop;

import static io.jnetlink.core.attr.Access.READ_ONLY;
import static io.jnetlink.core.attr.Access.READ_WRITE;
import static io.jnetlink.core.attr.Display.as;
import static io.jnetlink.core.attr.Format.CUSTOM;
import static io.jnetlink.core.attr.Format.NUMBER;
import static io.jnetlink.core.attr.Unit.CENTISECONDS;
import static io.jnetlink.core.attr.Unit.NONE;
import static io.jnetlink.core.attr.ValueType.U16;
import static io.jnetlink.core.attr.ValueType.U32_LONG;
import static io.jnetlink.core.attr.ValueType.U64;

import io.jnetlink.core.attr.Attribute;
import io.jnetlink.core.attr.AttributeSet;

/**
 * {@code NHA_RES_GROUP_*} (linux/nexthop.h): the options of a resilient nexthop group, nested in
 * {@link NexthopAttributes#RES_GROUP}. One row per attribute, in the order {@code ip nexthop}
 * prints them; complete against the header ({@code NHA_RES_GROUP_PAD}, 0, aligns the 64-bit value).
 * The timers are {@code clock_t}: hundredths of a second; ip reads and prints whole seconds.
 */
public final class ResilientGroupAttributes {
    /** The {@code NHA_RES_GROUP_*} set. */
    public static final AttributeSet SET = new AttributeSet("NHA_RES_GROUP");

    /** Number of buckets the group's traffic is spread over ({@code buckets N}). */
    public static final Attribute<Integer> BUCKETS = SET.add(1, "NHA_RES_GROUP_BUCKETS", U16, READ_WRITE, NONE,
            as("buckets", NUMBER));
    /** How long a bucket must be idle before it may move to another nexthop ({@code idle_timer S}). */
    public static final Attribute<Long> IDLE_TIMER = SET.add(2, "NHA_RES_GROUP_IDLE_TIMER", U32_LONG, READ_WRITE,
            CENTISECONDS, as("idle_timer", CUSTOM));
    /** How long the group may stay unbalanced before buckets move even if busy ({@code unbalanced_timer S}; 0: never). */
    public static final Attribute<Long> UNBALANCED_TIMER = SET.add(3, "NHA_RES_GROUP_UNBALANCED_TIMER", U32_LONG,
            READ_WRITE, CENTISECONDS, as("unbalanced_timer", CUSTOM));
    /** How long the group has been unbalanced (reported only). */
    public static final Attribute<Long> UNBALANCED_TIME = SET.add(4, "NHA_RES_GROUP_UNBALANCED_TIME", U64, READ_ONLY,
            CENTISECONDS, as("unbalanced_time", CUSTOM));

    /** {@code NHA_RES_GROUP_PAD}: aligns 64-bit values, carries nothing. */
    public static final int PAD = 0;

    static {
        SET.ignore(PAD);
    }

    private ResilientGroupAttributes() {
    }
}
