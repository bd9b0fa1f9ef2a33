package io.jnetlink.route.link;

import io.jnetlink.core.attr.RawAttributes;

/**
 * {@code IFLA_INFO_DATA} of a {@code tun} link, tun or tap ({@code IFLA_TUN_*} in
 * linux/if_link.h). Such devices are created with the {@code TUNSETIFF} ioctl on
 * {@code /dev/net/tun}, not over netlink (the kernel refuses {@code RTM_NEWLINK} for them), so
 * this data is only read. Null fields were not sent.
 *
 * @param owner             {@code IFLA_TUN_OWNER}: uid allowed to attach; absent when anyone may
 * @param group             {@code IFLA_TUN_GROUP}: gid allowed to attach; absent when any
 * @param type              {@code IFLA_TUN_TYPE}: {@link #IFF_TUN} or {@link #IFF_TAP}
 * @param pi                {@code IFLA_TUN_PI}: packets carry a {@code tun_pi} header
 * @param vnetHdr           {@code IFLA_TUN_VNET_HDR}: packets carry a {@code virtio_net_hdr}
 * @param persist           {@code IFLA_TUN_PERSIST}: the device outlives its file descriptors
 * @param multiQueue        {@code IFLA_TUN_MULTI_QUEUE}
 * @param numQueues         {@code IFLA_TUN_NUM_QUEUES}: attached queues
 * @param numDisabledQueues {@code IFLA_TUN_NUM_DISABLED_QUEUES}
 * @param otherAttributes   the attributes not typed here, as received
 */
public record TunData(Integer owner, Integer group, Integer type, Boolean pi, Boolean vnetHdr, Boolean persist,
                      Boolean multiQueue, Integer numQueues, Integer numDisabledQueues,
                      RawAttributes otherAttributes) implements LinkData {
    /** {@code IFF_TUN} (linux/if_tun.h): an IP-level device. */
    public static final int IFF_TUN = 0x1;
    /** {@code IFF_TAP} (linux/if_tun.h): an Ethernet-level device. */
    public static final int IFF_TAP = 0x2;

    /**
     * Normalises null attributes to {@link RawAttributes#EMPTY}.
     *
     * @param owner             {@code IFLA_TUN_OWNER}: uid allowed to attach; absent when anyone may
     * @param group             {@code IFLA_TUN_GROUP}: gid allowed to attach; absent when any
     * @param type              {@code IFLA_TUN_TYPE}: {@link #IFF_TUN} or {@link #IFF_TAP}
     * @param pi                {@code IFLA_TUN_PI}: packets carry a {@code tun_pi} header
     * @param vnetHdr           {@code IFLA_TUN_VNET_HDR}: packets carry a {@code virtio_net_hdr}
     * @param persist           {@code IFLA_TUN_PERSIST}: the device outlives its file descriptors
     * @param multiQueue        {@code IFLA_TUN_MULTI_QUEUE}
     * @param numQueues         {@code IFLA_TUN_NUM_QUEUES}: attached queues
     * @param numDisabledQueues {@code IFLA_TUN_NUM_DISABLED_QUEUES}
     * @param otherAttributes   the attributes not typed here, as received
     */
    public TunData {
        otherAttributes = otherAttributes == null ? RawAttributes.EMPTY : otherAttributes;
    }

    /** {@return true for a tap (Ethernet) device} */
    public boolean isTap() {
        return type != null && type == IFF_TAP;
    }

    /** {@code "tun"}, for tun and tap devices alike. */
    @Override
    public String kind() {
        return TunCodec.KIND;
    }
}
