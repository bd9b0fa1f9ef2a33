package io.jnetlink.examples.ip;

import io.jnetlink.route.link.BridgePortData;
import io.jnetlink.route.link.Link;

/**
 * A bridge port as {@code bridge link show} prints it (iproute2 6.1): index, name with its
 * {@code @LOWER}, flags, MTU, master, STP state, priority and cost; with {@code -d} a second line
 * of the port's switches. Read from the port's link message ({@code IFLA_INFO_SLAVE_DATA}),
 * which carries the same values as the kernel's AF_BRIDGE dump.
 */
final class BridgePortFormatter {
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

    /** The port's lines, ending in a newline. */
    String format(Link link) {
        BridgePortData port = (BridgePortData) link.info().slaveData();
        StringBuilder out = new StringBuilder(160);
        // The AF_BRIDGE message has no peer namespace id: a lower index is named locally (ifN when unknown).
        String name = link.link() != 0 ? link.name() + "@" + links.nameOf(link.link()) : link.name();
        out.append(link.index()).append(": ").append(palette.paint(Palette.Kind.IFNAME, name + ": "));
        // Unlike ip, bridge flags M-DOWN only for a lower link it finds here (down).
        boolean lowerDown = link.link() != 0 && links.knows(link.link()) && links.isDown(link.link());
        out.append('<').append(String.join(",", LinkFormatter.flagNames(link.flags())))
                .append(lowerDown ? ",M-DOWN" : "").append("> ");
        if (link.mtu() != Link.ABSENT) {
            out.append("mtu ").append(Integer.toUnsignedString(link.mtu())).append(' ');
        }
        out.append("master ").append(links.nameOf(link.master())).append(' ');
        DetailSink text = new TextDetailSink(out, "\n");
        text.string("state", BridgeDetails.portState(port.state()));
        text.number("priority", port.priority());
        text.number("cost", port.cost());
        if (details) {
            text.startLine();
            text.onOff("hairpin", port.hairpin());
            text.onOff("guard", port.guard());
            text.onOff("root_block", port.rootBlock());
            text.onOff("fastleave", port.fastLeave());
            text.onOff("learning", port.learning());
            text.onOff("flood", port.unicastFlood());
            text.onOff("mcast_flood", port.mcastFlood());
            text.onOff("bcast_flood", port.broadcastFlood());
            text.number("mcast_router", port.multicastRouter());
            text.onOff("mcast_to_unicast", port.mcastToUnicast());
            text.onOff("neigh_suppress", port.neighSuppress());
            text.onOff("vlan_tunnel", port.vlanTunnel());
            text.onOff("isolated", port.isolated());
            text.onOff("locked", port.locked());
        }
        return out.append('\n').toString();
    }
}
