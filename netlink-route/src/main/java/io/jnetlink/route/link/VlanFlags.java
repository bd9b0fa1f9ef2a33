package io.jnetlink.route.link;

import io.jnetlink.core.attr.ValueType;

/**
 * {@code struct ifla_vlan_flags} of {@code IFLA_VLAN_FLAGS}: {@code VlanData.VLAN_FLAG_*} bits,
 * and the mask of the bits a request changes (the kernel reports every bit in its mask).
 *
 * @param flags the flag bits
 * @param mask  which bits {@code flags} sets
 */
public record VlanFlags(int flags, int mask) {
    /** {@code struct ifla_vlan_flags} as an attribute value. */
    public static final ValueType<VlanFlags> TYPE = U32Pair.type(VlanFlags.class, "VLAN flags", VlanFlags::new,
            VlanFlags::flags, VlanFlags::mask);

    /**
     * Whether a flag is on.
     *
     * @param flag a {@code VlanData.VLAN_FLAG_*} bit
     * @return true when every bit of {@code flag} is on
     */
    public boolean isSet(int flag) {
        return (flags & flag) == flag;
    }
}
