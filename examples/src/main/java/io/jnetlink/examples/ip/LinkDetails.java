package io.jnetlink.examples.ip;

import io.jnetlink.core.MacAddress;
import io.jnetlink.core.attr.Attribute;
import io.jnetlink.core.attr.AttributeValues;
import io.jnetlink.core.attr.Display;
import io.jnetlink.route.link.LinkAttributes;
import io.jnetlink.route.link.BridgeData;
import io.jnetlink.route.link.BridgePortData;
import io.jnetlink.route.link.Link;
import io.jnetlink.route.link.LinkData;
import io.jnetlink.route.link.LinkInfo;
import io.jnetlink.route.link.MacvlanData;
import io.jnetlink.route.link.TunData;
import io.jnetlink.vxlan.VxlanInfo;
import java.util.List;
import java.util.function.LongFunction;

/**
 * What {@code ip -d link} adds after the link-layer address, walked once for the text and the
 * JSON ({@link DetailSink}): counters of promiscuity and all-multicast users, MTU bounds, the
 * kind with its options (bridge, bridge port, VXLAN, macvlan, macvtap, tun/tap; kinds without
 * options give just their name), then queue and offload sizes.
 */
final class LinkDetails {
    private static final String[] ADDR_GEN_MODES = {"eui64", "none", "stable_secret", "random"};

    private final LinkFormatter links;
    private final DetailSink out;

    LinkDetails(LinkFormatter links, DetailSink out) {
        this.links = links;
        this.out = out;
    }

    /** The rows ip -d adds, from the user counts to the parent device, in the table's order. */
    private static final List<Attribute<?>> ROWS = rows(LinkAttributes.PROMISCUITY, LinkAttributes.PARENT_DEV_NAME);

    /** Writes the details of {@code link}; {@code linkObject}: for {@code ip link} (not {@code ip addr}). */
    void write(Link link, boolean linkObject) {
        AttributeFields fields = new AttributeFields()
                .custom(LinkAttributes.PROMISCUITY, this::userCount)
                .custom(LinkAttributes.ALLMULTI, this::userCount)
                .custom(LinkAttributes.LINKINFO, (o, d, info, all) -> {
                    if (info.kind() != null || info.slaveKind() != null) {
                        o.object(d.json(), () -> linkInfo(link.info()));
                    }
                })
                .custom(LinkAttributes.AF_SPEC, (o, d, spec, all) -> {
                    if (linkObject && link.addrGenMode() != Link.ABSENT) {
                        AttributeFields.field(o, d, addrGenMode(link.addrGenMode()), addrGenMode(link.addrGenMode()));
                    }
                });
        for (Attribute<?> row : ROWS) {
            fields.write(out, row, link.values());
        }
    }

    /** The rows of {@link LinkAttributes#SET} from {@code first} to {@code last}, both included. */
    private static List<Attribute<?>> rows(Attribute<?> first, Attribute<?> last) {
        List<Attribute<?>> all = LinkAttributes.SET.attributes();
        return all.subList(all.indexOf(first), all.indexOf(last) + 1);
    }

    /** ip's text puts a space before these counters too, hence {@code promiscuity 0  allmulti 0}. */
    private void userCount(DetailSink o, Display d, Integer count, AttributeValues all) {
        long value = Integer.toUnsignedLong(count);
        o.field(" " + d.text() + " " + value + " ", d.json(), value);
    }

    /** Each kind on a line of its own; the JSON has {@code info_data} only for kinds with options. */
    private void linkInfo(LinkInfo info) {
        if (info.kind() != null) {
            out.startLine();
            out.field(info.kind() + " ", "info_kind", info.kind());
            Runnable options = kindOptions(info.data());
            if (options != null) {
                out.object("info_data", options);
            }
        }
        if (info.slaveKind() != null) {
            out.startLine();
            out.field(info.slaveKind() + "_slave ", "info_slave_kind", info.slaveKind());
            if (info.slaveData() instanceof BridgePortData port) {
                out.object("info_slave_data", () -> BridgeDetails.port(out, port, links));
            }
        }
    }

