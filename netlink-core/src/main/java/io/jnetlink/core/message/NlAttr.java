package io.jnetlink.core.message;

/**
 * Layout of a netlink attribute header ({@code linux/netlink.h}):
 * <pre>
 * struct nlattr {
 *     __u16 nla_len;      // length including this header, excluding padding
 *     __u16 nla_type;     // type | NLA_F_NESTED | NLA_F_NET_BYTEORDER
 * };
 * </pre>
 */
public final class NlAttr {
    /** Offset of {@code nla_len} (u16): header and value, padding excluded. */
    public static final int LEN = 0;
    /** Offset of {@code nla_type} (u16). */
    public static final int TYPE = 2;
    /** Size of the header in bytes. */
    public static final int SIZE = 4;

    /** Flag in {@code nla_type}: the value is a list of attributes. */
    public static final int NLA_F_NESTED = 0x8000;
    /** Flag in {@code nla_type}: the value is in network byte order. */
    public static final int NLA_F_NET_BYTEORDER = 0x4000;
    /** The bits of {@code nla_type} that hold the type, without the two flags. */
    public static final int NLA_TYPE_MASK = ~(NLA_F_NESTED | NLA_F_NET_BYTEORDER) & 0xffff;

    private NlAttr() {
    }
}
