package io.jnetlink.route.link;

import io.jnetlink.core.attr.ValueType;
import io.jnetlink.core.message.AttributeCursor;

/**
 * The 64-bit counters of {@code IFLA_STATS64} ({@code struct rtnl_link_stats64} in
 * linux/if_link.h), in the struct's order. Counters a kernel does not send (the struct grew
 * over time) read as 0.
 */
public record LinkStats(
        long rxPackets, long txPackets, long rxBytes, long txBytes,
        long rxErrors, long txErrors, long rxDropped, long txDropped,
        long multicast, long collisions,
        long rxLengthErrors, long rxOverErrors, long rxCrcErrors, long rxFrameErrors,
        long rxFifoErrors, long rxMissedErrors,
        long txAbortedErrors, long txCarrierErrors, long txFifoErrors, long txHeartbeatErrors,
        long txWindowErrors,
        long rxCompressed, long txCompressed, long rxNohandler, long rxOtherhostDropped) {

    /** Index of {@code rx_packets} for {@link LinkView#stat(int)}; the rest follow the struct. */
    public static final int RX_PACKETS = 0;
    /** Index of {@code tx_packets}. */
    public static final int TX_PACKETS = 1;
    /** Index of {@code rx_bytes}. */
    public static final int RX_BYTES = 2;
    /** Index of {@code tx_bytes}. */
    public static final int TX_BYTES = 3;

    /** {@code IFLA_STATS64} as an attribute value (read-only: the kernel reports it). */
    public static final ValueType<LinkStats> TYPE = ValueType.of(LinkStats.class, LinkStats::decode, (w, t, v) -> {
        throw new UnsupportedOperationException("counters are reported by the kernel, never sent");
    });

    /** Decodes the value of the current attribute of {@code a} ({@code IFLA_STATS64}). */
    private static LinkStats decode(AttributeCursor a) {
        return new LinkStats(at(a, 0), at(a, 1), at(a, 2), at(a, 3), at(a, 4), at(a, 5), at(a, 6), at(a, 7),
                at(a, 8), at(a, 9), at(a, 10), at(a, 11), at(a, 12), at(a, 13), at(a, 14), at(a, 15), at(a, 16),
                at(a, 17), at(a, 18), at(a, 19), at(a, 20), at(a, 21), at(a, 22), at(a, 23), at(a, 24));
    }

    private static long at(AttributeCursor a, int field) {
        return counter(a, field, 0);
    }

    /** Counter {@code field} of the struct, or {@code absent} when the (older, shorter) struct lacks it. */
    static long counter(AttributeCursor a, int field, long absent) {
        int offset = field * Long.BYTES;
        return field >= 0 && offset + Long.BYTES <= a.valueLength()
                ? a.u64(offset) : absent;
    }
}
