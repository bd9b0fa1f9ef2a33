package io.jnetlink.examples.ip;

import io.jnetlink.route.AddressFamily;
import io.jnetlink.route.neighbour.Neighbour;
import io.jnetlink.route.neighbour.NeighbourAttributes;
import io.jnetlink.route.neighbour.NeighbourCodec;
import java.util.Objects;

/** One neighbour entry as {@code ip neigh} prints it (iproute2 6.1 {@code print_neigh}). */
final class NeighFormatter {
    private static final int[] STATE_BITS = {
        NeighbourCodec.NUD_INCOMPLETE, NeighbourCodec.NUD_REACHABLE, NeighbourCodec.NUD_STALE, NeighbourCodec.NUD_DELAY,
        NeighbourCodec.NUD_PROBE, NeighbourCodec.NUD_FAILED, NeighbourCodec.NUD_NOARP, NeighbourCodec.NUD_PERMANENT,
    };
    private static final String[] STATE_NAMES = {
        "INCOMPLETE", "REACHABLE", "STALE", "DELAY", "PROBE", "FAILED", "NOARP", "PERMANENT",
    };

    private static final int USER_HZ = 100;

    private final IpOptions options;
    private final LinkFormatter links;
    private final boolean deviceFiltered;

    NeighFormatter(IpOptions options, LinkFormatter links, boolean deviceFiltered) {
        this.options = options;
        this.links = links;
        this.deviceFiltered = deviceFiltered;
    }

    /** The {@code -br} line: address padded to 39 columns, device to 16, then the link-layer address. */
    String brief(Neighbour n) {
        Palette palette = options.palette();
        StringBuilder out = new StringBuilder(80);
        if (n.get(NeighbourAttributes.DST) != null) {
            out.append(palette.paint(n.family() == AddressFamily.AF_INET6 ? Palette.Kind.INET6 : Palette.Kind.INET,
                    String.format("%-39s ", InetFormat.ntop(n.family(), n.get(NeighbourAttributes.DST)))));
        }
        if (n.ifindex() != 0) {
            out.append(palette.paint(Palette.Kind.IFNAME, String.format("%-16s ", links.nameOf(n.ifindex()))));
        }
        if (n.get(NeighbourAttributes.LLADDR) != null) {
            out.append(palette.paint(Palette.Kind.MAC, n.get(NeighbourAttributes.LLADDR).toString()));
        }
        return out.append('\n').toString();
    }

    /** The {@code -j -br} object: address, device, link-layer address. */
    void briefJson(JsonWriter w, Neighbour n) {
        w.startObject();
        if (n.get(NeighbourAttributes.DST) != null) {
            w.string("dst", InetFormat.ntop(n.family(), n.get(NeighbourAttributes.DST)));
        }
        if (n.ifindex() != 0) {
            w.string("dev", links.nameOf(n.ifindex()));
        }
        if (n.get(NeighbourAttributes.LLADDR) != null) {
            w.string("lladdr", n.get(NeighbourAttributes.LLADDR).toString());
        }
        w.endObject();
    }

