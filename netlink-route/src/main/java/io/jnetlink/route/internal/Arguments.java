package io.jnetlink.route.internal;

import io.jnetlink.route.AddressFamily;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;

/**
 * The argument checks shared by request builders and facets: each returns its value or throws
 * {@link IllegalArgumentException} naming the argument, so nothing invalid reaches the kernel.
 */
public final class Arguments {
    private static final long U32_MAX = 0xffffffffL;
    /** The longest alias the kernel keeps ({@code IFALIASZ} - 1 bytes). */
    public static final int MAX_ALIAS_LENGTH = 255;

    private Arguments() {
    }

    /**
     * {@code value} when it fits an unsigned byte field ({@code what} names it in the message).
     *
     * @param value the value to check, 0 to 255
     * @param what  the argument's name, used in the exception message
     * @return {@code value}
     */
    public static int u8(int value, String what) {
        return inRange(value, 0, 0xff, what);
    }

    /**
     * {@code value} when it fits an unsigned 16-bit field.
     *
     * @param value the value to check, 0 to 65535
     * @param what  the argument's name, used in the exception message
     * @return {@code value}
     */
    public static int u16(int value, String what) {
        return inRange(value, 0, 0xffff, what);
    }

    /**
     * {@code value} when it fits an unsigned 32-bit field.
     *
     * @param value the value to check, 0 to 2^32-1
     * @param what  the argument's name, used in the exception message
     * @return {@code value}
     */
    public static long u32(long value, String what) {
        return inRange(value, 0, U32_MAX, what);
    }

    /**
     * {@code value} when it lies in {@code min..max}.
     *
     * @param value the value to check
     * @param min   the smallest allowed value
     * @param max   the largest allowed value
     * @param what  the argument's name, used in the exception message
     * @return {@code value}
     */
    public static int inRange(int value, int min, int max, String what) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(what + " must be " + min + ".." + max + ": " + value);
        }
        return value;
    }

    /**
     * {@code value} when it lies in {@code min..max}, for fields wider than an int holds unsigned.
     *
     * @param value the value to check
     * @param min   the smallest allowed value
     * @param max   the largest allowed value
     * @param what  the argument's name, used in the exception message
     * @return {@code value}
     */
    public static long inRange(long value, long min, long max, String what) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(what + " must be " + min + ".." + max + ": " + value);
        }
        return value;
    }

    /**
     * {@code index} when it can name an interface (positive).
     *
     * @param index the interface index to check, greater than 0
     * @return {@code index}
     */
    public static int ifindex(int index) {
        if (index <= 0) {
            throw new IllegalArgumentException("interface index must be positive: " + index);
        }
        return index;
    }

    /**
     * {@code index} when it is a valid filter: 0 for every interface, or an interface index.
     *
     * @param index the filter to check, 0 or more
     * @return {@code index}
     */
    public static int ifindexFilter(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("interface index must not be negative: " + index);
        }
        return index;
    }

    /**
     * {@code mtu} when positive (the device's own range is the kernel's to check).
     *
     * @param mtu the MTU in bytes, greater than 0
     * @return {@code mtu}
     */
    public static int mtu(int mtu) {
        if (mtu <= 0) {
            throw new IllegalArgumentException("MTU must be positive: " + mtu);
        }
        return mtu;
    }

    /**
     * {@code length} when it is a transmit queue length (not negative).
     *
     * @param length the queue length in packets, 0 or more
     * @return {@code length}
     */
    public static int txQueueLength(int length) {
        if (length < 0) {
            throw new IllegalArgumentException("transmit queue length must not be negative: " + length);
        }
        return length;
    }

    /**
     * {@code alias} when it fits {@code IFALIASZ}: at most {@value #MAX_ALIAS_LENGTH} bytes of UTF-8.
     *
     * @param alias the alias to check; null is refused
     * @return {@code alias}
     */
    public static String alias(String alias) {
        if (alias == null || alias.getBytes(StandardCharsets.UTF_8).length > MAX_ALIAS_LENGTH) {
            throw new IllegalArgumentException("alias must have at most " + MAX_ALIAS_LENGTH + " bytes");
        }
        return alias;
    }

    /**
     * {@code prefixLength} when it fits {@code address}'s family: 0..32 for IPv4, 0..128 for IPv6.
     *
     * @param address      an IPv4 or IPv6 address; not null
     * @param prefixLength the prefix length in bits to check
     * @return {@code prefixLength}
     */
    public static int prefixLength(InetAddress address, int prefixLength) {
        int max = AddressFamily.maxPrefixLength(AddressFamily.of(address));
        if (prefixLength < 0 || prefixLength > max) {
            throw new IllegalArgumentException("prefix length " + prefixLength + " is outside 0.." + max
                    + " for " + address.getHostAddress());
        }
        return prefixLength;
    }

    /**
     * Checks that {@code other}, when not null, is of {@code family}, so an IPv4 local address
     * never goes out with an IPv6 peer.
     *
     * @param family the expected family, {@code AddressFamily.AF_INET} or {@code AF_INET6}
     * @param other  the address to check, or null to check nothing
     * @param what   the argument's name, used in the exception message
     * @return {@code other}
     */
    public static InetAddress sameFamily(int family, InetAddress other, String what) {
        if (other != null && AddressFamily.of(other) != family) {
            throw new IllegalArgumentException(what + " " + other.getHostAddress() + " is not of the request's family ("
                    + AddressFamily.name(family) + ")");
        }
        return other;
    }
}
