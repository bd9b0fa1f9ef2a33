package io.jnetlink.route;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Objects;

/**
 * Address family numbers ({@code AF_*} from {@code <sys/socket.h>}) as rtnetlink family headers
 * carry them, and the argument checks that depend on a family.
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
     * Checks {@code prefixLength} against {@code address}'s family.
     *
     * @param address      an IPv4 or IPv6 address; not null
     * @param prefixLength the prefix length in bits to check
     * @return {@code prefixLength}
     * @throws IllegalArgumentException when it is outside 0..32 (IPv4) or 0..128 (IPv6)
     */
    public static int checkPrefixLength(InetAddress address, int prefixLength) {
        int max = maxPrefixLength(of(address));
        if (prefixLength < 0 || prefixLength > max) {
            throw new IllegalArgumentException("prefix length " + prefixLength + " is outside 0.." + max
                    + " for " + address.getHostAddress());
        }
        return prefixLength;
    }

    /**
     * Checks that {@code other} (when not null) is of {@code family}.
     *
     * @param family the expected family
     * @param other  the address to check, or null to check nothing
     * @param what   the argument's name, used in the exception message
     * @throws IllegalArgumentException when the families differ, such as an IPv4 local address with an IPv6 peer
     */
    public static void checkSameFamily(int family, InetAddress other, String what) {
        if (other != null && of(other) != family) {
            throw new IllegalArgumentException(what + " " + other.getHostAddress() + " is not of the request's family ("
                    + name(family) + ")");
        }
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
