package io.jnetlink.route.link;

import io.jnetlink.core.attr.RawAttributes;

/**
 * {@code IFLA_LINKINFO}: the kind of a link with its typed data, and, for a port of a master
 * (a bridge port), the master's kind with the typed port data. A bridge's own
 * {@code ifi_family AF_BRIDGE} message about its port has no {@code IFLA_LINKINFO} but the
 * port's {@code IFLA_BRPORT_*} in {@code IFLA_PROTINFO}; {@link Link#from} presents those here
 * too, as {@code slaveKind "bridge"} with {@link BridgePortData}, so a port reads the same from
 * a dump and from an event.
 *
 * @param kind      {@code IFLA_INFO_KIND}, such as {@code "veth"}; null when the kernel sent none
 * @param data      typed {@code IFLA_INFO_DATA}; {@link RawLinkData} for kinds without a codec;
 *                  null when {@code kind} is null
 * @param slaveKind {@code IFLA_INFO_SLAVE_KIND} (the master's kind, {@code "bridge"}), or null
 * @param slaveData typed {@code IFLA_INFO_SLAVE_DATA} ({@link BridgePortData} for a bridge port),
 *                  {@link RawLinkData} when untyped, null when absent
 * @param otherAttributes the other members of the nest ({@code IFLA_INFO_XSTATS}), as received
 */
public record LinkInfo(String kind, LinkData data, String slaveKind, LinkData slaveData,
                       RawAttributes otherAttributes) {
    /**
     * Normalises null attributes to {@link RawAttributes#EMPTY}.
     *
     * @param kind      {@code IFLA_INFO_KIND}, such as {@code "veth"}; null when the kernel sent none
     * @param data      typed {@code IFLA_INFO_DATA}; {@link RawLinkData} for kinds without a codec;
     *                  null when {@code kind} is null
     * @param slaveKind {@code IFLA_INFO_SLAVE_KIND} (the master's kind, {@code "bridge"}), or null
     * @param slaveData typed {@code IFLA_INFO_SLAVE_DATA} ({@link BridgePortData} for a bridge port),
     *                  {@link RawLinkData} when untyped, null when absent
     * @param otherAttributes the other members of the nest ({@code IFLA_INFO_XSTATS}), as received
     */
    public LinkInfo {
        otherAttributes = otherAttributes == null ? RawAttributes.EMPTY : otherAttributes;
    }
}
