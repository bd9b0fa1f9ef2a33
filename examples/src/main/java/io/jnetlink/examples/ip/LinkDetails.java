package io.jnetlink.examples.ip;

import io.jnetlink.route.AddressFamily;
import io.jnetlink.route.link.BridgeBoolOptions;
import io.jnetlink.route.link.BridgeData;
import io.jnetlink.route.link.BridgeId;
import io.jnetlink.route.link.BridgePortData;
import io.jnetlink.route.link.Link;
import io.jnetlink.route.link.LinkData;
import io.jnetlink.route.link.LinkInfo;
import io.jnetlink.route.link.MacvlanData;
import io.jnetlink.route.link.TunData;
import io.jnetlink.vxlan.VxlanInfo;
import java.net.InetAddress;
import java.util.Locale;

/**
 * What {@code ip -d link} adds after the link-layer address: counters of promiscuity and
 * all-multicast users, MTU bounds, the kind with its options (bridge, bridge port, macvlan,
 * macvtap, tun/tap; kinds without options print just their name), then queue and offload sizes.
 */
final class LinkDetails {
    private static final String[] PORT_STATES = {"disabled", "listening", "learning", "forwarding", "blocking"};
    private static final String[] ADDR_GEN_MODES = {"eui64", "none", "stable_secret", "random"};

    private final IpOptions options;
    private final LinkFormatter links;

    LinkDetails(IpOptions options, LinkFormatter links) {
        this.options = options;
        this.links = links;
    }

    void append(StringBuilder out, Link link, boolean linkObject) {
        if (link.promiscuity() != Link.ABSENT) {
            out.append(" promiscuity ").append(Integer.toUnsignedString(link.promiscuity())).append(' ');
        }
        if (link.allmulti() != Link.ABSENT) {
            out.append(" allmulti ").append(Integer.toUnsignedString(link.allmulti())).append(' ');
        }
        unsigned(out, "minmtu", link.minMtu());
        unsigned(out, "maxmtu", link.maxMtu());
        LinkInfo info = link.info();
        if (info != null) {
            if (info.kind() != null) {
                out.append(options.lineBreak()).append("    ").append(info.kind()).append(' ');
                kind(out, info.data());
            }
            if (info.slaveKind() != null) {
                out.append(options.lineBreak()).append("    ").append(info.slaveKind()).append("_slave ");
                if (info.slaveData() instanceof BridgePortData port) {
                    bridgePort(out, port);
                }
            }
        }
        if (linkObject && link.addrGenMode() != Link.ABSENT) {
            out.append("addrgenmode ").append(addrGenMode(link.addrGenMode())).append(' ');
        }
        unsigned(out, "numtxqueues", link.numTxQueues());
        unsigned(out, "numrxqueues", link.numRxQueues());
        unsigned(out, "gso_max_size", link.gsoMaxSize());
        unsigned(out, "gso_max_segs", link.gsoMaxSegs());
        unsigned(out, "tso_max_size", link.tsoMaxSize());
        unsigned(out, "tso_max_segs", link.tsoMaxSegs());
        unsigned(out, "gro_max_size", link.groMaxSize());
        if (link.parentDevBusName() != null) {
            out.append("parentbus ").append(link.parentDevBusName()).append(' ');
        }
        if (link.parentDevName() != null) {
            out.append("parentdev ").append(link.parentDevName()).append(' ');
        }
    }

    private void kind(StringBuilder out, LinkData data) {
        if (data instanceof BridgeData bridge) {
            bridge(out, bridge);
        } else if (data instanceof MacvlanData macvlan) {
            macvlan(out, macvlan);
        } else if (data instanceof TunData tun) {
            tun(out, tun);
        } else if (data instanceof VxlanInfo vxlan) {
            vxlan(out, vxlan);
        }
    }

