package io.jnetlink.route.internal;

/**
 * The argument checks shared by request builders and facets: each returns its value or throws
 * {@link IllegalArgumentException} naming the argument, so nothing invalid reaches the kernel.
 */
public final class Arguments {
    private static final long U32_MAX = 0xffffffffL;

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
}
