package io.jnetlink.examples.ip;

import io.jnetlink.core.MacAddress;
import io.jnetlink.core.attr.Attribute;
import io.jnetlink.core.attr.Display;
import io.jnetlink.route.AddressFamily;
import io.jnetlink.route.link.Link;
import io.jnetlink.route.link.LinkAttributes;
import io.jnetlink.route.link.OperState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * A link as {@code ip link show} prints it (iproute2 6.1 {@code print_linkinfo}): the header
 * line, the {@code link/TYPE} line, and with {@code -d} the kind details.
 */
final class LinkFormatter {
    // IFF_* from linux/if.h, in the order ip prints them.
    private static final int IFF_UP = 0x1;
    private static final int IFF_RUNNING = 0x40;
    private static final int IFF_LOWER_UP = 0x10000;
    private static final String[] FLAG_NAMES = {
        "LOOPBACK", "BROADCAST", "POINTOPOINT", "MULTICAST", "NOARP", "ALLMULTI", "PROMISC", "MASTER",
        "SLAVE", "DEBUG", "DYNAMIC", "AUTOMEDIA", "PORTSEL", "NOTRAILERS", "UP", "LOWER_UP", "DORMANT", "ECHO",
    };
    private static final int[] FLAG_BITS = {
        0x8, 0x2, 0x10, 0x1000, 0x80, 0x200, 0x100, 0x400,
        0x800, 0x4, 0x8000, 0x4000, 0x2000, 0x20, IFF_UP, IFF_LOWER_UP, 0x20000, 0x40000,
    };
    private static final int IFF_POINTOPOINT = 0x10;
    private static final String[] LINK_MODES = {"DEFAULT", "DORMANT"};

    // IFLA_EVENT_* names: why a link notification was sent.
    private static final String[] LINK_EVENTS = {
        "NONE", "REBOOT", "FEATURE CHANGE", "BONDING FAILOVER", "NOTIFY PEERS", "IGMP RESEND", "BONDING OPTIONS",
    };

    private final IpOptions options;
    private final Map<Integer, Link> byIndex = new HashMap<>();
    private boolean showQueue = true;
    private boolean singleLink;
    private IntFunction<Link> lookup = index -> null;
    private final NamespaceNames namespaceNames;

    /** Formats links of a namespace whose links are {@code all}; {@code namespaceNames} names link-netnsids. */
    LinkFormatter(IpOptions options, List<Link> all, NamespaceNames namespaceNames) {
        this.options = options;
        this.namespaceNames = namespaceNames;
        for (Link link : all) {
            byIndex.put(link.ifindex(), link);
        }
    }

    /**
     * Formats as {@code ip monitor} does: no {@code qlen}, and links missing from the names are
     * asked from the kernel through {@code lookup} (it returns null for a link that is gone).
     */
    void monitorMode(IntFunction<Link> lookup) {
        this.showQueue = false;
        this.lookup = lookup;
    }

    /**
     * Formats full link messages even under {@code -6}, as ip has them when it asks for one link
     * ({@code ip address show dev D}) or when only {@code to PREFIX} chose the family.
     */
    void fullLinkMessages() {
        this.singleLink = true;
    }

    /** True when ip shows the link part from the kernel's AF_INET6 link dump ({@code ip -6 address}). */
    private boolean inet6Dump(boolean linkObject) {
        return !linkObject && !singleLink && options.family() == AddressFamily.AF_INET6;
    }

    /** Records {@code link} (a notification), so later lines name it. */
    void remember(Link link) {
        byIndex.put(link.ifindex(), link);
    }

    /** Drops a deleted link from the names. */
    void forget(int index) {
        byIndex.remove(index);
    }

    /** The name ip shows for index {@code index}: the link's name, or {@code ifN} when unknown. */
    String nameOf(int index) {
        Link link = byIndex.get(index);
        if (link == null) {
            link = lookup.apply(index);
            if (link != null) {
                byIndex.put(index, link);
            }
        }
        return link == null ? "if" + index : link.name();
    }

    /**
     * The link's lines, ending in a newline. {@code linkObject} is true for {@code ip link}
     * (which adds {@code mode} and {@code addrgenmode}), false for the link part of {@code ip addr}.
     */
    String format(Link link, boolean linkObject) {
        return format(link, linkObject, false);
    }

