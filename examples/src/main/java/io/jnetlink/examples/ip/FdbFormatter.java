package io.jnetlink.examples.ip;

import io.jnetlink.core.MacAddress;
import io.jnetlink.core.attr.Attribute;
import io.jnetlink.route.neighbour.Neighbour;
import io.jnetlink.route.neighbour.NeighbourAttributes;
import io.jnetlink.route.neighbour.NeighbourCodec;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One bridge FDB entry as {@code bridge fdb show} prints it (iproute2 6.1 {@code print_fdb}): one
 * walk over the entry serves the text line and the JSON. The line's layout is bridge's (the MAC
 * first, bare, {@code mac} in JSON; the {@code ndmsg} device, flags and state between the
 * attributes); each attribute's word, key and form come from its {@link NeighbourAttributes} row.
 */
final class FdbFormatter implements FieldWalk<Neighbour> {
    /** The attributes bridge writes between the device and the flags, in its order. */
    private static final List<Attribute<?>> REMOTE = List.of(NeighbourAttributes.DST, NeighbourAttributes.VLAN,
            NeighbourAttributes.PORT, NeighbourAttributes.VNI, NeighbourAttributes.SRC_VNI, NeighbourAttributes.IFINDEX,
            NeighbourAttributes.NH_ID, NeighbourAttributes.LINK_NETNSID);

    private final Palette palette;
    private final LinkFormatter links;
    private final boolean deviceFiltered;
    private final boolean statistics;
    private final AttributeFields fields;

    /**
     * {@code deviceFiltered}: entries were selected by device, so {@code dev D} is left out as
     * bridge does; {@code statistics} ({@code -s}): add {@code used USED/UPDATED} in seconds.
     */
    FdbFormatter(Palette palette, LinkFormatter links, boolean deviceFiltered, boolean statistics) {
        this.palette = palette;
        this.links = links;
        this.deviceFiltered = deviceFiltered;
        this.statistics = statistics;
        this.fields = new AttributeFields(palette)
                .custom(NeighbourAttributes.IFINDEX, (out, d, via, all) -> {
                    if (all.get(NeighbourAttributes.LINK_NETNSID) != null) {
                        // In another namespace: bridge cannot name the device.
                        out.field(d.text() + " ifindex " + Integer.toUnsignedLong(via) + " ", "viaIfIndex",
                                Integer.toUnsignedLong(via));
                    } else {
                        out.string(d.text(), d.json(), links.nameOf(via));
                    }
                })
                .custom(NeighbourAttributes.CACHEINFO, (out, d, ages, all) -> {
                    long used = ages.used() / NeighFormatter.USER_HZ;
                    long updated = ages.updated() / NeighFormatter.USER_HZ;
                    out.field(d.text() + " " + used + "/" + updated + " ", d.json(), used);
                    out.field(null, "updated", updated);
                })
                .custom(NeighbourAttributes.MASTER, (out, d, master, all) -> out.string(d.text(), d.json(),
                        links.nameOf(master)));
    }

    /**
     * bridge's walk: the MAC, the device, the VXLAN remote and the VLAN, with {@code -s} the ages,
     * the flags, the bridge, the state.
     */
    @Override
    public void write(Neighbour n, DetailSink out) {
        MacAddress mac = n.get(NeighbourAttributes.LLADDR);
        if (mac != null) {
            out.field(palette.paint(Palette.Kind.MAC, mac + " "), "mac", mac.toString());
        }
        if (!deviceFiltered && n.ifindex() != 0) {
            String name = links.nameOf(n.ifindex());
            out.field("dev " + palette.paint(Palette.Kind.IFNAME, name + " "), "ifname", name);
        }
        for (Attribute<?> row : REMOTE) {
            fields.write(out, row, n.values());
        }
        if (statistics) {
            fields.write(out, NeighbourAttributes.CACHEINFO, n.values());
        }
        List<String> flags = new ArrayList<>();
        addIf(flags, n.hasFlag(NeighbourCodec.NTF_SELF), "self");
        addIf(flags, n.hasFlag(NeighbourCodec.NTF_ROUTER), "router");
        addIf(flags, n.hasFlag(NeighbourCodec.NTF_EXT_LEARNED), "extern_learn");
        addIf(flags, n.hasFlag(NeighbourCodec.NTF_OFFLOADED), "offload");
        addIf(flags, n.hasFlag(NeighbourCodec.NTF_MASTER), "master");
        addIf(flags, n.hasFlag(NeighbourCodec.NTF_STICKY), "sticky");
        out.field(flags.stream().map(flag -> flag + " ").collect(Collectors.joining()), "flags", flags);
        fields.write(out, NeighbourAttributes.MASTER, n.values());
        out.field(state(n.state(), "state="), "state", state(n.state(), ""));
    }

    private static void addIf(List<String> words, boolean set, String word) {
        if (set) {
            words.add(word);
        }
    }

    /** bridge's name of a state; a state it cannot name as {@code %#x} after {@code prefix}. */
    private static String state(int state, String prefix) {
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
        return prefix + AttributeFields.hashHex(state);
    }
}
