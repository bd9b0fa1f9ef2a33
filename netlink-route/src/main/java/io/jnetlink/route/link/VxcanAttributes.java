package io.jnetlink.route.link;

import static io.jnetlink.core.attr.Access.WRITE_ONLY;
import static io.jnetlink.core.attr.Unit.NONE;

import io.jnetlink.core.attr.Attribute;
import io.jnetlink.core.attr.AttributeSet;
import io.jnetlink.core.attr.Display;

/**
 * {@code VXCAN_INFO_*} (linux/can/vxcan.h): the options of a {@code vxcan} link, a pair of virtual
 * CAN devices made as a veth pair is, in {@code IFLA_INFO_DATA}; complete against the uapi header of
 * kernel 6.18. A create request sets {@link #PEER} with {@link VxcanData#with(Attribute, Object)}.
 */
public final class VxcanAttributes {
    /** The {@code VXCAN_INFO_*} set. */
    public static final AttributeSet SET = new AttributeSet("VXCAN_INFO");

    /** The other end: a whole {@code ifinfomsg} with the peer's own {@code IFLA_*}, as a veth's peer. */
    public static final Attribute<VethPeer> PEER = SET.add(1, "VXCAN_INFO_PEER", VethPeer.TYPE, WRITE_ONLY, NONE,
            Display.NONE);

    private VxcanAttributes() {
    }
}