    /** The neighbour as an element of {@code ip -j neigh}, its members in the order of the text. */
    void json(JsonWriter w, Neighbour n) {
        w.startObject();
        if (n.get(NeighbourAttributes.DST) != null) {
            int family = n.family() == AddressFamily.AF_BRIDGE
                    ? (n.get(NeighbourAttributes.DST).getAddress().length == 16 ? AddressFamily.AF_INET6 : AddressFamily.AF_INET) : n.family();
            w.string("dst", InetFormat.ntop(family, n.get(NeighbourAttributes.DST)));
        }
        if (!deviceFiltered && n.ifindex() != 0) {
            w.string("dev", links.nameOf(n.ifindex()));
        }
        if (n.get(NeighbourAttributes.LLADDR) != null) {
            w.string("lladdr", n.get(NeighbourAttributes.LLADDR).toString());
        }
        if (n.hasFlag(NeighbourCodec.NTF_ROUTER)) {
            w.bool("router", true);
        }
        if (n.hasFlag(NeighbourCodec.NTF_PROXY)) {
            w.bool("proxy", true);
        }
        if ((Objects.requireNonNullElse(n.get(NeighbourAttributes.FLAGS_EXT), 0) & NeighbourCodec.NTF_EXT_MANAGED) != 0) {
            w.bool("managed", true);
        }
        if (n.hasFlag(NeighbourCodec.NTF_EXT_LEARNED)) {
            w.bool("extern_learn", true);
        }
        if (n.hasFlag(NeighbourCodec.NTF_OFFLOADED)) {
            w.bool("offload", true);
        }
        if (options.statistics() > 0) {
            Neighbour.CacheInfo ci = n.get(NeighbourAttributes.CACHEINFO);
            if (ci != null) {
                if (ci.refcnt() != 0) {
                    w.number("refcnt", ci.refcnt());
                }
                w.number("used", ci.used() / USER_HZ).number("confirmed", ci.confirmed() / USER_HZ)
                        .number("updated", ci.updated() / USER_HZ);
            }
            if (n.get(NeighbourAttributes.PROBES) != null) {
                w.number("probes", n.get(NeighbourAttributes.PROBES));
            }
        }
        w.name("state").startArray();
        for (int i = 0; i < STATE_BITS.length; i++) {
            if ((n.state() & STATE_BITS[i]) != 0) {
                w.string(STATE_NAMES[i]);
            }
        }
        w.endArray();
        if (n.get(NeighbourAttributes.PROTOCOL) != null) {
            w.string("protocol", NameTable.PROTOCOLS.name(n.get(NeighbourAttributes.PROTOCOL)));
        }
        w.endObject();
    }

    String format(Neighbour n, boolean deleted) {
        Palette palette = options.palette();
        StringBuilder out = new StringBuilder(96);
        if (deleted) {
            out.append("Deleted ");
        }
        if (n.get(NeighbourAttributes.DST) != null) {
            int family = n.family() == AddressFamily.AF_BRIDGE
                    ? (n.get(NeighbourAttributes.DST).getAddress().length == 16 ? AddressFamily.AF_INET6 : AddressFamily.AF_INET) : n.family();
            out.append(palette.paint(family == AddressFamily.AF_INET6 ? Palette.Kind.INET6 : Palette.Kind.INET,
                    InetFormat.ntop(family, n.get(NeighbourAttributes.DST)) + " "));
        }
        if (!deviceFiltered && n.ifindex() != 0) {
            out.append("dev ").append(palette.paint(Palette.Kind.IFNAME, links.nameOf(n.ifindex()) + " "));
        }
        if (n.get(NeighbourAttributes.LLADDR) != null) {
            out.append("lladdr ").append(palette.paint(Palette.Kind.MAC, n.get(NeighbourAttributes.LLADDR) + " "));
        }
        if (n.hasFlag(NeighbourCodec.NTF_ROUTER)) {
            out.append("router ");
        }
        if (n.hasFlag(NeighbourCodec.NTF_PROXY)) {
            out.append("proxy ");
        }
        if ((Objects.requireNonNullElse(n.get(NeighbourAttributes.FLAGS_EXT), 0) & NeighbourCodec.NTF_EXT_MANAGED) != 0) {
            out.append("managed ");
        }
        if (n.hasFlag(NeighbourCodec.NTF_EXT_LEARNED)) {
            out.append("extern_learn ");
        }
        if (n.hasFlag(NeighbourCodec.NTF_OFFLOADED)) {
            out.append("offload ");
        }
        if (options.statistics() > 0) {
            Neighbour.CacheInfo ci = n.get(NeighbourAttributes.CACHEINFO);
            if (ci != null) {
                if (ci.refcnt() != 0) {
                    out.append(" ref ").append(ci.refcnt());
                }
                out.append(" used ").append(ci.used() / USER_HZ).append('/').append(ci.confirmed() / USER_HZ)
                        .append('/').append(ci.updated() / USER_HZ);
            }
            if (n.get(NeighbourAttributes.PROBES) != null) {
                out.append("probes ").append(n.get(NeighbourAttributes.PROBES)).append(' ');
            }
        }
        for (int i = 0; i < STATE_BITS.length; i++) {
            if ((n.state() & STATE_BITS[i]) != 0) {
                out.append(STATE_NAMES[i]).append(' ');
            }
        }
        if (n.get(NeighbourAttributes.PROTOCOL) != null) {
            out.append("proto ").append(NameTable.PROTOCOLS.name(n.get(NeighbourAttributes.PROTOCOL))).append(' ');
        }
        return out.append('\n').toString();
    }
}
