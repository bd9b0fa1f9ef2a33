package io.jnetlink.route.routing;

import io.jnetlink.route.RawAttribute;
import java.net.InetAddress;
import java.util.List;
import java.util.Map;

/**
 * One route as the kernel reports it ({@code RTM_NEWROUTE}), decoded once and immutable.
 * Absent addresses are null and absent numbers 0 (interfaces) or -1 (everything else).
 * {@code equals} compares every component, {@code expires} included, which counts down between
 * dumps: to find the same route again compare table, family, destination, length, tos and
 * priority (the kernel's key).
 *
 * @param family            {@code AF_INET} or {@code AF_INET6}
 * @param dstLength         {@code rtm_dst_len}; 0 with a null {@code dst} is the default route
 * @param srcLength         {@code rtm_src_len}
 * @param tos               {@code rtm_tos}
 * @param table             {@code RTA_TABLE} when present (ids above 255), otherwise {@code rtm_table}
 * @param protocol          {@code RTPROT_*}
 * @param scope             {@code RT_SCOPE_*}
 * @param type              {@code RTN_*}
 * @param flags             {@code rtm_flags}: {@code RTM_F_*} and {@code RTNH_F_*} bits
 * @param dst               {@code RTA_DST}
 * @param src               {@code RTA_SRC} (source routing prefix)
 * @param gateway           {@code RTA_GATEWAY}, or the address of {@code RTA_VIA}
 * @param prefsrc           {@code RTA_PREFSRC}
 * @param oif               {@code RTA_OIF}, 0 when absent
 * @param iif               {@code RTA_IIF}, 0 when absent
 * @param priority          {@code RTA_PRIORITY} (the metric), or -1
 * @param metrics           {@code RTA_METRICS} by {@code RTAX_*} number (numeric metrics)
 * @param congestionControl {@code RTAX_CC_ALGO} inside {@code RTA_METRICS}, or null
 * @param nextHops          {@code RTA_MULTIPATH} next hops; empty for single-path routes
 * @param preference        {@code RTA_PREF} (IPv6 router preference), or -1
 * @param expires           remaining lifetime in centiseconds (clock ticks of {@code USER_HZ} = 100) from
 *                          {@code RTA_EXPIRES} or {@code rta_cacheinfo.rta_expires}; 0 for none
 * @param mark              {@code RTA_MARK}, or -1
 * @param encapType         {@code RTA_ENCAP_TYPE} ({@code LWTUNNEL_ENCAP_*}), or -1
 * @param unknown           attributes not decoded above, as received
 */
public record Route(int family, int dstLength, int srcLength, int tos, long table, int protocol, int scope,
                    int type, int flags, InetAddress dst, InetAddress src, InetAddress gateway, InetAddress prefsrc,
                    int oif, int iif, long priority, Map<Integer, Long> metrics, String congestionControl,
                    List<NextHop> nextHops, int preference, long expires, long mark, int encapType,
                    List<RawAttribute> unknown) {
    /**
     * Copies the collections so the record stays immutable.
     *
     * @param family            {@code AF_INET} or {@code AF_INET6}
     * @param dstLength         {@code rtm_dst_len}; 0 with a null {@code dst} is the default route
     * @param srcLength         {@code rtm_src_len}
     * @param tos               {@code rtm_tos}
     * @param table             {@code RTA_TABLE} when present (ids above 255), otherwise {@code rtm_table}
     * @param protocol          {@code RTPROT_*}
     * @param scope             {@code RT_SCOPE_*}
     * @param type              {@code RTN_*}
     * @param flags             {@code rtm_flags}: {@code RTM_F_*} and {@code RTNH_F_*} bits
     * @param dst               {@code RTA_DST}
     * @param src               {@code RTA_SRC} (source routing prefix)
     * @param gateway           {@code RTA_GATEWAY}, or the address of {@code RTA_VIA}
     * @param prefsrc           {@code RTA_PREFSRC}
     * @param oif               {@code RTA_OIF}, 0 when absent
     * @param iif               {@code RTA_IIF}, 0 when absent
     * @param priority          {@code RTA_PRIORITY} (the metric), or -1
     * @param metrics           {@code RTA_METRICS} by {@code RTAX_*} number (numeric metrics)
     * @param congestionControl {@code RTAX_CC_ALGO} inside {@code RTA_METRICS}, or null
     * @param nextHops          {@code RTA_MULTIPATH} next hops; empty for single-path routes
     * @param preference        {@code RTA_PREF} (IPv6 router preference), or -1
     * @param expires           remaining lifetime in centiseconds (clock ticks of {@code USER_HZ} = 100) from
     *                          {@code RTA_EXPIRES} or {@code rta_cacheinfo.rta_expires}; 0 for none
     * @param mark              {@code RTA_MARK}, or -1
     * @param encapType         {@code RTA_ENCAP_TYPE} ({@code LWTUNNEL_ENCAP_*}), or -1
     * @param unknown           attributes not decoded above, as received
     */
    public Route {
        metrics = Map.copyOf(metrics);
        nextHops = List.copyOf(nextHops);
        unknown = List.copyOf(unknown);
    }

    /** {@return true for the default route: no destination prefix} */
    public boolean isDefault() {
        return dstLength == 0;
    }

    /**
     * The value of metric {@code rtax} ({@code RouteCodec.RTAX_MTU}, ...), or -1 when unset.
     *
     * @param rtax an {@code RTAX_*} number
     * @return the metric's value, or -1 when unset
     */
    public long metric(int rtax) {
        return metrics.getOrDefault(rtax, -1L);
    }
}