    /**
     * Like {@link #format(Link, boolean)}; {@code linkIsNone} marks a message whose
     * {@code IFLA_LINK} is present but 0, which ip shows as {@code @NONE}.
     */
    String format(Link link, boolean linkObject, boolean linkIsNone) {
        StringBuilder out = new StringBuilder(256);
        write(link, linkObject, linkIsNone, new TextDetailSink(out, options.lineBreak()));
        if (statsFollow(link, linkObject)) {
            out.append(options.lineBreak()).append(new StatsFormatter(options)
                    .format(link.stats(), link.getInt(LinkAttributes.CARRIER_CHANGES)));
            altNames(new TextDetailSink(out, options.lineBreak()), link);
        }
        return out.append('\n').toString();
    }

    /** {@code link} as one JSON object's members, as {@code ip -j} writes them. */
    void json(JsonWriter w, Link link, boolean linkObject) {
        write(link, linkObject, false, new JsonDetailSink(w));
    }

    /**
     * One walk over a link for the text and the JSON: the header line (index, name, flags, then the
     * {@link LinkAttributes} rows ip puts there), the link layer, the details and the alias; each
     * attribute's word and key come from its row's {@link Display}.
     */
    private void write(Link link, boolean linkObject, boolean linkIsNone, DetailSink out) {
        Palette palette = options.palette();
        // ip address -6 reads links from the kernel's AF_INET6 link dump, which carries no qdisc,
        // master, group, link mode or peer namespace id (so a peer index is looked up locally).
        boolean inet6Dump = inet6Dump(linkObject);
        out.field(link.ifindex() + ": ", "ifindex", link.ifindex());
        lower(out, link, inet6Dump);
        LinkName name = linkName(link, linkIsNone, inet6Dump);
        out.field(palette.paint(Palette.Kind.IFNAME, name.text() + ": "), "ifname", link.name());
        List<String> flags = new ArrayList<>(flagNames(link.flags()));
        if (name.lowerDown()) {
            flags.add("M-DOWN");
        }
        out.field("<" + String.join(",", flags) + "> ", "flags", flags);
        if (link.mtu() != Link.ABSENT) {
            long mtu = Integer.toUnsignedLong(link.mtu());
            field(out, LinkAttributes.MTU, Long.toString(mtu), mtu);
        }
        String qdisc = link.get(LinkAttributes.QDISC);
        if (qdisc != null && !inet6Dump) {
            field(out, LinkAttributes.QDISC, qdisc, qdisc);
        }
        if (link.masterIfindex() != 0 && !inet6Dump) {
            String master = nameOf(link.masterIfindex());
            field(out, LinkAttributes.MASTER, master, master);
        }
        OperState state = link.operState();
        if (state != null) {
            Display d = LinkAttributes.OPERSTATE.display();
            out.field(d.text() + " " + paintState(state), d.json(), state.name());
        }
        int mode = link.getInt(LinkAttributes.LINKMODE);
        if (linkObject && mode != Link.ABSENT) {
            String text = mode < LINK_MODES.length ? LINK_MODES[mode] : Integer.toString(mode);
            field(out, LinkAttributes.LINKMODE, text, text);
        }
        int group = link.getInt(LinkAttributes.GROUP);
        if (group != Link.ABSENT && !inet6Dump) {
            String text = group == 0 ? "default" : Integer.toUnsignedString(group);
            field(out, LinkAttributes.GROUP, text, text);
        }
        if (showQueue && link.txQueueLength() > 0) {
            Display d = LinkAttributes.TXQLEN.display();
            out.field(d.text() + " " + link.txQueueLength(), d.json(), link.txQueueLength()); // the line's last word: no space
        }
        int event = link.getInt(LinkAttributes.EVENT);
        if (event > 0) {
            String text = event < LINK_EVENTS.length ? LINK_EVENTS[event] : Integer.toUnsignedString(event);
            out.field(LinkAttributes.EVENT.display().text() + " " + text + " ", null, null);
        }
        // ip address -4/-6 leaves out the link/ line (the family filter is not AF_PACKET) unless -d.
        boolean linkLayer = linkObject || options.family() == 0 || options.details();
        if (linkLayer) {
            linkLayer(out, link);
        }
        peerNamespace(out, link, linkLayer || !inet6Dump, linkObject || options.family() == 0 || !inet6Dump);
        if (options.details()) {
            new LinkDetails(this, out).write(link, linkObject);
        }
        if ((linkObject || options.details()) && link.alias() != null) {
            Display d = LinkAttributes.IFALIAS.display();
            out.startLine();
            out.field(d.text() + " " + link.alias(), d.json(), link.alias());
        }
        if (!statsFollow(link, linkObject)) {
            altNames(out, link);
        }
    }

