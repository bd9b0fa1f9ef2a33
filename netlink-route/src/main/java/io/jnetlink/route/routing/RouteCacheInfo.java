package io.jnetlink.route.routing;

import io.jnetlink.core.NetlinkParseException;
import io.jnetlink.core.attr.ValueType;
import io.jnetlink.core.message.AttributeCursor;
import io.jnetlink.core.message.HostOrder;

/**
 * {@code struct rta_cacheinfo}, the value of {@link RouteAttributes#CACHEINFO}: what the kernel
 * reports about a route's use and lifetime. Times are clock ticks of {@code USER_HZ} (100 a second).
 * The kernel's spec names the first five members; the last three are 0 when a kernel leaves them out.
 *
 * @param clntref {@code rta_clntref}: references held (ip's {@code users}, with {@code -s})
 * @param lastuse {@code rta_lastuse}: ticks since last use (ip's {@code age}, with {@code -s})
 * @param expires {@code rta_expires}: ticks until the route expires, 0 for never
 * @param error   {@code rta_error}: the error the route answers with, 0 for none (32 bits, printed unsigned)
 * @param used    {@code rta_used}: times used (ip's {@code used}, with {@code -s})
 * @param id      {@code rta_id}: the IP id (ip's {@code ipid})
 * @param ts      {@code rta_ts}: TCP timestamp
 * @param tsage   {@code rta_tsage}: seconds since the timestamp
 */
public record RouteCacheInfo(int clntref, int lastuse, int expires, int error, int used, int id, int ts, int tsage) {
    /** The members the kernel's spec names: five {@code u32}. */
    private static final int MIN_SIZE = 20;
    /** {@code sizeof(struct rta_cacheinfo)}. */
    private static final int SIZE = 32;

    /** {@code struct rta_cacheinfo} as an attribute value (read-only: the kernel reports it). */
    public static final ValueType<RouteCacheInfo> TYPE = ValueType.of(RouteCacheInfo.class, RouteCacheInfo::decode,
            (w, t, v) -> {
                throw new UnsupportedOperationException("RTA_CACHEINFO is reported by the kernel, never sent");
            });

    private static RouteCacheInfo decode(AttributeCursor a) {
        int length = a.valueLength();
        if (length < MIN_SIZE) {
            throw new NetlinkParseException(a.offset(), "RTA_CACHEINFO has " + length + " bytes, " + MIN_SIZE + " needed");
        }
        int[] member = new int[SIZE / Integer.BYTES];
        for (int i = 0; i < member.length && (i + 1) * Integer.BYTES <= length; i++) {
            member[i] = HostOrder.s32(a.buffer(), a.valueOffset() + i * Integer.BYTES);
        }
        return new RouteCacheInfo(member[0], member[1], member[2], member[3], member[4], member[5], member[6],
                member[7]);
    }
}
