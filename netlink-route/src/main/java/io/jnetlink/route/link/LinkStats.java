package io.jnetlink.route.link;

import io.jnetlink.core.message.AttributeCursor;
import io.jnetlink.core.message.HostOrder;

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

    private static final int FIELDS = 25;

    /** Decodes the value of the current attribute of {@code a} ({@code IFLA_STATS64}). */
    static LinkStats decode(AttributeCursor a) {
        long[] v = new long[FIELDS];
        int n = Math.min(FIELDS, a.valueLength() / Long.BYTES);
        for (int i = 0; i < n; i++) {
            v[i] = HostOrder.u64(a.buffer(), a.valueOffset() + i * Long.BYTES);
        }
        return new LinkStats(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11],
                v[12], v[13], v[14], v[15], v[16], v[17], v[18], v[19], v[20], v[21], v[22], v[23], v[24]);
    }
}
