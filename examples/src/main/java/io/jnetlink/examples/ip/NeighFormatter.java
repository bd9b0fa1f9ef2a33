package io.jnetlink.examples.ip;

import io.jnetlink.core.MacAddress;
import io.jnetlink.route.AddressFamily;
import io.jnetlink.route.neighbour.Neighbour;
import io.jnetlink.route.neighbour.NeighbourAttributes;
import io.jnetlink.route.neighbour.NeighbourCodec;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * One neighbour entry as {@code ip neigh} prints it (iproute2 6.1 {@code print_neigh}): one walk
 * over the entry serves the text line and the JSON. The line's layout is ip's (the destination
 * first, bare; the {@code ndmsg} device, flags and state between the attributes); each attribute's
 * word, key and form come from its {@link NeighbourAttributes} row.
 */
final class NeighFormatter {
    private static final int[] STATE_BITS = {
        NeighbourCodec.NUD_INCOMPLETE, NeighbourCodec.NUD_REACHABLE, NeighbourCodec.NUD_STALE, NeighbourCodec.NUD_DELAY,
        NeighbourCodec.NUD_PROBE, NeighbourCodec.NUD_FAILED, NeighbourCodec.NUD_NOARP, NeighbourCodec.NUD_PERMANENT,
    };
    private static final String[] STATE_NAMES = {
        "INCOMPLETE", "REACHABLE", "STALE", "DELAY", "PROBE", "FAILED", "NOARP", "PERMANENT",
    };

    /** {@code USER_HZ}: the ages are clock ticks, written in seconds. */
    static final int USER_HZ = 100;

    private final IpOptions options;
    private final LinkFormatter links;
    private final boolean deviceFiltered;
    private final AttributeFields fields;

    NeighFormatter(IpOptions options, LinkFormatter links, boolean deviceFiltered) {
        this.options = options;
        this.links = links;
        this.deviceFiltered = deviceFiltered;
        this.fields = new AttributeFields(options.palette())
                .custom(NeighbourAttributes.CACHEINFO, (out, d, ages, all) -> {
                    if (ages.refcnt() != 0) {
                        out.field(" ref " + ages.refcnt(), "refcnt", ages.refcnt());
                    }
                    out.field(" " + d.text() + " " + ages.used() / USER_HZ, d.json(), ages.used() / USER_HZ);
                    out.field("/" + ages.confirmed() / USER_HZ, "confirmed", ages.confirmed() / USER_HZ);
                    out.field("/" + ages.updated() / USER_HZ, "updated", ages.updated() / USER_HZ);
                })
                .custom(NeighbourAttributes.PROTOCOL, (out, d, protocol, all) -> {
                    if (protocol != 0) {
                        AttributeFields.field(out, d, NameTable.PROTOCOLS.name(protocol), NameTable.PROTOCOLS.name(protocol));
                    }
                });
    }

    /** The {@code -br} line: address padded to 39 columns, device to 16, then the link-layer address. */
    String brief(Neighbour n) {
        Palette palette = options.palette();
        StringBuilder out = new StringBuilder(80);
        InetAddress dst = n.get(NeighbourAttributes.DST);
        if (dst != null) {
            int family = family(n, dst);
            out.append(palette.paint(colour(family), String.format("%-39s ", InetFormat.ntop(family, dst))));
        }
        if (!deviceFiltered && n.ifindex() != 0) {
            out.append(palette.paint(Palette.Kind.IFNAME, String.format("%-16s ", links.nameOf(n.ifindex()))));
        }
        MacAddress lladdr = n.get(NeighbourAttributes.LLADDR);
        if (lladdr != null) {
            out.append(palette.paint(Palette.Kind.MAC, lladdr.toString()));
        }
        return out.append('\n').toString();
    }

