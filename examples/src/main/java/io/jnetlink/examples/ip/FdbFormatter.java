package io.jnetlink.examples.ip;

import io.jnetlink.route.AddressFamily;
import io.jnetlink.route.neighbour.Neighbour;
import io.jnetlink.route.neighbour.NeighbourCodec;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** One bridge FDB entry as {@code bridge fdb show} prints it (iproute2 6.1 {@code print_fdb}). */
final class FdbFormatter implements FieldWalk<Neighbour> {
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

    @Override
    public void write(Neighbour n, DetailSink out) {
        if (n.lladdr() != null) {
            out.field(palette.paint(Palette.Kind.MAC, n.lladdr() + " "), "mac", n.lladdr().toString());
        }
        if (!deviceFiltered && n.ifindex() != 0) {
            String name = links.nameOf(n.ifindex());
            out.field("dev " + palette.paint(Palette.Kind.IFNAME, name + " "), "ifname", name);
        }
        if (n.dst() != null) {
            boolean v6 = n.dst().getAddress().length == 16;
            String dst = InetFormat.ntop(v6 ? AddressFamily.AF_INET6 : AddressFamily.AF_INET, n.dst());
            out.field("dst " + palette.paint(v6 ? Palette.Kind.INET6 : Palette.Kind.INET, dst + " "), "dst", dst);
        }
        if (n.vlan() > 0) {
            out.number("vlan", n.vlan());
        }
        if (n.port() >= 0) {
            out.number("port", n.port());
        }
        if (n.vni() >= 0) {
            out.number("vni", n.vni());
        }
        if (n.srcVni() >= 0) {
            out.number("src_vni", n.srcVni());
        }
        if (n.viaIfindex() != 0) {
            if (n.linkNetnsId() >= 0) {
                out.number("via ifindex", "viaIfIndex", n.viaIfindex());
            } else {
                out.string("via", "viaIf", links.nameOf(n.viaIfindex()));
            }
        }
        if (n.linkNetnsId() >= 0) {
            out.number("link-netnsid", "linkNetNsId", n.linkNetnsId());
        }
        if (statistics && n.cacheInfo() != null) {
            long used = n.cacheInfo().used() / USER_HZ;
            long updated = n.cacheInfo().updated() / USER_HZ;
            out.field("used " + used + "/" + updated + " ", "used", used);
            out.field(null, "updated", updated);
        }
        List<String> flags = new ArrayList<>();
        addIf(flags, n.hasFlag(NeighbourCodec.NTF_SELF), "self");
        addIf(flags, n.hasFlag(NeighbourCodec.NTF_ROUTER), "router");
        addIf(flags, n.hasFlag(NeighbourCodec.NTF_EXT_LEARNED), "extern_learn");
        addIf(flags, n.hasFlag(NeighbourCodec.NTF_OFFLOADED), "offload");
        addIf(flags, n.hasFlag(NeighbourCodec.NTF_MASTER), "master");
        addIf(flags, n.hasFlag(NeighbourCodec.NTF_STICKY), "sticky");
        addIf(flags, (n.extFlags() & NTF_EXT_LOCKED) != 0, "locked");
        out.field(flags.stream().map(flag -> flag + " ").collect(Collectors.joining()), "flags", flags);
        if (n.master() != 0) {
            out.string("master", links.nameOf(n.master()));
        }
        String state = state(n.state());
        out.field(state, "state", state);
    }

    private static void addIf(List<String> words, boolean set, String word) {
        if (set) {
            words.add(word);
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
