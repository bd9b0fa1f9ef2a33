package io.jnetlink.route.netconf;

import static io.jnetlink.core.attr.Access.READ_ONLY;
import static io.jnetlink.core.attr.Access.READ_WRITE;
import static io.jnetlink.core.attr.Display.as;
import static io.jnetlink.core.attr.Format.CUSTOM;
import static io.jnetlink.core.attr.Format.ON_OFF;
import static io.jnetlink.core.attr.Unit.NONE;
import static io.jnetlink.core.attr.ValueType.U32;

import io.jnetlink.core.attr.Attribute;
import io.jnetlink.core.attr.AttributeSet;
import io.jnetlink.core.attr.Display;

/**
 * {@code NETCONFA_*} (linux/netconf.h): the attributes of a per-device IP configuration message
 * ({@code RTM_NEWNETCONF}, {@code RTM_DELNETCONF}, {@code RTM_GETNETCONF}), the sysctls under
 * {@code /proc/sys/net/ipv4/conf/DEV} and {@code .../ipv6/conf/DEV} that the kernel reports over
 * netlink. One row per attribute, complete against the header, in the order {@code ip netconf
 * show} prints them. Read with {@link Netconf#get(Attribute)}.
 *
 * <p>A dump reply carries every value the family has; a notification carries the ifindex and
 * only the value that changed.
 */
public final class NetconfAttributes {
    /** The {@code NETCONFA_*} set. */
    public static final AttributeSet SET = new AttributeSet("NETCONFA");

    /**
     * The device (s32): an ifindex, or {@link NetconfCodec#NETCONFA_IFINDEX_ALL} (-1, {@code all})
     * or {@link NetconfCodec#NETCONFA_IFINDEX_DEFAULT} (-2, {@code default}); a request names the
     * device with it.
     */
    public static final Attribute<Integer> IFINDEX = SET.add(1, "NETCONFA_IFINDEX", U32, READ_WRITE, NONE,
            as("interface", CUSTOM));
    /** {@code forwarding}: 0 or 1 (s32). */
    public static final Attribute<Integer> FORWARDING = SET.add(2, "NETCONFA_FORWARDING", U32, READ_ONLY, NONE,
            as("forwarding", ON_OFF));
    /** {@code rp_filter} (IPv4): 0 off, 1 strict, 2 loose (s32). */
    public static final Attribute<Integer> RP_FILTER = SET.add(3, "NETCONFA_RP_FILTER", U32, READ_ONLY, NONE,
            as("rp_filter", CUSTOM));
    /** {@code mc_forwarding}: 0 or 1, set by a multicast routing daemon (s32). */
    public static final Attribute<Integer> MC_FORWARDING = SET.add(4, "NETCONFA_MC_FORWARDING", U32, READ_ONLY,
            NONE, as("mc_forwarding", ON_OFF));
    /** {@code proxy_arp} (IPv4) or {@code proxy_ndp} (IPv6): 0 or 1 (s32). */
    public static final Attribute<Integer> PROXY_NEIGH = SET.add(5, "NETCONFA_PROXY_NEIGH", U32, READ_ONLY, NONE,
            as("proxy_neigh", ON_OFF));
    /** {@code ignore_routes_with_linkdown}: 0 or 1 (s32). */
    public static final Attribute<Integer> IGNORE_ROUTES_WITH_LINKDOWN = SET.add(6,
            "NETCONFA_IGNORE_ROUTES_WITH_LINKDOWN", U32, READ_ONLY, NONE, as("ignore_routes_with_linkdown", ON_OFF));
    /** MPLS {@code input}: 0 or 1 (s32); ip 6.1 does not print it. */
    public static final Attribute<Integer> INPUT = SET.add(7, "NETCONFA_INPUT", U32, READ_ONLY, NONE, Display.NONE);
    /** {@code bc_forwarding} (IPv4 directed broadcast forwarding): 0 or 1 (s32); ip 6.1 does not print it. */
    public static final Attribute<Integer> BC_FORWARDING = SET.add(8, "NETCONFA_BC_FORWARDING", U32, READ_ONLY,
            NONE, Display.NONE);

    private NetconfAttributes() {
    }
}