    /** The {@code -j -br} object: address, device, link-layer address. */
    void briefJson(JsonWriter w, Neighbour n) {
        w.startObject();
        InetAddress dst = n.get(NeighbourAttributes.DST);
        if (dst != null) {
            w.string(NeighbourAttributes.DST.display().json(), InetFormat.ntop(family(n, dst), dst));
        }
        if (!deviceFiltered && n.ifindex() != 0) {
            w.string("dev", links.nameOf(n.ifindex()));
        }
        MacAddress lladdr = n.get(NeighbourAttributes.LLADDR);
        if (lladdr != null) {
            w.string(NeighbourAttributes.LLADDR.display().json(), lladdr.toString());
        }
        w.endObject();
    }

    /** The neighbour as an element of {@code ip -j neigh}, its members in the order of the text. */
    void json(JsonWriter w, Neighbour n) {
        w.startObject();
        write(n, new JsonDetailSink(w));
        w.endObject();
    }

    /** The entry's line, ending in a newline; {@code deleted} starts it with {@code Deleted} (monitor). */
    String format(Neighbour n, boolean deleted) {
        StringBuilder out = new StringBuilder(96);
        if (deleted) {
            out.append("Deleted ");
        }
        write(n, new TextDetailSink(out, options.lineBreak()));
        return out.append('\n').toString();
    }

    /**
     * ip's walk: the destination, the device, the link-layer address, the flags ({@code router},
     * {@code proxy}, {@code managed}, {@code extern_learn}, {@code offload}), with {@code -s} the
     * ages and probes, the state names, the originator.
     */
    private void write(Neighbour n, DetailSink out) {
        InetAddress dst = n.get(NeighbourAttributes.DST);
        if (dst != null) {
            int family = family(n, dst);
            String text = InetFormat.ntop(family, dst);
            out.field(options.palette().paint(colour(family), text + " "), NeighbourAttributes.DST.display().json(), text);
        }
        if (!deviceFiltered && n.ifindex() != 0) {
            String name = links.nameOf(n.ifindex());
            out.field("dev " + options.palette().paint(Palette.Kind.IFNAME, name + " "), "dev", name);
        }
        fields.write(out, NeighbourAttributes.LLADDR, n.values());
        Integer extFlags = n.get(NeighbourAttributes.FLAGS_EXT);
        out.present("router", "router", n.hasFlag(NeighbourCodec.NTF_ROUTER));
        out.present("proxy", "proxy", n.hasFlag(NeighbourCodec.NTF_PROXY));
        out.present("managed", "managed", extFlags != null && (extFlags & NeighbourCodec.NTF_EXT_MANAGED) != 0);
        out.present("extern_learn", "extern_learn", n.hasFlag(NeighbourCodec.NTF_EXT_LEARNED));
        out.present("offload", "offload", n.hasFlag(NeighbourCodec.NTF_OFFLOADED));
        if (options.statistics() > 0) {
            fields.write(out, NeighbourAttributes.CACHEINFO, n.values());
            fields.write(out, NeighbourAttributes.PROBES, n.values());
        }
        if (n.state() != 0) {
            List<String> states = new ArrayList<>();
            for (int i = 0; i < STATE_BITS.length; i++) {
                if ((n.state() & STATE_BITS[i]) != 0) {
                    states.add(STATE_NAMES[i]);
                }
            }
            out.field(String.join(" ", states) + (states.isEmpty() ? "" : " "), "state", states);
        }
        fields.write(out, NeighbourAttributes.PROTOCOL, n.values());
    }

    /** The family a destination is written in: a bridge entry's is told by its length. */
    private static int family(Neighbour n, InetAddress dst) {
        return n.family() == AddressFamily.AF_BRIDGE
                ? (dst.getAddress().length == 16 ? AddressFamily.AF_INET6 : AddressFamily.AF_INET) : n.family();
    }

    private static Palette.Kind colour(int family) {
        return family == AddressFamily.AF_INET6 ? Palette.Kind.INET6 : Palette.Kind.INET;
    }
}
