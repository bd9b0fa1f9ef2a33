package io.jnetlink.route.link;

import io.jnetlink.core.attr.RawAttributes;
import io.jnetlink.core.MacAddress;
import java.util.List;

/**
 * {@code IFLA_INFO_DATA} of a {@code macvlan} or {@code macvtap} link ({@code IFLA_MACVLAN_*}
 * in linux/if_link.h; both kinds share it). Null fields were not sent; in a request they are
 * left out.
 *
 * @param kind             {@code "macvlan"} or {@code "macvtap"}
 * @param mode             {@code IFLA_MACVLAN_MODE}: one of the {@code MACVLAN_MODE_*} constants
 * @param flags            {@code IFLA_MACVLAN_FLAGS}: {@code MACVLAN_FLAG_*} bits
 * @param macaddrCount     {@code IFLA_MACVLAN_MACADDR_COUNT}: source addresses (mode source), read-only
 * @param macaddrs         {@code IFLA_MACVLAN_MACADDR_DATA}: the source addresses, empty when none
 * @param bcQueueLen       {@code IFLA_MACVLAN_BC_QUEUE_LEN}: broadcast queue length requested
 * @param bcQueueLenUsed   {@code IFLA_MACVLAN_BC_QUEUE_LEN_USED}: broadcast queue length in use, read-only
 * @param otherAttributes  the attributes not typed here, as received
 */
public record MacvlanData(String kind, Integer mode, Integer flags, Integer macaddrCount, List<MacAddress> macaddrs,
                          Integer bcQueueLen, Integer bcQueueLenUsed, RawAttributes otherAttributes)
        implements LinkData {
    /** Ports cannot talk to each other. */
    public static final int MACVLAN_MODE_PRIVATE = 1;
    /** Ports talk through the external switch. */
    public static final int MACVLAN_MODE_VEPA = 2;
    /** Ports talk to each other directly. */
    public static final int MACVLAN_MODE_BRIDGE = 4;
    /** Takes over the underlying device. */
    public static final int MACVLAN_MODE_PASSTHRU = 8;
    /** Frames are assigned by source address. */
    public static final int MACVLAN_MODE_SOURCE = 16;
    /** {@code MACVLAN_FLAG_NOPROMISC}: do not put the lower device in promiscuous mode (passthru). */
    public static final int MACVLAN_FLAG_NOPROMISC = 1;
    /** {@code MACVLAN_FLAG_NODST}: skip the destination macvlan when it matches the source one. */
    public static final int MACVLAN_FLAG_NODST = 2;

    /**
     * Checks the kind and normalises null lists and attributes.
     *
     * @param kind             {@code "macvlan"} or {@code "macvtap"}
     * @param mode             {@code IFLA_MACVLAN_MODE}: one of the {@code MACVLAN_MODE_*} constants
     * @param flags            {@code IFLA_MACVLAN_FLAGS}: {@code MACVLAN_FLAG_*} bits
     * @param macaddrCount     {@code IFLA_MACVLAN_MACADDR_COUNT}: source addresses (mode source), read-only
     * @param macaddrs         {@code IFLA_MACVLAN_MACADDR_DATA}: the source addresses, empty when none
     * @param bcQueueLen       {@code IFLA_MACVLAN_BC_QUEUE_LEN}: broadcast queue length requested
     * @param bcQueueLenUsed   {@code IFLA_MACVLAN_BC_QUEUE_LEN_USED}: broadcast queue length in use, read-only
     * @param otherAttributes  the attributes not typed here, as received
     * @throws IllegalArgumentException for a kind other than macvlan or macvtap
     */
    public MacvlanData {
        if (!MacvlanCodec.KIND.equals(kind) && !MacvtapCodec.KIND.equals(kind)) {
            throw new IllegalArgumentException("kind must be macvlan or macvtap: " + kind);
        }
        macaddrs = macaddrs == null ? List.of() : List.copyOf(macaddrs);
        otherAttributes = otherAttributes == null ? RawAttributes.EMPTY : otherAttributes;
    }

    /**
     * A {@code macvlan} request in {@code mode} ({@code ip link add ... type macvlan mode M}).
     *
     * @param mode a {@code MACVLAN_MODE_*} constant
     * @return the request data
     * @throws IllegalArgumentException unless {@code mode} is one of the {@code MACVLAN_MODE_*} constants
     */
    public static MacvlanData macvlan(int mode) {
        return new MacvlanData(MacvlanCodec.KIND, checkMode(mode), null, null, null, null, null, null);
    }

    /**
     * A {@code macvtap} request in {@code mode}.
     *
     * @param mode a {@code MACVLAN_MODE_*} constant
     * @return the request data
     * @throws IllegalArgumentException unless {@code mode} is one of the {@code MACVLAN_MODE_*} constants
     */
    public static MacvlanData macvtap(int mode) {
        return new MacvlanData(MacvtapCodec.KIND, checkMode(mode), null, null, null, null, null, null);
    }

    private static int checkMode(int mode) {
        if (mode != MACVLAN_MODE_PRIVATE && mode != MACVLAN_MODE_VEPA && mode != MACVLAN_MODE_BRIDGE
                && mode != MACVLAN_MODE_PASSTHRU && mode != MACVLAN_MODE_SOURCE) {
            throw new IllegalArgumentException("not a MACVLAN_MODE_* value: " + mode);
        }
        return mode;
    }
}
