package io.jnetlink.examples.ip;

import io.jnetlink.core.attr.Attribute;
import io.jnetlink.core.attr.AttributeValues;
import io.jnetlink.route.link.BridgePortAttributes;
import io.jnetlink.route.link.BridgePortData;
import io.jnetlink.route.link.Link;
import java.util.ArrayList;
import java.util.List;

/**
 * A bridge port as {@code bridge link show} prints it (iproute2 6.1): index, name with its
 * {@code @LOWER}, flags, MTU, master, STP state, priority and cost; with {@code -d} a second line
 * of the port's switches. Read from the port's link message ({@code IFLA_INFO_SLAVE_DATA}),
 * which carries the same values as the kernel's AF_BRIDGE dump.
 */
final class BridgePortFormatter implements FieldWalk<Link> {
    /** The port options {@code bridge -d link} shows, in its order (not ip's). */
    private static final List<Attribute<?>> DETAIL_ROWS = List.of(BridgePortAttributes.MODE,
            BridgePortAttributes.GUARD, BridgePortAttributes.PROTECT, BridgePortAttributes.FAST_LEAVE,
            BridgePortAttributes.LEARNING, BridgePortAttributes.UNICAST_FLOOD, BridgePortAttributes.MCAST_FLOOD,
            BridgePortAttributes.BCAST_FLOOD, BridgePortAttributes.MULTICAST_ROUTER,
            BridgePortAttributes.MCAST_TO_UCAST, BridgePortAttributes.NEIGH_SUPPRESS,
            BridgePortAttributes.VLAN_TUNNEL, BridgePortAttributes.ISOLATED, BridgePortAttributes.LOCKED);
    /** bridge names the multicast router mode {@code mcast_router} in JSON too (ip: {@code multicast_router}). */
    private static final AttributeFields DETAILS = new AttributeFields()
            .custom(BridgePortAttributes.MULTICAST_ROUTER, (out, d, mode, all) -> out.number("mcast_router", mode));

    private final Palette palette;
    private final LinkFormatter links;
    private final boolean details;

    BridgePortFormatter(Palette palette, LinkFormatter links, boolean details) {
        this.palette = palette;
        this.links = links;
        this.details = details;
    }

    /** True for a link enslaved to a bridge. */
    static boolean isPort(Link link) {
        return link.masterIfindex() != 0 && link.info() != null && link.info().slaveData() instanceof BridgePortData;
    }

    @Override
    public void write(Link link, DetailSink out) {
        BridgePortData port = (BridgePortData) link.info().slaveData();
        out.field(link.ifindex() + ": ", "ifindex", link.ifindex());
        // The AF_BRIDGE message has no peer namespace id: a lower index is named locally (ifN when unknown).
        String lower = link.linkIfindex() != 0 ? links.nameOf(link.linkIfindex()) : null;
        out.field(null, "link", lower);
        String name = lower != null ? link.name() + "@" + lower : link.name();
        out.field(palette.paint(Palette.Kind.IFNAME, name + ": "), "ifname", link.name());
        // Unlike ip, bridge flags M-DOWN only for a lower link it finds here (down).
        boolean lowerDown = link.linkIfindex() != 0 && links.knows(link.linkIfindex()) && links.isDown(link.linkIfindex());
        List<String> flags = new ArrayList<>(LinkFormatter.flagNames(link.flags()));
        if (lowerDown) {
            flags.add("M-DOWN");
        }
        out.field("<" + String.join(",", flags) + "> ", "flags", flags);
        if (link.mtu() != Link.ABSENT) {
            out.number("mtu", Integer.toUnsignedLong(link.mtu()));
        }
        out.string("master", links.nameOf(link.masterIfindex()));
        AttributeValues values = port.values();
        out.string("state", BridgeDetails.portState(port.get(BridgePortAttributes.STATE)));
        DETAILS.write(out, BridgePortAttributes.PRIORITY, values);
        DETAILS.write(out, BridgePortAttributes.COST, values);
        if (details) {
            out.startLine();
            for (Attribute<?> row : DETAIL_ROWS) {
                DETAILS.write(out, row, values);
            }
        }
    }
}
