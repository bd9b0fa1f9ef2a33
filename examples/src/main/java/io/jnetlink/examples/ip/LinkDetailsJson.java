package io.jnetlink.examples.ip;

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
import java.util.Locale;

/**
 * What {@code ip -j -d link} adds, as {@link LinkDetails} for the text: the counters of users,
 * MTU bounds, {@code linkinfo} with {@code info_data} and {@code info_slave_data} (bridge, bridge
 * port, VXLAN, macvlan/macvtap, tun/tap; kinds without options give only {@code info_kind}), then
 * queue and offload sizes. ip's JSON names differ from its words in places ({@code root_id},
 * {@code group_addr}, {@code *_cnt}, {@code *_intvl}, {@code port}) and it writes some values
 * the text leaves out ({@code learning}, {@code df}, {@code port_range}).
 */
final class LinkDetailsJson {
    private final LinkFormatter links;

    LinkDetailsJson(LinkFormatter links) {
        this.links = links;
    }

    void append(JsonWriter w, Link link, boolean linkObject) {
        unsigned(w, "promiscuity", link.promiscuity());
        unsigned(w, "allmulti", link.allmulti());
        unsigned(w, "min_mtu", link.minMtu());
        unsigned(w, "max_mtu", link.maxMtu());
        LinkInfo info = link.info();
        if (info != null && (info.kind() != null || info.slaveKind() != null)) {
            w.name("linkinfo").startObject();
            if (info.kind() != null) {
                w.string("info_kind", info.kind());
                kind(w, info.data());
            }
            if (info.slaveKind() != null) {
                w.string("info_slave_kind", info.slaveKind());
                if (info.slaveData() instanceof BridgePortData port) {
                    w.name("info_slave_data").startObject();
                    bridgePort(w, port);
                    w.endObject();
                }
            }
            w.endObject();
        }
        if (linkObject && link.addrGenMode() != Link.ABSENT) {
            w.string("inet6_addr_gen_mode", LinkDetails.addrGenMode(link.addrGenMode()));
        }
        unsigned(w, "num_tx_queues", link.numTxQueues());
        unsigned(w, "num_rx_queues", link.numRxQueues());
        unsigned(w, "gso_max_size", link.gsoMaxSize());
        unsigned(w, "gso_max_segs", link.gsoMaxSegs());
        unsigned(w, "tso_max_size", link.tsoMaxSize());
        unsigned(w, "tso_max_segs", link.tsoMaxSegs());
        unsigned(w, "gro_max_size", link.groMaxSize());
        if (link.parentDevBusName() != null) {
            w.string("parentbus", link.parentDevBusName());
        }
        if (link.parentDevName() != null) {
            w.string("parentdev", link.parentDevName());
        }
    }

    private void kind(JsonWriter w, LinkData data) {
        if (!(data instanceof BridgeData || data instanceof MacvlanData || data instanceof TunData
                || data instanceof VxlanInfo)) {
            return;
        }
        w.name("info_data").startObject();
        if (data instanceof BridgeData bridge) {
            bridge(w, bridge);
        } else if (data instanceof MacvlanData macvlan) {
            macvlan(w, macvlan);
        } else if (data instanceof TunData tun) {
            tun(w, tun);
        } else if (data instanceof VxlanInfo vxlan) {
            vxlan(w, vxlan);
        }
        w.endObject();
    }

    private void vxlan(JsonWriter w, VxlanInfo v) {
        if (Boolean.TRUE.equals(v.collectMetadata())) {
            w.bool("external", true);
        }
        if (Boolean.TRUE.equals(v.vnifilter())) {
            w.bool("vnifilter", true);
        }
        if (v.id() == null) {
            return;
        }
        w.name("id").number(Integer.toUnsignedString(v.id()));
        boolean v6 = v.remote() != null && v.remote().getAddress().length == 16
                || v.local() != null && v.local().getAddress().length == 16;
        if (v.remote() != null && !v.remote().isAnyLocalAddress()) {
            w.string((v.isMulticastGroup() ? "group" : "remote") + (v6 ? "6" : ""), LinkDetails.ntop(v.remote()));
        }
        if (v.local() != null && !v.local().isAnyLocalAddress()) {
            w.string(v6 ? "local6" : "local", LinkDetails.ntop(v.local()));
        }
        if (v.link() != null && v.link() != 0) {
            w.string("link", links.nameOf(v.link()));
        }
        if (v.portRange() != null) {
            w.name("port_range").startObject().number("low", v.portRange().low()).number("high", v.portRange().high())
                    .endObject();
        }
        if (v.port() != null) {
            w.number("port", v.port());
        }
        if (v.learning() != null) {
            w.bool("learning", v.learning());
        }
        enabled(w, "proxy", v.proxy());
        enabled(w, "rsc", v.rsc());
        enabled(w, "l2miss", v.l2miss());
        enabled(w, "l3miss", v.l3miss());
        if (v.tos() != null && v.tos() != 0) {
            w.string("tos", v.tos() == 1 ? "inherit" : "0x" + Integer.toHexString(v.tos()));
        }
        if (Boolean.TRUE.equals(v.ttlInherit())) {
            w.string("ttl", "inherit");
        } else if (v.ttl() != null) {
            w.number("ttl", v.ttl());
        }
        if (v.df() != null) {
            w.string("df", v.df().name().toLowerCase(Locale.ROOT));
        }
        if (v.label() != null && v.label() != 0) {
            w.string("label", "0x" + Integer.toHexString(v.label()));
        }
        if (v.ageing() != null) {
            w.number("ageing", v.ageing());
        }
        if (v.limit() != null && v.limit() != 0) {
            w.number("limit", v.limit());
        }
        present(w, "udp_csum", v.udpCsum());
        present(w, "udp_zero_csum6_tx", v.udpZeroCsum6Tx());
        present(w, "udp_zero_csum6_rx", v.udpZeroCsum6Rx());
        enabled(w, "remcsum_tx", v.remcsumTx());
        enabled(w, "remcsum_rx", v.remcsumRx());
        enabled(w, "gbp", v.gbp());
        enabled(w, "gpe", v.gpe());
    }

