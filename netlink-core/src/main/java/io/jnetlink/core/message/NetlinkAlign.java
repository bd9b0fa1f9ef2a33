package io.jnetlink.core.message;

/** Netlink's 4-byte alignment ({@code NLMSG_ALIGN}, {@code NLA_ALIGN}): the only place it is computed. */
public final class NetlinkAlign {
    /** Messages, attributes and family headers start on multiples of this. */
    public static final int ALIGNTO = 4;

    private NetlinkAlign() {
    }

    /**
     * {@code length} rounded up to the next multiple of {@link #ALIGNTO}.
     *
     * @param length a length in bytes, 0 or more
     * @return the aligned length
     */
    public static int align(int length) {
        return (length + ALIGNTO - 1) & ~(ALIGNTO - 1);
    }
}
