package io.jnetlink.route.routing;

import static io.jnetlink.core.attr.Access.READ_WRITE;
import static io.jnetlink.core.attr.Display.as;
import static io.jnetlink.core.attr.Format.CUSTOM;
import static io.jnetlink.core.attr.Format.NUMBER;
import static io.jnetlink.core.attr.Unit.BYTES;
import static io.jnetlink.core.attr.Unit.MILLISECONDS;
import static io.jnetlink.core.attr.Unit.NONE;
import static io.jnetlink.core.attr.Unit.PACKETS;
import static io.jnetlink.core.attr.ValueType.U32;

import io.jnetlink.core.attr.Attribute;
import io.jnetlink.core.attr.AttributeSet;
import io.jnetlink.core.attr.Display;
import io.jnetlink.core.attr.Format;
import io.jnetlink.core.attr.ValueType;
import io.jnetlink.core.message.AttributeCursor;

/**
 * {@code RTAX_*} (linux/rtnetlink.h): the metrics nested in a route's {@link RouteAttributes#METRICS},
 * which {@code ip route} prints after the cache information ({@code mtu 1400 advmss 1360}). One row
 * per metric, in the order {@code ip} prints them (by number); complete against the kernel's
 * {@code rt-route.yaml} ({@code metrics}). Read with {@link Route#metric(Attribute)}, set with
 * {@link RouteRequest#withMetric(Attribute, Object)}. The numeric metrics are {@code u32} values
 * read as the 32 bits of an {@link Integer}.
 */
public final class RouteMetricAttributes {
    /** The {@code RTAX_*} set. */
    public static final AttributeSet SET = new AttributeSet("RTAX");

    /** A string read up to its NUL or its end, written without a NUL. */
    private static final ValueType<String> UNTERMINATED_STRING = ValueType.of(String.class, AttributeCursor::string,
            (w, t, v) -> w.attrStringNoNul(t, v));

    /**
     * Bit {@code 1 << RTAX_x} set for each metric the kernel must not change on its own
     * ({@code mtu lock 1400}); ip writes {@code lock} before the value of each locked metric.
     */
    public static final Attribute<Integer> LOCK = SET.add(1, "RTAX_LOCK", U32, READ_WRITE, NONE, new Display("lock", null, CUSTOM));
    /** Path MTU. */
    public static final Attribute<Integer> MTU = SET.add(2, "RTAX_MTU", U32, READ_WRITE, BYTES, as("mtu", NUMBER));
    /** Largest TCP window to advertise. */
    public static final Attribute<Integer> WINDOW = SET.add(3, "RTAX_WINDOW", U32, READ_WRITE, BYTES, as("window", NUMBER));
    /** Initial TCP round-trip time estimate, in eighths of a millisecond (ip prints milliseconds). */
    public static final Attribute<Integer> RTT = SET.add(4, "RTAX_RTT", U32, READ_WRITE, NONE, as("rtt", CUSTOM));
    /** Initial TCP round-trip time variance, in quarters of a millisecond (ip prints milliseconds). */
    public static final Attribute<Integer> RTTVAR = SET.add(5, "RTAX_RTTVAR", U32, READ_WRITE, NONE, as("rttvar", CUSTOM));
    /** Initial TCP slow-start threshold, in segments. */
    public static final Attribute<Integer> SSTHRESH = SET.add(6, "RTAX_SSTHRESH", U32, READ_WRITE, PACKETS, as("ssthresh", NUMBER));
    /** TCP congestion window clamp, in segments. */
    public static final Attribute<Integer> CWND = SET.add(7, "RTAX_CWND", U32, READ_WRITE, PACKETS, as("cwnd", NUMBER));
    /** Largest TCP segment to advertise. */
    public static final Attribute<Integer> ADVMSS = SET.add(8, "RTAX_ADVMSS", U32, READ_WRITE, BYTES, as("advmss", NUMBER));
    /** Initial TCP reordering estimate, in segments. */
    public static final Attribute<Integer> REORDERING = SET.add(9, "RTAX_REORDERING", U32, READ_WRITE, PACKETS, as("reordering", NUMBER));
    /** Hop limit (TTL) of packets along the route; the kernel reports -1 (all bits) for unset, which ip leaves out. */
    public static final Attribute<Integer> HOPLIMIT = SET.add(10, "RTAX_HOPLIMIT", U32, READ_WRITE, NONE, as("hoplimit", CUSTOM));
    /** Initial TCP congestion window, in segments. */
    public static final Attribute<Integer> INITCWND = SET.add(11, "RTAX_INITCWND", U32, READ_WRITE, PACKETS, as("initcwnd", NUMBER));
    /** {@code RTAX_FEATURE_*} bits; ip names {@code ecn} (bit 0) and prints other bits in hex. */
    public static final Attribute<Integer> FEATURES = SET.add(12, "RTAX_FEATURES", U32, READ_WRITE, NONE, as("features", CUSTOM));
    /** Smallest TCP retransmission timeout. */
    public static final Attribute<Integer> RTO_MIN = SET.add(13, "RTAX_RTO_MIN", U32, READ_WRITE, MILLISECONDS, as("rto_min", CUSTOM));
    /** Initial TCP receive window to advertise, in segments. */
    public static final Attribute<Integer> INITRWND = SET.add(14, "RTAX_INITRWND", U32, READ_WRITE, PACKETS, as("initrwnd", NUMBER));
    /** 1 to turn TCP delayed acknowledgements off. */
    public static final Attribute<Integer> QUICKACK = SET.add(15, "RTAX_QUICKACK", U32, READ_WRITE, NONE, as("quickack", NUMBER));
    /**
     * TCP congestion control algorithm: a string, unlike the other metrics ({@code congctl} in text,
     * {@code congestion} in JSON); sent without a NUL, as ip sends it (the kernel accepts either).
     */
    public static final Attribute<String> CC_ALGO = SET.add(16, "RTAX_CC_ALGO", UNTERMINATED_STRING, READ_WRITE, NONE, new Display("congctl", "congestion", Format.STRING));
    /** 1 to allow TCP Fast Open without a cookie. */
    public static final Attribute<Integer> FASTOPEN_NO_COOKIE = SET.add(17, "RTAX_FASTOPEN_NO_COOKIE", U32, READ_WRITE, NONE, as("fastopen_no_cookie", NUMBER));

    /** {@code RTAX_FEATURE_ECN}: the bit of {@link #FEATURES} ip names {@code ecn}. */
    public static final int FEATURE_ECN = 1;

    private RouteMetricAttributes() {
    }
}