    private void vxlan(StringBuilder out, VxlanInfo v) {
        if (Boolean.TRUE.equals(v.collectMetadata())) {
            out.append("external ");
        }
        if (Boolean.TRUE.equals(v.vnifilter())) {
            out.append("vnifilter");
        }
        if (v.id() == null) {
            return;
        }
        out.append("id ").append(Integer.toUnsignedString(v.id())).append(' ');
        if (v.remote() != null && !v.remote().isAnyLocalAddress()) {
            out.append(v.isMulticastGroup() ? "group " : "remote ").append(ntop(v.remote())).append(' ');
        }
        if (v.local() != null && !v.local().isAnyLocalAddress()) {
            out.append("local ").append(ntop(v.local())).append(' ');
        }
        if (v.link() != null && v.link() != 0) {
            out.append("dev ").append(links.nameOf(v.link())).append(' ');
        }
        if (v.portRange() != null) {
            out.append("srcport ").append(v.portRange().low()).append(' ').append(v.portRange().high()).append(' ');
        }
        value(out, "dstport", v.port());
        if (Boolean.FALSE.equals(v.learning())) {
            out.append("nolearning ");
        }
        enabled(out, "proxy", v.proxy());
        enabled(out, "rsc", v.rsc());
        enabled(out, "l2miss", v.l2miss());
        enabled(out, "l3miss", v.l3miss());
        if (v.tos() != null && v.tos() != 0) {
            out.append("tos ").append(v.tos() == 1 ? "inherit" : "0x" + Integer.toHexString(v.tos())).append(' ');
        }
        if (Boolean.TRUE.equals(v.ttlInherit())) {
            out.append("ttl inherit ");
        } else if (v.ttl() != null) {
            out.append("ttl ").append(v.ttl() == 0 ? "auto" : Integer.toString(v.ttl())).append(' ');
        }
        if (v.df() == VxlanInfo.Df.SET || v.df() == VxlanInfo.Df.INHERIT) {
            out.append("df ").append(v.df() == VxlanInfo.Df.SET ? "set" : "inherit").append(' ');
        }
        if (v.label() != null && v.label() != 0) {
            out.append("flowlabel 0x").append(Integer.toHexString(v.label())).append(' ');
        }
        if (v.ageing() != null) {
            out.append("ageing ").append(v.ageing() == 0 ? "none" : Long.toString(v.ageing())).append(' ');
        }
        if (v.limit() != null && v.limit() != 0) {
            out.append("maxaddr ").append(v.limit()).append(' ');
        }
        negatable(out, "udpcsum", v.udpCsum());
        negatable(out, "udp6zerocsumtx", v.udpZeroCsum6Tx());
        negatable(out, "udp6zerocsumrx", v.udpZeroCsum6Rx());
        enabled(out, "remcsumtx", v.remcsumTx());
        enabled(out, "remcsumrx", v.remcsumRx());
        enabled(out, "gbp", v.gbp());
        enabled(out, "gpe", v.gpe());
    }

    static String ntop(InetAddress address) {
        return InetFormat.ntop(address.getAddress().length == 16 ? AddressFamily.AF_INET6 : AddressFamily.AF_INET, address);
    }

    /** A word ip prints only when the option is on. */
    private static void enabled(StringBuilder out, String word, Boolean value) {
        if (Boolean.TRUE.equals(value)) {
            out.append(word).append(' ');
        }
    }

    /** A word ip prints as {@code word} or {@code noword}. */
    private static void negatable(StringBuilder out, String word, Boolean value) {
        if (value != null) {
            out.append(value ? "" : "no").append(word).append(' ');
        }
    }

