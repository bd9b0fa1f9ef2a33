package io.jnetlink.route.routing;

/**
 * Layout of the rtnetlink route family header, from {@code <linux/rtnetlink.h>}:
 *
 * <pre>
 * struct rtmsg {
 *     unsigned char rtm_family;
 *     unsigned char rtm_dst_len;
 *     unsigned char rtm_src_len;
 *     unsigned char rtm_tos;
 *     unsigned char rtm_table;     // RTA_TABLE carries ids above 255
 *     unsigned char rtm_protocol;
 *     unsigned char rtm_scope;
 *     unsigned char rtm_type;
 *     unsigned      rtm_flags;
 * };
 * </pre>
 */
public final class RtMsg {
    /** Offset of {@code rtm_family}. */
    public static final int FAMILY = 0;
    /** Offset of {@code rtm_dst_len}. */
    public static final int DST_LEN = 1;
    /** Offset of {@code rtm_src_len}. */
    public static final int SRC_LEN = 2;
    /** Offset of {@code rtm_tos}. */
    public static final int TOS = 3;
    /** Offset of {@code rtm_table}. */
    public static final int TABLE = 4;
    /** Offset of {@code rtm_protocol}. */
    public static final int PROTOCOL = 5;
    /** Offset of {@code rtm_scope}. */
    public static final int SCOPE = 6;
    /** Offset of {@code rtm_type}. */
    public static final int TYPE = 7;
    /** Offset of {@code rtm_flags}. */
    public static final int FLAGS = 8;
    /** {@code sizeof(struct rtmsg)}. */
    public static final int SIZE = 12;

    private RtMsg() {
    }
}
