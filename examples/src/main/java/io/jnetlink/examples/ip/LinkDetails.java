package io.jnetlink.examples.ip;

import io.jnetlink.core.MacAddress;
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

    /** Writes the details of {@code link}; {@code linkObject}: for {@code ip link} (not {@code ip addr}). */
    void write(Link link, boolean linkObject) {
        userCount("promiscuity", link.promiscuity());
        userCount("allmulti", link.allmulti());
        out.number("minmtu", "min_mtu", linkValue(link.minMtu()));
        out.number("maxmtu", "max_mtu", linkValue(link.maxMtu()));
        LinkInfo info = link.info();
        if (info != null && (info.kind() != null || info.slaveKind() != null)) {
            out.object("linkinfo", () -> linkInfo(info));
        }
        if (linkObject && link.addrGenMode() != Link.ABSENT) {
            out.string("addrgenmode", "inet6_addr_gen_mode", addrGenMode(link.addrGenMode()));
        }
        out.number("numtxqueues", "num_tx_queues", linkValue(link.numTxQueues()));
        out.number("numrxqueues", "num_rx_queues", linkValue(link.numRxQueues()));
        out.number("gso_max_size", linkValue(link.gsoMaxSize()));
        out.number("gso_max_segs", linkValue(link.gsoMaxSegs()));
        out.number("tso_max_size", linkValue(link.tsoMaxSize()));
        out.number("tso_max_segs", linkValue(link.tsoMaxSegs()));
        out.number("gro_max_size", linkValue(link.groMaxSize()));
        out.string("parentbus", link.parentDevBusName());
        out.string("parentdev", link.parentDevName());
    }

    /** ip's text puts a space before these counters too, hence {@code promiscuity 0  allmulti 0}. */
    private void userCount(String name, int count) {
        Long value = linkValue(count);
        if (value != null) {
            out.field(" " + name + " " + value + " ", name, value);
        }
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

    /** A {@link Link} value as unsigned, or null for {@link Link#ABSENT}. */
    private static Long linkValue(int value) {
        return value == Link.ABSENT ? null : Integer.toUnsignedLong(value);
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
