package io.jnetlink.route.link.tunnel;

import static io.jnetlink.core.attr.Access.READ_WRITE;
import static io.jnetlink.core.attr.Display.as;
import static io.jnetlink.core.attr.Format.ADDRESS;
import static io.jnetlink.core.attr.Format.CUSTOM;
import static io.jnetlink.core.attr.Format.HEX;
import static io.jnetlink.core.attr.Unit.NONE;
import static io.jnetlink.core.attr.ValueType.U32;
import static io.jnetlink.core.attr.ValueType.U32_BE;

import io.jnetlink.core.attr.Attribute;
import io.jnetlink.core.attr.AttributeSet;
import io.jnetlink.core.attr.Display;
import io.jnetlink.core.attr.ValueType;
import java.net.InetAddress;

/**
 * {@code IFLA_VTI_*} (linux/if_tunnel.h): the options of a {@code vti} or {@code vti6} link (IPv4
 * or IPv6 endpoints accordingly), in {@code IFLA_INFO_DATA}. One row per attribute, in the order
 * {@code ip -d link} prints them; complete against the uapi header of kernel 6.18. Read with
 * {@link VtiData#get(Attribute)}, set with {@link VtiData#with(Attribute, Object)}.
 */
public final class VtiAttributes {
    /** The {@code IFLA_VTI_*} set. */
    public static final AttributeSet SET = new AttributeSet("IFLA_VTI");

    /** The remote endpoint. */
    public static final Attribute<InetAddress> REMOTE = SET.add(5, "IFLA_VTI_REMOTE", ValueType.ADDRESS, READ_WRITE,
            NONE, as("remote", ADDRESS));
    /** The local endpoint. */
    public static final Attribute<InetAddress> LOCAL = SET.add(4, "IFLA_VTI_LOCAL", ValueType.ADDRESS, READ_WRITE,
            NONE, as("local", ADDRESS));
    /** The input key (network order): the mark that selects the IPsec policy of received packets. */
    public static final Attribute<Long> IKEY = SET.add(2, "IFLA_VTI_IKEY", U32_BE, READ_WRITE, NONE,
            as("ikey", CUSTOM));
    /** The output key (network order): the mark that selects the IPsec policy of sent packets. */
    public static final Attribute<Long> OKEY = SET.add(3, "IFLA_VTI_OKEY", U32_BE, READ_WRITE, NONE,
            as("okey", CUSTOM));
    /** The ifindex of the device the tunnel's packets leave by ({@code dev}); 0 for any. */
    public static final Attribute<Integer> LINK = SET.add(1, "IFLA_VTI_LINK", U32, READ_WRITE, NONE,
            new Display("dev", "link", CUSTOM));
    /** The firewall mark of the outer packets. */
    public static final Attribute<Integer> FWMARK = SET.add(6, "IFLA_VTI_FWMARK", U32, READ_WRITE, NONE,
            as("fwmark", HEX));

    private VtiAttributes() {
    }
}