    /** What writes the options of a kind, or null for a kind without options we show. */
    private Runnable kindOptions(LinkData data) {
        if (data instanceof BridgeData bridge) {
            return () -> BridgeDetails.bridge(out, bridge);
        } else if (data instanceof MacvlanData macvlan) {
            return () -> macvlan(macvlan);
        } else if (data instanceof TunData tun) {
            return () -> tun(tun);
        } else if (data instanceof VxlanInfo vxlan) {
            return () -> VxlanDetails.write(out, vxlan, links);
        }
        return null;
    }

    /** Macvlan and macvtap. */
    private void macvlan(MacvlanData m) {
        out.string("mode", m.mode() == null ? null : macvlanMode(m.mode()));
        int flags = m.flags() == null ? 0 : m.flags();
        out.enabled("nopromisc", (flags & MacvlanData.MACVLAN_FLAG_NOPROMISC) != 0);
        out.enabled("nodst", (flags & MacvlanData.MACVLAN_FLAG_NODST) != 0);
        out.number("bcqueuelen", unsigned(m.bcQueueLen()));
        out.number("usedbcqueuelen", unsigned(m.bcQueueLenUsed()));
        // The kernel counts source addresses in every mode; ip shows them in mode source only.
        if (m.macaddrCount() != null && Integer.valueOf(MacvlanData.MACVLAN_MODE_SOURCE).equals(m.mode())) {
            out.field("remotes (" + m.macaddrCount() + ") ", "macaddr_count", m.macaddrCount());
            if (!m.macaddrs().isEmpty()) {
                List<String> macs = m.macaddrs().stream().map(MacAddress::toString).toList();
                out.field(String.join(" ", macs) + " ", "macaddr_data", macs);
            }
        }
    }

    /** Tun and tap; the text names multi_queue only when on, the JSON always. */
    private void tun(TunData t) {
        if (t.type() != null) {
            out.string("type", t.type() == TunData.IFF_TUN ? "tun" : t.type() == TunData.IFF_TAP ? "tap"
                    : "UNKNOWN:" + t.type());
        }
        out.onOff("pi", t.pi());
        out.onOff("vnet_hdr", t.vnetHdr());
        out.field(Boolean.TRUE.equals(t.multiQueue()) ? "multi_queue " : null, "multi_queue", t.multiQueue());
        if (Boolean.TRUE.equals(t.multiQueue())) {
            out.number("numqueues", t.numQueues());
            out.number("numdisabled", t.numDisabledQueues());
        }
        out.onOff("persist", t.persist());
        owner("user", tunOwner(t.owner()), Accounts::userName);
        owner("group", tunOwner(t.group()), Accounts::groupName);
    }

    /** A tun owner as ip shows it: the account's name when the system knows the id, else the number. */
    private void owner(String word, Long id, LongFunction<String> nameOf) {
        String name = id == null ? null : nameOf.apply(id);
        if (name != null) {
            out.string(word, name);
        } else {
            out.number(word, id);
        }
    }

    private static Long unsigned(Integer value) {
        return value == null ? null : Integer.toUnsignedLong(value);
    }

    /** A tun owner's uid or gid, or null for none (-1). */
    private static Long tunOwner(Integer id) {
        return id == null || id == -1 ? null : unsigned(id);
    }

    /** The IPv6 address generation mode name ({@code eui64}, ...), or its number in hex. */
    private static String addrGenMode(int mode) {
        return mode < ADDR_GEN_MODES.length ? ADDR_GEN_MODES[mode] : String.format("%#04x", mode);
    }

    /** A macvlan mode's name ({@code bridge}, ...), or {@code unknown}. */
    private static String macvlanMode(int mode) {
        return switch (mode) {
            case MacvlanData.MACVLAN_MODE_PRIVATE -> "private";
            case MacvlanData.MACVLAN_MODE_VEPA -> "vepa";
            case MacvlanData.MACVLAN_MODE_BRIDGE -> "bridge";
            case MacvlanData.MACVLAN_MODE_PASSTHRU -> "passthru";
            case MacvlanData.MACVLAN_MODE_SOURCE -> "source";
            default -> "unknown";
        };
    }
}