    /** True when ip prints the link's statistics before its alternative names ({@code ip -s link}). */
    private boolean statsFollow(Link link, boolean linkObject) {
        return linkObject && options.statistics() > 0 && link.stats() != null;
    }

    /** The alternative names, each on a line of its own ({@code altname NAME}); a JSON array {@code altnames}. */
    private static void altNames(DetailSink out, Link link) {
        List<String> names = link.altNames();
        if (names.isEmpty()) {
            return;
        }
        for (String name : names) {
            out.startLine();
            out.field("altname " + name, null, null);
        }
        out.field(null, "altnames", names);
    }

    /** The alternative names as JSON members, for {@code ip -s -j link}, which writes them after the statistics. */
    void altNamesAfterStats(JsonWriter w, Link link, boolean linkObject) {
        if (statsFollow(link, linkObject)) {
            altNames(new JsonDetailSink(w), link);
        }
    }

    /** {@code word value } in the text, {@code json} under the row's key. */
    private static void field(DetailSink out, Attribute<?> row, String text, Object json) {
        AttributeFields.field(out, row.display(), text, json);
    }

    private record LinkName(String text, boolean lowerDown) {
    }

    private LinkName linkName(Link link, boolean linkIsNone, boolean inet6Dump) {
        if (linkIsNone) {
            return new LinkName(link.name() + "@NONE", false);
        }
        if (link.linkIfindex() == 0) {
            return new LinkName(link.name(), false);
        }
        if (link.linkNetnsId() != Link.ABSENT && !inet6Dump) {
            return new LinkName(link.name() + "@if" + link.linkIfindex(), false);
        }
        return new LinkName(link.name() + "@" + nameOf(link.linkIfindex()), isDown(link.linkIfindex()));
    }

    /** True when a link here has {@code index}. */
    boolean knows(int index) {
        return byIndex.containsKey(index);
    }

    /** True when no link here has {@code index} or that link is down: ip then flags its upper link {@code M-DOWN}. */
    boolean isDown(int index) {
        Link lower = byIndex.get(index);
        return lower == null || !lower.isUp();
    }

    /**
     * The start of a {@code -br} line: the name padded to 16 and the state to 14 columns; for
     * {@code ip link} ({@code linkObject}) then the link-layer address and the flags. No newline.
     */
    String brief(Link link, boolean linkObject) {
        Palette palette = options.palette();
        StringBuilder out = new StringBuilder(96);
        LinkName name = linkName(link, false, inet6Dump(linkObject));
        out.append(palette.paint(Palette.Kind.IFNAME, String.format("%-16s ", name.text())));
        String state = String.format("%-14s ", link.operState() == null ? "UNKNOWN" : link.operState().name());
        out.append(link.operState() == OperState.UP ? palette.paint(Palette.Kind.OPERSTATE_UP, state)
                : link.operState() == OperState.DOWN ? palette.paint(Palette.Kind.OPERSTATE_DOWN, state) : state);
        if (linkObject) {
            if (link.address() != null) {
                out.append(palette.paint(Palette.Kind.MAC, link.address() + " "));
            }
            flags(out, link.flags(), name.lowerDown());
        }
        return out.toString();
    }

    private String paintState(OperState state) {
        String text = state.name() + " ";
        return switch (state) {
            case UP -> options.palette().paint(Palette.Kind.OPERSTATE_UP, text);
            case DOWN -> options.palette().paint(Palette.Kind.OPERSTATE_DOWN, text);
            default -> text;
        };
    }

    private static void flags(StringBuilder out, int flags, boolean masterDown) {
        out.append('<').append(String.join(",", flagNames(flags))).append(masterDown ? ",M-DOWN" : "").append("> ");
    }

