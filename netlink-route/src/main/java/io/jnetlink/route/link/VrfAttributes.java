package io.jnetlink.route.link;

import static io.jnetlink.core.attr.Access.READ_WRITE;
import static io.jnetlink.core.attr.Display.as;
import static io.jnetlink.core.attr.Format.NUMBER;
import static io.jnetlink.core.attr.Unit.NONE;
import static io.jnetlink.core.attr.ValueType.U32_LONG;

import io.jnetlink.core.attr.Attribute;
import io.jnetlink.core.attr.AttributeSet;

/**
 * {@code IFLA_VRF_*} (linux/if_link.h): the options of a {@code vrf} link, in
 * {@code IFLA_INFO_DATA}; complete against the uapi header of kernel 6.18. Read with
 * {@link VrfData#get(Attribute)}, set with {@link VrfData#with(Attribute, Object)}.
 */
public final class VrfAttributes {
    /** The {@code IFLA_VRF_*} set. */
    public static final AttributeSet SET = new AttributeSet("IFLA_VRF");

    /** The routing table the VRF's lookups use; the kernel wants it when the link is created. */
    public static final Attribute<Long> TABLE = SET.add(1, "IFLA_VRF_TABLE", U32_LONG, READ_WRITE, NONE,
            as("table", NUMBER));

    private VrfAttributes() {
    }
}
