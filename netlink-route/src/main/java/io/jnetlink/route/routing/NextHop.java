package io.jnetlink.route.routing;

import io.jnetlink.route.AddressFamily;
import io.jnetlink.route.internal.Arguments;
import java.net.InetAddress;

/**
 * One next hop of a multipath route ({@code struct rtnexthop} in {@code RTA_MULTIPATH} with its
 * nested gateway).
 *
 * @param flags   {@code RTNH_F_*}
 * @param hops    {@code rtnh_hops}: the weight minus one
 * @param ifindex {@code rtnh_ifindex}, 0 when unset
 * @param gateway {@code RTA_GATEWAY} or the address of {@code RTA_VIA}, or null
 */
public record NextHop(int flags, int hops, int ifindex, InetAddress gateway) {
    /** {@code RTNH_F_ONLINK}: the gateway is on the link even without a matching prefix. */
    public static final int RTNH_F_ONLINK = 4;
    /** {@code RTNH_F_DEAD}. */
    public static final int RTNH_F_DEAD = 1;
    /** {@code RTNH_F_LINKDOWN}: carrier-down on the next hop's device. */
    public static final int RTNH_F_LINKDOWN = 16;

    private static final int MAX_WEIGHT = 256;

    /**
     * A next hop through {@code gateway} (may be null for a device-only hop) on device
     * {@code ifindex} (0 for any) with {@code weight} 1..256, as in {@code nexthop via G dev D weight W}.
     *
     * @param gateway the next hop's address, or null for a device-only hop
     * @param ifindex the device's index, or 0 for any
     * @param weight  the hop's share of traffic, 1 to 256
     * @return the next hop
     */
    public static NextHop via(InetAddress gateway, int ifindex, int weight) {
        Arguments.inRange(weight, 1, MAX_WEIGHT, "next hop weight");
        Arguments.ifindexFilter(ifindex);
        if (gateway == null && ifindex == 0) {
            throw new IllegalArgumentException("a next hop needs a gateway or a device");
        }
        return new NextHop(0, weight - 1, ifindex, gateway);
    }

    /** {@return the weight, {@code hops + 1}, as {@code ip} prints it} */
    public int weight() {
        return hops + 1;
    }

    /** {@return the gateway's family, or {@code AF_UNSPEC} without one} */
    public int gatewayFamily() {
        return gateway == null ? AddressFamily.AF_UNSPEC : AddressFamily.of(gateway);
    }
}