    private static void bridge(JsonWriter w, BridgeData b) {
        number(w, "forward_delay", b.forwardDelay());
        number(w, "hello_time", b.helloTime());
        number(w, "max_age", b.maxAge());
        number(w, "ageing_time", b.ageingTime());
        number(w, "stp_state", b.stpState());
        number(w, "priority", b.priority());
        flag(w, "vlan_filtering", b.vlanFiltering());
        if (b.vlanProtocol() != null) {
            w.string("vlan_protocol", b.vlanProtocol() == 0x88a8 ? "802.1ad" : b.vlanProtocol() == 0x8100
                    ? "802.1Q" : String.format("%04x", b.vlanProtocol()));
        }
        bridgeId(w, "bridge_id", b.bridgeId());
        bridgeId(w, "root_id", b.rootId());
        number(w, "root_port", b.rootPort());
        number(w, "root_path_cost", b.rootPathCost());
        flag(w, "topology_change", b.topologyChange());
        flag(w, "topology_change_detected", b.topologyChangeDetected());
        timer(w, "hello_timer", b.helloTimer());
        timer(w, "tcn_timer", b.tcnTimer());
        timer(w, "topology_change_timer", b.topologyChangeTimer());
        timer(w, "gc_timer", b.gcTimer());
        number(w, "vlan_default_pvid", b.vlanDefaultPvid());
        flag(w, "vlan_stats_enabled", b.vlanStatsEnabled());
        flag(w, "vlan_stats_per_port", b.vlanStatsPerPort());
        if (b.groupFwdMask() != null) {
            w.string("group_fwd_mask", LinkDetails.hashHex(b.groupFwdMask()));
        }
        if (b.groupAddress() != null) {
            w.string("group_addr", b.groupAddress().toString());
        }
        flag(w, "mcast_snooping", b.mcastSnooping());
        BridgeBoolOptions bool = b.multiBoolOpt();
        if (bool != null) {
            w.number("no_linklocal_learn", bool.isSet(BridgeBoolOptions.BR_BOOLOPT_NO_LL_LEARN) ? 1 : 0);
            w.number("mcast_vlan_snooping", bool.isSet(BridgeBoolOptions.BR_BOOLOPT_MCAST_VLAN_SNOOPING) ? 1 : 0);
        }
        number(w, "mcast_router", b.mcastRouter());
        flag(w, "mcast_query_use_ifaddr", b.mcastQueryUseIfaddr());
        flag(w, "mcast_querier", b.mcastQuerier());
        number(w, "mcast_hash_elasticity", b.mcastHashElasticity());
        number(w, "mcast_hash_max", b.mcastHashMax());
        number(w, "mcast_last_member_cnt", b.mcastLastMemberCount());
        number(w, "mcast_startup_query_cnt", b.mcastStartupQueryCount());
        number(w, "mcast_last_member_intvl", b.mcastLastMemberInterval());
        number(w, "mcast_membership_intvl", b.mcastMembershipInterval());
        number(w, "mcast_querier_intvl", b.mcastQuerierInterval());
        number(w, "mcast_query_intvl", b.mcastQueryInterval());
        number(w, "mcast_query_response_intvl", b.mcastQueryResponseInterval());
        number(w, "mcast_startup_query_intvl", b.mcastStartupQueryInterval());
        flag(w, "mcast_stats_enabled", b.mcastStatsEnabled());
        number(w, "mcast_igmp_version", b.mcastIgmpVersion());
        number(w, "mcast_mld_version", b.mcastMldVersion());
        flag(w, "nf_call_iptables", b.nfCallIptables());
        flag(w, "nf_call_ip6tables", b.nfCallIp6tables());
        flag(w, "nf_call_arptables", b.nfCallArptables());
    }

