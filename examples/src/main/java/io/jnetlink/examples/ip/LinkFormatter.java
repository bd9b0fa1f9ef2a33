package io.jnetlink.examples.ip;

import io.jnetlink.core.message.AttributeCursor;
import io.jnetlink.route.AddressFamily;
import io.jnetlink.route.link.Link;
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

    // IFLA_EVENT from linux/if_link.h (the route library leaves it raw): why a link notification was sent.
    private static final int IFLA_EVENT = 44;
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
            byIndex.put(link.index(), link);
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
        byIndex.put(link.index(), link);
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
        header(out, link, linkObject, linkIsNone);
        // ip address -4/-6 leaves out the link/ line (the family filter is not AF_PACKET) unless -d.
        if (linkObject || options.family() == 0 || options.details()) {
            out.append(options.lineBreak());
            linkLayer(out, link, linkObject);
        } else if (!inet6Dump(linkObject)) {
            peerNamespace(out, link);
        }
        if ((linkObject || options.details()) && link.alias() != null) {
            out.append(options.lineBreak()).append("    alias ").append(link.alias());
        }
        if (linkObject && options.statistics() > 0 && link.stats() != null) {
            out.append(options.lineBreak()).append(new StatsFormatter(options).format(link.stats(), link.carrierChanges()));
        }
        return out.append('\n').toString();
    }

    /** The first line: index, name, flags, mtu, qdisc, master, state, mode, group, qlen. */
    private void header(StringBuilder out, Link link, boolean linkObject, boolean linkIsNone) {
        Palette palette = options.palette();
        // ip address -6 reads links from the kernel's AF_INET6 link dump, which carries no qdisc,
        // master, group, link mode or peer namespace id (so a peer index is looked up locally).
        boolean inet6Dump = inet6Dump(linkObject);
        out.append(link.index()).append(": ");
        LinkName name = linkName(link, linkIsNone, inet6Dump);
        out.append(palette.paint(Palette.Kind.IFNAME, name.text() + ": "));
        flags(out, link.flags(), name.lowerDown());
        if (link.mtu() != Link.ABSENT) {
            out.append("mtu ").append(Integer.toUnsignedString(link.mtu())).append(' ');
        }
        if (link.qdisc() != null && !inet6Dump) {
            out.append("qdisc ").append(link.qdisc()).append(' ');
        }
        if (link.master() != 0 && !inet6Dump) {
            out.append("master ").append(nameOf(link.master())).append(' ');
        }
        if (link.operState() != null) {
            out.append("state ").append(paintState(link.operState()));
        }
        if (linkObject && link.linkMode() != Link.ABSENT) {
            out.append("mode ").append(link.linkMode() < LINK_MODES.length ? LINK_MODES[link.linkMode()]
                    : Integer.toString(link.linkMode())).append(' ');
        }
        if (link.group() != Link.ABSENT && !inet6Dump) {
            out.append("group ").append(link.group() == 0 ? "default" : Integer.toUnsignedString(link.group())).append(' ');
        }
        if (showQueue && link.txQueueLength() > 0) {
            out.append("qlen ").append(link.txQueueLength());
        }
        AttributeCursor others = link.otherAttributes().cursor();
        while (others.next()) {
            if (others.type() == IFLA_EVENT) {
                long event = others.u32();
                if (event != 0) {
                    out.append("event ").append(event < LINK_EVENTS.length ? LINK_EVENTS[(int) event]
                            : Long.toString(event)).append(' ');
                }
            }
        }
    }

    /** A link's name as ip shows it, with {@code @LOWER} ({@code @ifN} in another namespace); {@code lowerDown}: show {@code M-DOWN}. */
    private record LinkName(String text, boolean lowerDown) {
    }

    private LinkName linkName(Link link, boolean linkIsNone, boolean inet6Dump) {
        if (linkIsNone) {
            return new LinkName(link.name() + "@NONE", false);
        }
        if (link.link() == 0) {
            return new LinkName(link.name(), false);
        }
        if (link.linkNetnsId() != Link.ABSENT && !inet6Dump) {
            return new LinkName(link.name() + "@if" + link.link(), false);
        }
        return new LinkName(link.name() + "@" + nameOf(link.link()), isDown(link.link()));
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
    void json(JsonWriter w, Link link, boolean linkObject) {
        boolean inet6Dump = inet6Dump(linkObject);
        w.number("ifindex", link.index());
        lower(w, link, inet6Dump);
        w.string("ifname", link.name());
        flagsJson(w, link, inet6Dump);
        if (link.mtu() != Link.ABSENT) {
            w.name("mtu").number(Integer.toUnsignedString(link.mtu()));
        }
        if (link.qdisc() != null && !inet6Dump) {
            w.string("qdisc", link.qdisc());
        }
        if (link.master() != 0 && !inet6Dump) {
            w.string("master", nameOf(link.master()));
        }
        if (link.operState() != null) {
            w.string("operstate", link.operState().name());
        }
        if (linkObject && link.linkMode() != Link.ABSENT) {
            w.string("linkmode", link.linkMode() < LINK_MODES.length ? LINK_MODES[link.linkMode()]
                    : Integer.toString(link.linkMode()));
        }
        if (link.group() != Link.ABSENT && !inet6Dump) {
            w.string("group", link.group() == 0 ? "default" : Integer.toUnsignedString(link.group()));
        }
        if (showQueue && link.txQueueLength() > 0) {
            w.number("txqlen", link.txQueueLength());
        }
        if (linkObject || options.family() == 0 || options.details()) {
            w.string("link_type", HardwareTypes.name(link.hardwareType()));
            if (link.address() != null) {
                w.string("address", link.address().toString());
            }
            if (link.broadcast() != null) {
                if ((link.flags() & IFF_POINTOPOINT) != 0) {
                    w.bool("link_pointtopoint", true);
                }
                w.string("broadcast", link.broadcast().toString());
            }
        }
        if ((linkObject || options.family() == 0 || !inet6Dump) && link.linkNetnsId() >= 0) {
            w.number("link_netnsid", link.linkNetnsId());
        }
        if (link.protoDown() > 0) {
            w.bool("proto_down", true);
        }
        if (options.details()) {
            new LinkDetails(this, new JsonDetailSink(w)).write(link, linkObject);
        }
        if ((linkObject || options.details()) && link.alias() != null) {
            w.string("ifalias", link.alias());
        }
    }

    /** {@code ip -j -br}: name, state, and for {@code ip link} the address and flags. */
    void briefJson(JsonWriter w, Link link, boolean linkObject) {
        boolean inet6Dump = inet6Dump(linkObject);
        lower(w, link, inet6Dump);
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
    private void lower(JsonWriter w, Link link, boolean inet6Dump) {
        if (link.link() != 0) {
            if (link.linkNetnsId() != Link.ABSENT && !inet6Dump) {
                w.number("link_index", link.link());
            } else {
                w.string("link", nameOf(link.link()));
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

    /** The second line: {@code link/TYPE ADDR brd ADDR}, the peer's namespace, and {@code -d} details. */
    private void linkLayer(StringBuilder out, Link link, boolean linkObject) {
        Palette palette = options.palette();
        out.append("    link/").append(HardwareTypes.name(link.hardwareType())).append(' ');
        if (link.address() != null) {
            out.append(palette.paint(Palette.Kind.MAC, link.address().toString()));
        }
        if (link.broadcast() != null) {
            out.append((link.flags() & IFF_POINTOPOINT) != 0 ? " peer " : " brd ");
            out.append(palette.paint(Palette.Kind.MAC, link.broadcast().toString()));
        }
        peerNamespace(out, link);
        if (options.details()) {
            new LinkDetails(this, new TextDetailSink(out, options.lineBreak())).write(link, linkObject);
        }
    }

    /** {@code link-netns NAME} or {@code link-netnsid N} for a link whose peer or parent is elsewhere. */
    private void peerNamespace(StringBuilder out, Link link) {
        if (link.linkNetnsId() != Link.ABSENT) {
            int id = link.linkNetnsId();
            String name = id >= 0 && namespaceNames != null ? namespaceNames.nameOf(id) : null;
            if (name != null) {
                out.append(" link-netns ").append(name);
            } else if (id >= 0) {
                out.append(" link-netnsid ").append(id);
            } else {
                out.append(" link-netnsid unknown");
            }
        }
        if (link.protoDown() > 0) {
            out.append(" protodown on ");
        }
    }
}
