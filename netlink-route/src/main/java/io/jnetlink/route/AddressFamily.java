package io.jnetlink.route;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Objects;

/**
 * Address family numbers ({@code AF_*} from {@code <sys/socket.h>}) as rtnetlink family headers
 * carry them.
 */
public final class AddressFamily {
    /** {@code AF_UNSPEC}: every family, in dump requests. */
    public static final int AF_UNSPEC = 0;
    /** {@code AF_INET}. */
    public static final int AF_INET = 2;
    /** {@code AF_BRIDGE}: bridge FDB entries. */
    public static final int AF_BRIDGE = 7;
    /** {@code AF_INET6}. */
    public static final int AF_INET6 = 10;
    /** {@code AF_MPLS}, seen in {@code RTA_VIA}. */
    public static final int AF_MPLS = 28;

    private AddressFamily() {
    }

    /**
     * {@link #AF_INET} or {@link #AF_INET6} for {@code address}.
     *
     * @param address an IPv4 or IPv6 address; not null
     * @return {@link #AF_INET} or {@link #AF_INET6}
     */
    public static int of(InetAddress address) {
        Objects.requireNonNull(address, "address");
        return address instanceof Inet6Address ? AF_INET6 : AF_INET;
    }

    /**
     * The longest prefix of {@code family}: 32 for IPv4, 128 for IPv6.
     *
     * @param family {@link #AF_INET} or {@link #AF_INET6}
     * @return the longest prefix length in bits
     */
    public static int maxPrefixLength(int family) {
        return switch (family) {
            case AF_INET -> 32;
            case AF_INET6 -> 128;
            default -> throw new IllegalArgumentException("not an IP address family: " + family);
        };
    }

    /**
     * True for the two IP families.
     *
     * @param family an {@code AF_*} number
     * @return true for {@link #AF_INET} and {@link #AF_INET6}
     */
    public static boolean isIp(int family) {
        return family == AF_INET || family == AF_INET6;
    }

    /**
     * {@code inet}, {@code inet6}, {@code bridge}, ... as {@code ip} names them; the number otherwise.
     *
     * @param family an {@code AF_*} number
     * @return the name; never null
     */
    public static String name(int family) {
        return switch (family) {
            case AF_UNSPEC -> "unspec";
            case AF_INET -> "inet";
            case AF_INET6 -> "inet6";
            case AF_BRIDGE -> "bridge";
            case AF_MPLS -> "mpls";
            default -> Integer.toString(family);
        };
    }
}
