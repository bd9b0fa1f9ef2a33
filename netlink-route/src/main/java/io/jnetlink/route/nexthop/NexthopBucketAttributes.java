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
 * {@code NHA_RES_BUCKET_*} (linux/nexthop.h): one bucket of a resilient nexthop group, nested in
 * {@link NexthopAttributes#RES_BUCKET} ({@code ip nexthop bucket}). One row per attribute, in the
 * order ip prints them; complete against the header ({@code NHA_RES_BUCKET_PAD}, 0, aligns the
 * 64-bit value). A dump request may carry {@link #NH_ID} to select the buckets of one nexthop.
 */
public final class NexthopBucketAttributes {
    /** The {@code NHA_RES_BUCKET_*} set. */
    public static final AttributeSet SET = new AttributeSet("NHA_RES_BUCKET");

    /** The bucket's index in its group ({@code index N}). */
    public static final Attribute<Integer> INDEX = SET.add(1, "NHA_RES_BUCKET_INDEX", U16, READ_WRITE, NONE,
            as("index", NUMBER));
    /** How long the bucket has been idle, in hundredths of a second ({@code idle_time S}). */
    public static final Attribute<Long> IDLE_TIME = SET.add(2, "NHA_RES_BUCKET_IDLE_TIME", U64, READ_ONLY,
            CENTISECONDS, as("idle_time", CUSTOM));
    /** The nexthop the bucket sends to ({@code nhid N}). */
    public static final Attribute<Long> NH_ID = SET.add(3, "NHA_RES_BUCKET_NH_ID", U32_LONG, READ_WRITE, NONE,
            as("nhid", NUMBER));

    /** {@code NHA_RES_BUCKET_PAD}: aligns 64-bit values, carries nothing. */
    public static final int PAD = 0;

    static {
        SET.ignore(PAD);
    }

    private NexthopBucketAttributes() {
    }
}
