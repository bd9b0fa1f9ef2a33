package io.jnetlink.route.address;

/**
 * Layout of the rtnetlink address family header, from {@code <linux/if_addr.h>}:
 *
 * <pre>
 * struct ifaddrmsg {
 *     __u8  ifa_family;
 *     __u8  ifa_prefixlen;
 *     __u8  ifa_flags;
 *     __u8  ifa_scope;
 *     __u32 ifa_index;
 * };
 * </pre>
 */
public final class IfAddrMsg {
    /** Offset of {@code ifa_family}. */
    public static final int FAMILY = 0;
    /** Offset of {@code ifa_prefixlen}. */
    public static final int PREFIXLEN = 1;
    /** Offset of {@code ifa_flags} (the low 8 flag bits; {@code IFA_FLAGS} carries all 32). */
    public static final int FLAGS = 2;
    /** Offset of {@code ifa_scope}. */
    public static final int SCOPE = 3;
    /** Offset of {@code ifa_index}. */
    public static final int INDEX = 4;
    /** {@code sizeof(struct ifaddrmsg)}. */
    public static final int SIZE = 8;

    private IfAddrMsg() {
    }
}
