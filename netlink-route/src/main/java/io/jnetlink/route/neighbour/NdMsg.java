package io.jnetlink.route.neighbour;

/**
 * Layout of the rtnetlink neighbour family header, from {@code <linux/neighbour.h>}:
 *
 * <pre>
 * struct ndmsg {
 *     __u8  ndm_family;
 *     __u8  ndm_pad1;
 *     __u16 ndm_pad2;
 *     __s32 ndm_ifindex;
 *     __u16 ndm_state;
 *     __u8  ndm_flags;
 *     __u8  ndm_type;
 * };
 * </pre>
 */
public final class NdMsg {
    /** Offset of {@code ndm_family}. */
    public static final int FAMILY = 0;
    /** Offset of {@code ndm_ifindex}. */
    public static final int IFINDEX = 4;
    /** Offset of {@code ndm_state}. */
    public static final int STATE = 8;
    /** Offset of {@code ndm_flags}. */
    public static final int FLAGS = 10;
    /** Offset of {@code ndm_type}. */
    public static final int TYPE = 11;
    /** {@code sizeof(struct ndmsg)}. */
    public static final int SIZE = 12;

    private NdMsg() {
    }
}
