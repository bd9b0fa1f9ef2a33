package io.jnetlink.bench;

/**
 * The {@code linux/if_link.h} and {@code linux/rtnetlink.h} link constants the benchmarks use to
 * build requests and to find nested attributes when walking a link message.
 */
final class Ifla {
    /** {@code sizeof(struct ifinfomsg)}: family, pad, type, index, flags, change. */
    static final int IFINFOMSG_SIZE = 16;
    /** Offset of {@code ifi_index} in {@code struct ifinfomsg}. */
    static final int IFINFOMSG_INDEX = 4;

    static final int IFLA_IFNAME = 3;
    static final int IFLA_LINKINFO = 18;
    static final int IFLA_VFINFO_LIST = 22;
    static final int IFLA_VF_PORTS = 24;
    static final int IFLA_PORT_SELF = 25;
    static final int IFLA_AF_SPEC = 26;
    static final int IFLA_EXT_MASK = 29;
    static final int IFLA_XDP = 43;
    static final int IFLA_PROP_LIST = 52;

    static final int IFLA_INFO_KIND = 1;
    static final int IFLA_INFO_DATA = 2;
    static final int IFLA_INFO_SLAVE_DATA = 5;

    /** {@code IFLA_EXT_MASK} bit: leave {@code IFLA_STATS}, {@code IFLA_STATS64} and friends out. */
    static final int RTEXT_FILTER_SKIP_STATS = 1 << 3;

    private Ifla() {
    }
}