    private static void bridge(StringBuilder out, BridgeData b) {
        value(out, "forward_delay", b.forwardDelay());
        value(out, "hello_time", b.helloTime());
        value(out, "max_age", b.maxAge());
        value(out, "ageing_time", b.ageingTime());
        value(out, "stp_state", b.stpState());
        value(out, "priority", b.priority());
        flag(out, "vlan_filtering", b.vlanFiltering());
        if (b.vlanProtocol() != null) {
            out.append("vlan_protocol ").append(b.vlanProtocol() == 0x88a8 ? "802.1ad" : b.vlanProtocol() == 0x8100
                    ? "802.1Q" : String.format("%04x", b.vlanProtocol())).append(' ');
        }
        bridgeId(out, "bridge_id", b.bridgeId());
        bridgeId(out, "designated_root", b.rootId());
        value(out, "root_port", b.rootPort());
        value(out, "root_path_cost", b.rootPathCost());
        flag(out, "topology_change", b.topologyChange());
        flag(out, "topology_change_detected", b.topologyChangeDetected());
        timer(out, "hello_timer", b.helloTimer());
        timer(out, "tcn_timer", b.tcnTimer());
        timer(out, "topology_change_timer", b.topologyChangeTimer());
        timer(out, "gc_timer", b.gcTimer());
        value(out, "vlan_default_pvid", b.vlanDefaultPvid());
        flag(out, "vlan_stats_enabled", b.vlanStatsEnabled());
        flag(out, "vlan_stats_per_port", b.vlanStatsPerPort());
        if (b.groupFwdMask() != null) {
            out.append("group_fwd_mask ").append(hashHex(b.groupFwdMask())).append(' ');
        }
        value(out, "group_address", b.groupAddress());
        flag(out, "mcast_snooping", b.mcastSnooping());
        BridgeBoolOptions bool = b.multiBoolOpt();
        if (bool != null) {
            out.append("no_linklocal_learn ").append(bool.isSet(BridgeBoolOptions.BR_BOOLOPT_NO_LL_LEARN) ? 1 : 0).append(' ');
            out.append("mcast_vlan_snooping ")
                    .append(bool.isSet(BridgeBoolOptions.BR_BOOLOPT_MCAST_VLAN_SNOOPING) ? 1 : 0).append(' ');
        }
        value(out, "mcast_router", b.mcastRouter());
        flag(out, "mcast_query_use_ifaddr", b.mcastQueryUseIfaddr());
        flag(out, "mcast_querier", b.mcastQuerier());
        value(out, "mcast_hash_elasticity", b.mcastHashElasticity());
        value(out, "mcast_hash_max", b.mcastHashMax());
        value(out, "mcast_last_member_count", b.mcastLastMemberCount());
        value(out, "mcast_startup_query_count", b.mcastStartupQueryCount());
        value(out, "mcast_last_member_interval", b.mcastLastMemberInterval());
        value(out, "mcast_membership_interval", b.mcastMembershipInterval());
        value(out, "mcast_querier_interval", b.mcastQuerierInterval());
        value(out, "mcast_query_interval", b.mcastQueryInterval());
        value(out, "mcast_query_response_interval", b.mcastQueryResponseInterval());
        value(out, "mcast_startup_query_interval", b.mcastStartupQueryInterval());
        flag(out, "mcast_stats_enabled", b.mcastStatsEnabled());
        value(out, "mcast_igmp_version", b.mcastIgmpVersion());
        value(out, "mcast_mld_version", b.mcastMldVersion());
        flag(out, "nf_call_iptables", b.nfCallIptables());
        flag(out, "nf_call_ip6tables", b.nfCallIp6tables());
        flag(out, "nf_call_arptables", b.nfCallArptables());
    }

    private void bridgePort(StringBuilder out, BridgePortData p) {
        if (p.state() != null) {
            out.append("state ").append(portState(p.state())).append(' ');
        }
        value(out, "priority", p.priority());
        value(out, "cost", p.cost());
        onOff(out, "hairpin", p.hairpin());
        onOff(out, "guard", p.guard());
        onOff(out, "root_block", p.rootBlock());
        onOff(out, "fastleave", p.fastLeave());
        onOff(out, "learning", p.learning());
        onOff(out, "flood", p.unicastFlood());
        if (p.id() != null) {
            out.append("port_id 0x").append(Integer.toHexString(p.id())).append(' ');
        }
        if (p.no() != null) {
            out.append("port_no 0x").append(Integer.toHexString(p.no())).append(' ');
        }
        value(out, "designated_port", p.designatedPort());
        value(out, "designated_cost", p.designatedCost());
        bridgeId(out, "designated_bridge", p.bridgeId());
        bridgeId(out, "designated_root", p.rootId());
        timer(out, "hold_timer", p.holdTimer());
        timer(out, "message_age_timer", p.messageAgeTimer());
        timer(out, "forward_delay_timer", p.forwardDelayTimer());
        value(out, "topology_change_ack", p.topologyChangeAck());
        value(out, "config_pending", p.configPending());
        onOff(out, "proxy_arp", p.proxyArp());
        onOff(out, "proxy_arp_wifi", p.proxyArpWifi());
        value(out, "mcast_router", p.multicastRouter());
        onOff(out, "mcast_fast_leave", p.fastLeave());
        onOff(out, "mcast_flood", p.mcastFlood());
        onOff(out, "bcast_flood", p.broadcastFlood());
        onOff(out, "mcast_to_unicast", p.mcastToUnicast());
        onOff(out, "neigh_suppress", p.neighSuppress());
        if (p.groupFwdMask() != null) {
            out.append("group_fwd_mask ").append(hashHex(p.groupFwdMask())).append(' ');
            out.append("group_fwd_mask_str 0x").append(Integer.toHexString(p.groupFwdMask())).append(' ');
        }
        onOff(out, "vlan_tunnel", p.vlanTunnel());
        onOff(out, "isolated", p.isolated());
        onOff(out, "locked", p.locked());
        if (p.backupPort() != null) {
            out.append("backup_port ").append(links.nameOf(p.backupPort())).append(' ');
        }
    }

