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
    public static final int LEN = 0;
    public static final int TYPE = 2;
    public static final int SIZE = 4;

    public static final int NLA_F_NESTED = 0x8000;
    public static final int NLA_F_NET_BYTEORDER = 0x4000;
    public static final int NLA_TYPE_MASK = ~(NLA_F_NESTED | NLA_F_NET_BYTEORDER) & 0xffff;

    private NlAttr() {
    }
}
