package io.jnetlink.examples.ip;

import io.jnetlink.route.AddressFamily;
import io.jnetlink.route.neighbour.Neighbour;
import io.jnetlink.route.neighbour.NeighbourAttributes;
import io.jnetlink.route.neighbour.NeighbourCodec;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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
        if (n.get(NeighbourAttributes.LLADDR) != null) {
            out.field(palette.paint(Palette.Kind.MAC, n.get(NeighbourAttributes.LLADDR) + " "), "mac", n.get(NeighbourAttributes.LLADDR).toString());
        }
        if (!deviceFiltered && n.ifindex() != 0) {
            String name = links.nameOf(n.ifindex());
            out.field("dev " + palette.paint(Palette.Kind.IFNAME, name + " "), "ifname", name);
        }
        if (n.get(NeighbourAttributes.DST) != null) {
            boolean v6 = n.get(NeighbourAttributes.DST).getAddress().length == 16;
            String dst = InetFormat.ntop(v6 ? AddressFamily.AF_INET6 : AddressFamily.AF_INET, n.get(NeighbourAttributes.DST));
            out.field("dst " + palette.paint(v6 ? Palette.Kind.INET6 : Palette.Kind.INET, dst + " "), "dst", dst);
        }
        out.number("vlan", n.get(NeighbourAttributes.VLAN));
        out.number("port", n.get(NeighbourAttributes.PORT));
        out.number("vni", n.get(NeighbourAttributes.VNI));
        out.number("src_vni", n.get(NeighbourAttributes.SRC_VNI));
        Integer via = n.get(NeighbourAttributes.IFINDEX);
        if (via != null) {
            if (n.get(NeighbourAttributes.LINK_NETNSID) != null) {
                out.number("via ifindex", "viaIfIndex", via);
            } else {
                out.string("via", "viaIf", links.nameOf(via));
            }
        }
        out.number("link-netnsid", "linkNetNsId", n.get(NeighbourAttributes.LINK_NETNSID));
        if (statistics && n.get(NeighbourAttributes.CACHEINFO) != null) {
            long used = n.get(NeighbourAttributes.CACHEINFO).used() / USER_HZ;
            long updated = n.get(NeighbourAttributes.CACHEINFO).updated() / USER_HZ;
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
        addIf(flags, (Objects.requireNonNullElse(n.get(NeighbourAttributes.FLAGS_EXT), 0) & NTF_EXT_LOCKED) != 0, "locked");
        out.field(flags.stream().map(flag -> flag + " ").collect(Collectors.joining()), "flags", flags);
        if (Objects.requireNonNullElse(n.get(NeighbourAttributes.MASTER), 0) != 0) {
            out.string("master", links.nameOf(Objects.requireNonNullElse(n.get(NeighbourAttributes.MASTER), 0)));
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