    /** The IPv6 address generation mode name ({@code eui64}, ...), or its number in hex. */
    static String addrGenMode(int mode) {
        return mode < ADDR_GEN_MODES.length ? ADDR_GEN_MODES[mode] : String.format("%#04x", mode);
    }

    /** A bridge port's STP state name ({@code forwarding}, ...), or its number. */
    static String portState(int state) {
        return state < PORT_STATES.length ? PORT_STATES[state] : Integer.toString(state);
    }

    /** A macvlan mode's name ({@code bridge}, ...), or {@code unknown}. */
    static String macvlanMode(int mode) {
        return switch (mode) {
            case MacvlanData.MACVLAN_MODE_PRIVATE -> "private";
            case 2 -> "vepa";
            case 4 -> "bridge";
            case 8 -> "passthru";
            case 16 -> "source";
            default -> "unknown";
        };
    }

    private static void macvlan(StringBuilder out, MacvlanData m) {
        if (m.mode() != null) {
            out.append("mode ").append(macvlanMode(m.mode())).append(' ');
        }
        if (m.flags() != null && (m.flags() & 1) != 0) {
            out.append("nopromisc ");
        }
        if (m.bcQueueLen() != null) {
            out.append("bcqueuelen ").append(Integer.toUnsignedString(m.bcQueueLen())).append(' ');
        }
        if (m.bcQueueLenUsed() != null) {
            out.append("usedbcqueuelen ").append(Integer.toUnsignedString(m.bcQueueLenUsed())).append(' ');
        }
    }

    private static void tun(StringBuilder out, TunData t) {
        if (t.type() != null) {
            out.append("type ").append(t.type() == TunData.IFF_TUN ? "tun" : t.type() == TunData.IFF_TAP ? "tap"
                    : "UNKNOWN:" + t.type()).append(' ');
        }
        onOff(out, "pi", t.pi());
        onOff(out, "vnet_hdr", t.vnetHdr());
        if (Boolean.TRUE.equals(t.multiQueue())) {
            out.append("multi_queue ");
            value(out, "numqueues", t.numQueues());
            value(out, "numdisabled", t.numDisabledQueues());
        }
        onOff(out, "persist", t.persist());
        if (t.owner() != null && t.owner() != -1) {
            out.append("user ").append(Integer.toUnsignedString(t.owner())).append(' ');
        }
        if (t.group() != null && t.group() != -1) {
            out.append("group ").append(Integer.toUnsignedString(t.group())).append(' ');
        }
    }

    private static void unsigned(StringBuilder out, String name, int value) {
        if (value != Link.ABSENT) {
            out.append(name).append(' ').append(Integer.toUnsignedString(value)).append(' ');
        }
    }

    private static void value(StringBuilder out, String name, Object value) {
        if (value != null) {
            out.append(name).append(' ').append(value).append(' ');
        }
    }

    private static void flag(StringBuilder out, String name, Boolean value) {
        if (value != null) {
            out.append(name).append(' ').append(value ? 1 : 0).append(' ');
        }
    }

    /** {@code name on} / {@code name off}, nothing when absent. */
    static void onOff(StringBuilder out, String name, Boolean value) {
        if (value != null) {
            out.append(name).append(value ? " on " : " off ");
        }
    }

    /** A bridge timer in hundredths of a second, as {@code %7.2f} seconds. */
    private static void timer(StringBuilder out, String name, Long centiseconds) {
        if (centiseconds != null) {
            out.append(name).append(' ').append(String.format(Locale.ROOT, "%7.2f", centiseconds / 100.0)).append(' ');
        }
    }

    /** ip prints a bridge id's MAC with unpadded hex bytes: {@code 8000.42:5c:c:a3:75:b0}. */
    private static void bridgeId(StringBuilder out, String name, BridgeId id) {
        if (id != null) {
            out.append(name).append(' ').append(bridgeIdText(id)).append(' ');
        }
    }

    /** A bridge id as ip writes it: priority in four hex digits, a dot, the MAC with unpadded hex bytes. */
    static String bridgeIdText(BridgeId id) {
        StringBuilder out = new StringBuilder(24).append(String.format("%04x", id.priority())).append('.');
        byte[] mac = id.address().toByteArray();
        for (int i = 0; i < mac.length; i++) {
            out.append(i == 0 ? "" : ":").append(Integer.toHexString(mac[i] & 0xff));
        }
        return out.toString();
    }

    /** C's {@code %#x}: {@code 0} for zero, {@code 0x...} otherwise. */
    static String hashHex(int value) {
        return value == 0 ? "0" : "0x" + Integer.toHexString(value);
    }
}
