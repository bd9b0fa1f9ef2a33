package io.jnetlink.examples.ip;

import io.jnetlink.route.AddressFamily;
import io.jnetlink.route.neighbour.Neighbour;
import io.jnetlink.route.neighbour.NeighbourCodec;

/** One bridge FDB entry as {@code bridge fdb show} prints it (iproute2 6.1 {@code print_fdb}). */
final class FdbFormatter {
    // NTF_EXT_LOCKED (NDA_FLAGS_EXT) from linux/neighbour.h: bridge prints it as "locked".
    private static final int NTF_EXT_LOCKED = 1 << 1;

    private static final int USER_HZ = 100;

    private final Palette palette;
    private final LinkFormatter links;
    private final boolean deviceFiltered;
    private final boolean statistics;

    /**
     * {@code deviceFiltered}: entries were selected by device, so {@code dev D} is left out as
     * bridge does; {@code statistics} ({@code -s}): add {@code used USED/UPDATED} in seconds.
     */
    FdbFormatter(Palette palette, LinkFormatter links, boolean deviceFiltered, boolean statistics) {
        this.palette = palette;
        this.links = links;
        this.deviceFiltered = deviceFiltered;
        this.statistics = statistics;
    }

    String format(Neighbour n) {
        StringBuilder out = new StringBuilder(96);
        if (n.lladdr() != null) {
            out.append(palette.paint(Palette.Kind.MAC, n.lladdr() + " "));
        }
        if (!deviceFiltered && n.ifindex() != 0) {
            out.append("dev ").append(palette.paint(Palette.Kind.IFNAME, links.nameOf(n.ifindex()) + " "));
        }
        if (n.dst() != null) {
            boolean v6 = n.dst().getAddress().length == 16;
            out.append("dst ").append(palette.paint(v6 ? Palette.Kind.INET6 : Palette.Kind.INET,
                    InetFormat.ntop(v6 ? AddressFamily.AF_INET6 : AddressFamily.AF_INET, n.dst()) + " "));
        }
        if (n.vlan() > 0) {
            out.append("vlan ").append(n.vlan()).append(' ');
        }
        if (n.port() >= 0) {
            out.append("port ").append(n.port()).append(' ');
        }
        if (n.vni() >= 0) {
            out.append("vni ").append(n.vni()).append(' ');
        }
        if (n.srcVni() >= 0) {
            out.append("src_vni ").append(n.srcVni()).append(' ');
        }
        if (n.viaIfindex() != 0) {
            if (n.linkNetnsId() >= 0) {
                out.append("via ifindex ").append(n.viaIfindex()).append(' ');
            } else {
                out.append("via ").append(links.nameOf(n.viaIfindex())).append(' ');
            }
        }
        if (n.linkNetnsId() >= 0) {
            out.append("link-netnsid ").append(n.linkNetnsId()).append(' ');
        }
        if (statistics && n.cacheInfo() != null) {
            out.append("used ").append(n.cacheInfo().used() / USER_HZ).append('/')
                    .append(n.cacheInfo().updated() / USER_HZ).append(' ');
        }
        flag(out, n.hasFlag(NeighbourCodec.NTF_SELF), "self");
        flag(out, n.hasFlag(NeighbourCodec.NTF_ROUTER), "router");
        flag(out, n.hasFlag(NeighbourCodec.NTF_EXT_LEARNED), "extern_learn");
        flag(out, n.hasFlag(NeighbourCodec.NTF_OFFLOADED), "offload");
        flag(out, n.hasFlag(NeighbourCodec.NTF_MASTER), "master");
        flag(out, n.hasFlag(NeighbourCodec.NTF_STICKY), "sticky");
        flag(out, (n.extFlags() & NTF_EXT_LOCKED) != 0, "locked");
        if (n.master() != 0) {
            out.append("master ").append(links.nameOf(n.master())).append(' ');
        }
        return out.append(state(n.state())).append('\n').toString();
    }

    private static void flag(StringBuilder out, boolean set, String word) {
        if (set) {
            out.append(word).append(' ');
        }
    }

    private static String state(int state) {
        if ((state & NeighbourCodec.NUD_PERMANENT) != 0) {
            return "permanent";
        }
        if ((state & NeighbourCodec.NUD_NOARP) != 0) {
            return "static";
        }
        if ((state & NeighbourCodec.NUD_STALE) != 0) {
            return "stale";
        }
        if ((state & NeighbourCodec.NUD_REACHABLE) != 0) {
            return "";
        }
        return "state 0x" + Integer.toHexString(state);
    }
}
