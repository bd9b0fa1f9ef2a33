package io.jnetlink.examples.ip;

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
        return link.master() != 0 && link.info() != null && link.info().slaveData() instanceof BridgePortData;
    }

    @Override
    public void write(Link link, DetailSink out) {
        BridgePortData port = (BridgePortData) link.info().slaveData();
        out.field(link.index() + ": ", "ifindex", link.index());
        // The AF_BRIDGE message has no peer namespace id: a lower index is named locally (ifN when unknown).
        String lower = link.link() != 0 ? links.nameOf(link.link()) : null;
        out.field(null, "link", lower);
        String name = lower != null ? link.name() + "@" + lower : link.name();
        out.field(palette.paint(Palette.Kind.IFNAME, name + ": "), "ifname", link.name());
        // Unlike ip, bridge flags M-DOWN only for a lower link it finds here (down).
        boolean lowerDown = link.link() != 0 && links.knows(link.link()) && links.isDown(link.link());
        List<String> flags = new ArrayList<>(LinkFormatter.flagNames(link.flags()));
        if (lowerDown) {
            flags.add("M-DOWN");
        }
        out.field("<" + String.join(",", flags) + "> ", "flags", flags);
        if (link.mtu() != Link.ABSENT) {
            out.number("mtu", Integer.toUnsignedLong(link.mtu()));
        }
        out.string("master", links.nameOf(link.master()));
        out.string("state", BridgeDetails.portState(port.state()));
        out.number("priority", port.priority());
        out.number("cost", port.cost());
        if (details) {
            out.startLine();
            out.onOff("hairpin", port.hairpin());
            out.onOff("guard", port.guard());
            out.onOff("root_block", port.rootBlock());
            out.onOff("fastleave", port.fastLeave());
            out.onOff("learning", port.learning());
            out.onOff("flood", port.unicastFlood());
            out.onOff("mcast_flood", port.mcastFlood());
            out.onOff("bcast_flood", port.broadcastFlood());
            out.number("mcast_router", port.multicastRouter());
            out.onOff("mcast_to_unicast", port.mcastToUnicast());
            out.onOff("neigh_suppress", port.neighSuppress());
            out.onOff("vlan_tunnel", port.vlanTunnel());
            out.onOff("isolated", port.isolated());
            out.onOff("locked", port.locked());
        }
    }
}
