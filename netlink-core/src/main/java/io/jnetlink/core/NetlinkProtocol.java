package io.jnetlink.core;

/** Netlink protocol numbers ({@code NETLINK_*} in {@code linux/netlink.h}) for {@link NetlinkSocket#open(int)}. */
public final class NetlinkProtocol {
    /** Routing and device hooks: links, addresses, routes, neighbours (rtnetlink). */
    public static final int ROUTE = 0;
    /** Socket monitoring (sock_diag). */
    public static final int SOCK_DIAG = 4;
    /** Netfilter subsystems. */
    public static final int NETFILTER = 12;
    /** Kernel object uevents. */
    public static final int KOBJECT_UEVENT = 15;
    /** Generic netlink. */
    public static final int GENERIC = 16;

    private NetlinkProtocol() {
    }
}