    private void bridgePort(JsonWriter w, BridgePortData p) {
        if (p.state() != null) {
            w.string("state", LinkDetails.portState(p.state()));
        }
        number(w, "priority", p.priority());
        number(w, "cost", p.cost());
        present(w, "hairpin", p.hairpin());
        present(w, "guard", p.guard());
        present(w, "root_block", p.rootBlock());
        present(w, "fastleave", p.fastLeave());
        present(w, "learning", p.learning());
        present(w, "flood", p.unicastFlood());
        if (p.id() != null) {
            w.string("id", "0x" + Integer.toHexString(p.id()));
        }
        if (p.no() != null) {
            w.string("no", "0x" + Integer.toHexString(p.no()));
        }
        number(w, "designated_port", p.designatedPort());
        number(w, "designated_cost", p.designatedCost());
        bridgeId(w, "bridge_id", p.bridgeId());
        bridgeId(w, "root_id", p.rootId());
        timer(w, "hold_timer", p.holdTimer());
        timer(w, "message_age_timer", p.messageAgeTimer());
        timer(w, "forward_delay_timer", p.forwardDelayTimer());
        number(w, "topology_change_ack", p.topologyChangeAck());
        number(w, "config_pending", p.configPending());
        present(w, "proxy_arp", p.proxyArp());
        present(w, "proxy_arp_wifi", p.proxyArpWifi());
        number(w, "multicast_router", p.multicastRouter());
        present(w, "mcast_flood", p.mcastFlood());
        present(w, "bcast_flood", p.broadcastFlood());
        present(w, "mcast_to_unicast", p.mcastToUnicast());
        present(w, "neigh_suppress", p.neighSuppress());
        if (p.groupFwdMask() != null) {
            w.string("group_fwd_mask", LinkDetails.hashHex(p.groupFwdMask()));
            w.string("group_fwd_mask_str", "0x" + Integer.toHexString(p.groupFwdMask()));
        }
        present(w, "vlan_tunnel", p.vlanTunnel());
        present(w, "isolated", p.isolated());
        present(w, "locked", p.locked());
        if (p.backupPort() != null) {
            w.string("backup_port", links.nameOf(p.backupPort()));
        }
    }

    private static void macvlan(JsonWriter w, MacvlanData m) {
        if (m.mode() != null) {
            w.string("mode", LinkDetails.macvlanMode(m.mode()));
        }
        if (m.flags() != null && (m.flags() & 1) != 0) {
            w.bool("nopromisc", true);
        }
        if (m.bcQueueLen() != null) {
            w.name("bcqueuelen").number(Integer.toUnsignedString(m.bcQueueLen()));
        }
        if (m.bcQueueLenUsed() != null) {
            w.name("usedbcqueuelen").number(Integer.toUnsignedString(m.bcQueueLenUsed()));
        }
    }

    private static void tun(JsonWriter w, TunData t) {
        if (t.type() != null) {
            w.string("type", t.type() == TunData.IFF_TUN ? "tun" : t.type() == TunData.IFF_TAP ? "tap"
                    : "UNKNOWN:" + t.type());
        }
        present(w, "pi", t.pi());
        present(w, "vnet_hdr", t.vnetHdr());
        present(w, "multi_queue", t.multiQueue());
        if (Boolean.TRUE.equals(t.multiQueue())) {
            number(w, "numqueues", t.numQueues());
            number(w, "numdisabled", t.numDisabledQueues());
        }
        present(w, "persist", t.persist());
        if (t.owner() != null && t.owner() != -1) {
            w.name("user").number(Integer.toUnsignedString(t.owner()));
        }
        if (t.group() != null && t.group() != -1) {
            w.name("group").number(Integer.toUnsignedString(t.group()));
        }
    }

    private static void unsigned(JsonWriter w, String name, int value) {
        if (value != Link.ABSENT) {
            w.name(name).number(Integer.toUnsignedString(value));
        }
    }

    private static void number(JsonWriter w, String name, Number value) {
        if (value != null) {
            w.name(name).number(value.toString());
        }
    }

    /** A bridge flag ip writes as 0 or 1. */
    private static void flag(JsonWriter w, String name, Boolean value) {
        if (value != null) {
            w.number(name, value ? 1 : 0);
        }
    }

    /** A switch ip writes as true or false whenever the kernel sent it. */
    private static void present(JsonWriter w, String name, Boolean value) {
        if (value != null) {
            w.bool(name, value);
        }
    }

    /** A switch ip writes only when it is on. */
    private static void enabled(JsonWriter w, String name, Boolean value) {
        if (Boolean.TRUE.equals(value)) {
            w.bool(name, true);
        }
    }

    /** A bridge timer in hundredths of a second, as a number with two decimals. */
    private static void timer(JsonWriter w, String name, Long centiseconds) {
        if (centiseconds != null) {
            w.name(name).number(String.format(Locale.ROOT, "%.2f", centiseconds / 100.0));
        }
    }

    private static void bridgeId(JsonWriter w, String name, BridgeId id) {
        if (id != null) {
            w.string(name, LinkDetails.bridgeIdText(id));
        }
    }
}
