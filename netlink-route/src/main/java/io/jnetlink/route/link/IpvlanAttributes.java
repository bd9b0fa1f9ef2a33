package io.jnetlink.route.link;

import static io.jnetlink.core.attr.Access.READ_WRITE;
import static io.jnetlink.core.attr.Display.as;
import static io.jnetlink.core.attr.Format.CUSTOM;
import static io.jnetlink.core.attr.Unit.NONE;
import static io.jnetlink.core.attr.ValueType.U16;

import io.jnetlink.core.attr.Attribute;
import io.jnetlink.core.attr.AttributeSet;
import io.jnetlink.core.attr.Display;

/**
 * {@code IFLA_IPVLAN_*} (linux/if_link.h): the options of an {@code ipvlan} or {@code ipvtap} link
 * (the tap driver shares ipvlan's netlink code), in {@code IFLA_INFO_DATA}. One row per attribute,
 * in the order {@code ip -d link} prints them; complete against the uapi header of kernel 6.18.
 * Read with {@link IpvlanData#get(Attribute)}, set with {@link IpvlanData#with(Attribute, Object)}.
 */
public final class IpvlanAttributes {
    /** The {@code IFLA_IPVLAN_*} set. */
    public static final AttributeSet SET = new AttributeSet("IFLA_IPVLAN");

    /**
     * Where the link switches: one of {@code IpvlanData.IPVLAN_MODE_L2}, {@code _L3} (the kernel's
     * default) or {@code _L3S}; ip prints {@code l2}, {@code l3} or {@code l3s}.
     */
    public static final Attribute<Integer> MODE = SET.add(1, "IFLA_IPVLAN_MODE",
            U16.requiring(m -> m >= IpvlanData.IPVLAN_MODE_L2 && m <= IpvlanData.IPVLAN_MODE_L3S,
                    "an IPVLAN_MODE_* value (0, 1 or 2)"), READ_WRITE, NONE, as("mode", CUSTOM));
    /**
     * {@code IpvlanData.IPVLAN_F_*} bits: how siblings reach each other, {@code IPVLAN_F_PRIVATE}
     * or {@code IPVLAN_F_VEPA}, neither for bridge; ip prints {@code private}, {@code vepa} or
     * {@code bridge}.
     */
    public static final Attribute<Integer> FLAGS = SET.add(2, "IFLA_IPVLAN_FLAGS",
            U16.requiring(f -> (f & ~(IpvlanData.IPVLAN_F_PRIVATE | IpvlanData.IPVLAN_F_VEPA)) == 0,
                    "IPVLAN_F_* bits (0 to 3)"), READ_WRITE, NONE, new Display(null, null, CUSTOM));

    private IpvlanAttributes() {
    }
}
