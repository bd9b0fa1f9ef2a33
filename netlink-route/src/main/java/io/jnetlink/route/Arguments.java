package io.jnetlink.route;

/**
 * The argument checks shared by request builders and facets: each returns its value or throws
 * {@link IllegalArgumentException} naming the argument, so nothing invalid reaches the kernel.
 */
public final class Arguments {
    private static final long U32_MAX = 0xffffffffL;

    private Arguments() {
    }

    /** {@code value} when it fits an unsigned byte field ({@code what} names it in the message). */
    public static int u8(int value, String what) {
        return inRange(value, 0, 0xff, what);
    }

    /** {@code value} when it fits an unsigned 16-bit field. */
    public static int u16(int value, String what) {
        return inRange(value, 0, 0xffff, what);
    }

    /** {@code value} when it fits an unsigned 32-bit field. */
    public static long u32(long value, String what) {
        return inRange(value, 0, U32_MAX, what);
    }

    /** {@code value} when it lies in {@code min..max}. */
    public static int inRange(int value, int min, int max, String what) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(what + " must be " + min + ".." + max + ": " + value);
        }
        return value;
    }

    /** {@code value} when it lies in {@code min..max}, for fields wider than an int holds unsigned. */
    public static long inRange(long value, long min, long max, String what) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(what + " must be " + min + ".." + max + ": " + value);
        }
        return value;
    }

    /** {@code index} when it can name an interface (positive). */
    public static int ifindex(int index) {
        if (index <= 0) {
            throw new IllegalArgumentException("interface index must be positive: " + index);
        }
        return index;
    }

    /** {@code index} when it is a valid filter: 0 for every interface, or an interface index. */
    public static int ifindexFilter(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("interface index must not be negative: " + index);
        }
        return index;
    }
}