    /** The {@code IFF_*} names ip shows, in its order ({@code NO-CARRIER} first, unknown bits in hex last). */
    static List<String> flagNames(int flags) {
        List<String> names = new ArrayList<>();
        int left = flags;
        if ((left & IFF_UP) != 0 && (left & IFF_RUNNING) == 0) {
            names.add("NO-CARRIER");
        }
        left &= ~IFF_RUNNING;
        for (int i = 0; i < FLAG_BITS.length; i++) {
            if ((left & FLAG_BITS[i]) != 0) {
                left &= ~FLAG_BITS[i];
                names.add(FLAG_NAMES[i]);
            }
        }
        if (left != 0) {
            names.add(Integer.toHexString(left));
        }
        return names;
    }

    /**
     * The link's members as {@code ip -j} writes them, in the order of the text
     * ({@code linkObject} as for {@link #format(Link, boolean)}), with {@code -d} the kind details.
     */
    void briefJson(JsonWriter w, Link link, boolean linkObject) {
        boolean inet6Dump = inet6Dump(linkObject);
        lower(new JsonDetailSink(w), link, inet6Dump);
        w.string("ifname", link.name());
        w.string("operstate", link.operState() == null ? "UNKNOWN" : link.operState().name());
        if (linkObject) {
            if (link.address() != null) {
                w.string("address", link.address().toString());
            }
            flagsJson(w, link, inet6Dump);
        }
    }

    /** {@code link_index} for a lower link in another namespace, else {@code link} with its name. */
    /** JSON only: the lower device, by index when it lives in another namespace. */
    private void lower(DetailSink out, Link link, boolean inet6Dump) {
        if (link.linkIfindex() != 0) {
            if (link.linkNetnsId() != Link.ABSENT && !inet6Dump) {
                out.field(null, "link_index", link.linkIfindex());
            } else {
                out.field(null, "link", nameOf(link.linkIfindex()));
            }
        }
    }

    private void flagsJson(JsonWriter w, Link link, boolean inet6Dump) {
        w.name("flags").startArray();
        flagNames(link.flags()).forEach(w::string);
        if (linkName(link, false, inet6Dump).lowerDown()) {
            w.string("M-DOWN");
        }
        w.endArray();
    }

    /** {@code link/ether ADDR brd BRD} on a line of its own; JSON {@code link_type}, {@code address}, {@code broadcast}. */
    private void linkLayer(DetailSink out, Link link) {
        Palette palette = options.palette();
        String type = HardwareTypes.name(link.hardwareType());
        out.startLine();
        out.field("link/" + type + " ", "link_type", type);
        if (link.address() != null) {
            out.field(palette.paint(Palette.Kind.MAC, link.address().toString()), LinkAttributes.ADDRESS.display().json(),
                    link.address().toString());
        }
        MacAddress broadcast = link.get(LinkAttributes.BROADCAST);
        if (broadcast != null) {
            boolean peer = (link.flags() & IFF_POINTOPOINT) != 0;
            out.field(null, "link_pointtopoint", peer ? true : null);
            out.field((peer ? " peer " : " " + LinkAttributes.BROADCAST.display().text() + " ")
                    + palette.paint(Palette.Kind.MAC, broadcast.toString()),
                    LinkAttributes.BROADCAST.display().json(), broadcast.toString());
        }
    }

    /** The peer's namespace ({@code textShown}/{@code jsonShown}: ip's conditions differ) and protodown. */
    private void peerNamespace(DetailSink out, Link link, boolean textShown, boolean jsonShown) {
        int id = link.linkNetnsId();
        if (id != Link.ABSENT) {
            String name = id >= 0 && namespaceNames != null ? namespaceNames.nameOf(id) : null;
            String text = name != null ? " link-netns " + name : id >= 0 ? " link-netnsid " + id : " link-netnsid unknown";
            out.field(textShown ? text : null, jsonShown && id >= 0 ? LinkAttributes.LINK_NETNSID.display().json() : null, id);
        }
        if (link.getInt(LinkAttributes.PROTO_DOWN) > 0) {
            out.field(textShown ? " protodown on " : null, LinkAttributes.PROTO_DOWN.display().json(), true);
        }
    }
}
