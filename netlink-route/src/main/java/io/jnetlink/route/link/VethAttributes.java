package io.jnetlink.route.link;

import static io.jnetlink.core.attr.Access.WRITE_ONLY;
import static io.jnetlink.core.attr.Unit.NONE;

import io.jnetlink.core.attr.Attribute;
import io.jnetlink.core.attr.AttributeSet;
import io.jnetlink.core.attr.Display;

/**
 * {@code VETH_INFO_*} (linux/veth.h): the options of a {@code veth} link, in
 * {@code IFLA_INFO_DATA}; complete against the uapi header of kernel 6.18. The kernel reports
 * none of them (a veth's peer is its {@link Link#linkIfindex()}), so ip prints nothing; a create request
 * sets {@link #PEER} with {@link VethData#with(Attribute, Object)}.
 */
public final class VethAttributes {
    /** The {@code VETH_INFO_*} set. */
    public static final AttributeSet SET = new AttributeSet("VETH_INFO");

    /** The other end: a whole {@code ifinfomsg} with the peer's own {@code IFLA_*} attributes ({@link VethPeer}). */
    public static final Attribute<VethPeer> PEER = SET.add(1, "VETH_INFO_PEER", VethPeer.TYPE, WRITE_ONLY, NONE,
            Display.NONE);

    private VethAttributes() {
    }
}
