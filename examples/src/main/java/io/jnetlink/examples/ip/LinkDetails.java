package io.jnetlink.examples.ip;

import io.jnetlink.route.link.BridgeData;
import io.jnetlink.route.link.BridgePortData;
import io.jnetlink.route.link.Link;
import io.jnetlink.route.link.LinkData;
import io.jnetlink.route.link.LinkInfo;
import io.jnetlink.route.link.MacvlanData;
import io.jnetlink.route.link.TunData;
import io.jnetlink.route.link.VlanData;
import io.jnetlink.vxlan.VxlanData;

/**
 * What {@code ip -d link} adds after the link-layer address, walked once for the text and the
 * JSON ({@link DetailSink}): counters of promiscuity and all-multicast users, MTU bounds, the
 * kind with its options (bridge, bridge port, VXLAN, VLAN, macvlan, macvtap, tun/tap, each written
 * from its attribute table; kinds without options give just their name), then queue and offload
 * sizes.
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
            return () -> MacvlanDetails.write(out, macvlan);
        } else if (data instanceof TunData tun) {
            return () -> TunDetails.write(out, tun);
        } else if (data instanceof VlanData vlan) {
            return () -> VlanDetails.write(out, vlan);
        } else if (data instanceof VxlanData vxlan) {
            return () -> VxlanDetails.write(out, vxlan, links);
        }
        return null;
    }

    /** A {@link Link} value as unsigned, or null for {@link Link#ABSENT}. */
    private static Long linkValue(int value) {
        return value == Link.ABSENT ? null : Integer.toUnsignedLong(value);
    }

    /** The IPv6 address generation mode name ({@code eui64}, ...), or its number in hex. */
    private static String addrGenMode(int mode) {
        return mode < ADDR_GEN_MODES.length ? ADDR_GEN_MODES[mode] : String.format("%#04x", mode);
    }
}
