package io.jnetlink.core.testing;

/**
 * The few rtnetlink layouts and constants core's own tests need to read real kernel replies,
 * named as in {@code linux/if_link.h}, {@code linux/if_addr.h}, {@code linux/rtnetlink.h} and
 * {@code linux/if.h}. netlink-core itself knows no message family; the library's typed versions
 * live in netlink-route, which core's tests cannot see. Test scope only.
 */
public final class Rtnetlink {
    /** {@code sizeof(struct ifinfomsg)}: family, pad, type, index (s32), flags, change. */
    public static final int IFINFOMSG_SIZE = 16;
    /** Offset of {@code ifi_index} in {@code struct ifinfomsg}. */
    public static final int IFI_INDEX = 4;
    /** Offset of {@code ifi_flags} in {@code struct ifinfomsg}. */
    public static final int IFI_FLAGS = 8;

    /** {@code sizeof(struct ifaddrmsg)}: family, prefixlen, flags, scope, index (u32). */
    public static final int IFADDRMSG_SIZE = 8;
    /** {@code sizeof(struct rtmsg)}: family, dst_len, src_len, tos, table, protocol, scope, type, flags. */
    public static final int RTMSG_SIZE = 12;

    public static final int AF_UNSPEC = 0;
    public static final int AF_INET = 2;
    public static final int AF_INET6 = 10;
    public static final int AF_PACKET = 17;

    public static final int IFF_UP = 0x1;
    public static final int IFF_BROADCAST = 0x2;
    public static final int IFF_LOOPBACK = 0x8;
    public static final int IFF_NOARP = 0x80;
    public static final int IFF_MULTICAST = 0x1000;
    public static final int IFF_LOWER_UP = 0x10000;

    public static final int IFLA_ADDRESS = 1;
    public static final int IFLA_BROADCAST = 2;
    public static final int IFLA_IFNAME = 3;
    public static final int IFLA_MTU = 4;
    public static final int IFLA_LINK = 5;
    public static final int IFLA_QDISC = 6;
    public static final int IFLA_TXQLEN = 13;
    public static final int IFLA_LINKINFO = 18;
    public static final int IFLA_EXT_MASK = 29;
    public static final int IFLA_GSO_MAX_SIZE = 41;
    public static final int IFLA_PROP_LIST = 52;
    public static final int IFLA_ALT_IFNAME = 53;
    public static final int IFLA_GRO_MAX_SIZE = 58;
    public static final int IFLA_INFO_KIND = 1;
    public static final int RTEXT_FILTER_VF = 1;

    public static final int IFA_ADDRESS = 1;
    public static final int IFA_LOCAL = 2;
    public static final int IFA_LABEL = 3;
    public static final int IFA_FLAGS = 8;
    public static final int IFA_F_NODAD = 0x02;
    public static final int IFA_F_TENTATIVE = 0x40;

    public static final int RTA_DST = 1;
    public static final int RTA_OIF = 4;
    public static final int RTA_GATEWAY = 5;
    public static final int RTA_PREFSRC = 7;
    public static final int RTA_TABLE = 15;
    public static final int RT_TABLE_MAIN = 254;
    public static final int RTPROT_KERNEL = 2;
    public static final int RTPROT_BOOT = 3;
    public static final int RT_SCOPE_UNIVERSE = 0;
    public static final int RT_SCOPE_LINK = 253;
    public static final int RT_SCOPE_HOST = 254;
    public static final int RTN_UNICAST = 1;

    /** {@code RTNLGRP_LINK}: the multicast group of link notifications. */
    public static final int RTNLGRP_LINK = 1;

    private Rtnetlink() {
    }
}
