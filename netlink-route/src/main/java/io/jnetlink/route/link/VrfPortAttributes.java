package io.jnetlink.route.link;

import static io.jnetlink.core.attr.Access.READ_ONLY;
import static io.jnetlink.core.attr.Display.as;
import static io.jnetlink.core.attr.Format.NUMBER;
import static io.jnetlink.core.attr.Unit.NONE;
import static io.jnetlink.core.attr.ValueType.U32_LONG;

import io.jnetlink.core.attr.Attribute;
import io.jnetlink.core.attr.AttributeSet;

/**
 * {@code IFLA_VRF_PORT_*} (linux/if_link.h): what the kernel reports of a link enslaved to a VRF,
 * in its {@code IFLA_INFO_SLAVE_DATA}; complete against the uapi header of kernel 6.18. Read with
 * {@link VrfPortData#get(Attribute)}.
 */
public final class VrfPortAttributes {
    /** The {@code IFLA_VRF_PORT_*} set. */
    public static final AttributeSet SET = new AttributeSet("IFLA_VRF_PORT");

    /** The routing table of the port's VRF. */
    public static final Attribute<Long> TABLE = SET.add(1, "IFLA_VRF_PORT_TABLE", U32_LONG, READ_ONLY, NONE,
            as("table", NUMBER));

    private VrfPortAttributes() {
    }
}
