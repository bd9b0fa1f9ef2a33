package io.jnetlink.examples.ip;

import io.jnetlink.route.link.BridgeBoolOptions;
import io.jnetlink.route.link.BridgeData;
import io.jnetlink.route.link.BridgeId;
import io.jnetlink.route.link.BridgePortData;
import java.util.StringJoiner;

/** The {@code -d} options of a bridge ({@code info_data}) and of a bridge port ({@code info_slave_data}). */
final class BridgeDetails {
    private static final String[] PORT_STATES = {"disabled", "listening", "learning", "forwarding", "blocking"};

    private BridgeDetails() {
    }

    /** A bridge's options. */
    static void bridge(DetailSink out, BridgeData b) {
        out.number("forward_delay", b.forwardDelay());
        out.number("hello_time", b.helloTime());
        out.number("max_age", b.maxAge());
        out.number("ageing_time", b.ageingTime());
        out.number("stp_state", b.stpState());
        out.number("priority", b.priority());
        out.flag("vlan_filtering", b.vlanFiltering());
        if (b.vlanProtocol() != null) {
            out.string("vlan_protocol", b.vlanProtocol() == 0x88a8 ? "802.1ad" : b.vlanProtocol() == 0x8100
                    ? "802.1Q" : String.format("%04x", b.vlanProtocol()));
        }
        out.string("bridge_id", bridgeId(b.bridgeId()));
        out.string("designated_root", "root_id", bridgeId(b.rootId()));
        out.number("root_port", b.rootPort());
        out.number("root_path_cost", b.rootPathCost());
        out.flag("topology_change", b.topologyChange());
        out.flag("topology_change_detected", b.topologyChangeDetected());
        out.timer("hello_timer", b.helloTimer());
        out.timer("tcn_timer", b.tcnTimer());
        out.timer("topology_change_timer", b.topologyChangeTimer());
        out.timer("gc_timer", b.gcTimer());
        out.number("vlan_default_pvid", b.vlanDefaultPvid());
        out.flag("vlan_stats_enabled", b.vlanStatsEnabled());
        out.flag("vlan_stats_per_port", b.vlanStatsPerPort());
        out.string("group_fwd_mask", hashHex(b.groupFwdMask()));
        out.string("group_address", "group_addr", b.groupAddress());
        out.flag("mcast_snooping", b.mcastSnooping());
        BridgeBoolOptions bool = b.multiBoolOpt();
        if (bool != null) {
            out.flag("no_linklocal_learn", bool.isSet(BridgeBoolOptions.BR_BOOLOPT_NO_LL_LEARN));
            out.flag("mcast_vlan_snooping", bool.isSet(BridgeBoolOptions.BR_BOOLOPT_MCAST_VLAN_SNOOPING));
        }
        out.number("mcast_router", b.mcastRouter());
        out.flag("mcast_query_use_ifaddr", b.mcastQueryUseIfaddr());
        out.flag("mcast_querier", b.mcastQuerier());
        out.number("mcast_hash_elasticity", b.mcastHashElasticity());
        out.number("mcast_hash_max", b.mcastHashMax());
        out.number("mcast_last_member_count", "mcast_last_member_cnt", b.mcastLastMemberCount());
        out.number("mcast_startup_query_count", "mcast_startup_query_cnt", b.mcastStartupQueryCount());
        out.number("mcast_last_member_interval", "mcast_last_member_intvl", b.mcastLastMemberInterval());
        out.number("mcast_membership_interval", "mcast_membership_intvl", b.mcastMembershipInterval());
        out.number("mcast_querier_interval", "mcast_querier_intvl", b.mcastQuerierInterval());
        out.number("mcast_query_interval", "mcast_query_intvl", b.mcastQueryInterval());
        out.number("mcast_query_response_interval", "mcast_query_response_intvl", b.mcastQueryResponseInterval());
        out.number("mcast_startup_query_interval", "mcast_startup_query_intvl", b.mcastStartupQueryInterval());
        out.flag("mcast_stats_enabled", b.mcastStatsEnabled());
        out.number("mcast_igmp_version", b.mcastIgmpVersion());
        out.number("mcast_mld_version", b.mcastMldVersion());
        out.flag("nf_call_iptables", b.nfCallIptables());
        out.flag("nf_call_ip6tables", b.nfCallIp6tables());
        out.flag("nf_call_arptables", b.nfCallArptables());
    }

    /** A bridge port's options; {@code links} names the backup port. */
    static void port(DetailSink out, BridgePortData p, LinkFormatter links) {
        out.string("state", portState(p.state()));
        out.number("priority", p.priority());
        out.number("cost", p.cost());
        out.onOff("hairpin", p.hairpin());
        out.onOff("guard", p.guard());
        out.onOff("root_block", p.rootBlock());
        out.onOff("fastleave", p.fastLeave());
        out.onOff("learning", p.learning());
        out.onOff("flood", p.unicastFlood());
        out.string("port_id", "id", hex(p.id()));
        out.string("port_no", "no", hex(p.no()));
        out.number("designated_port", p.designatedPort());
        out.number("designated_cost", p.designatedCost());
        out.string("designated_bridge", "bridge_id", bridgeId(p.bridgeId()));
        out.string("designated_root", "root_id", bridgeId(p.rootId()));
        out.timer("hold_timer", p.holdTimer());
        out.timer("message_age_timer", p.messageAgeTimer());
        out.timer("forward_delay_timer", p.forwardDelayTimer());
        out.number("topology_change_ack", p.topologyChangeAck());
        out.number("config_pending", p.configPending());
        out.onOff("proxy_arp", p.proxyArp());
        out.onOff("proxy_arp_wifi", p.proxyArpWifi());
        out.number("mcast_router", "multicast_router", p.multicastRouter());
        // The text repeats fastleave under this name; the JSON does not.
        out.onOff("mcast_fast_leave", null, p.fastLeave());
        out.onOff("mcast_flood", p.mcastFlood());
        out.onOff("bcast_flood", p.broadcastFlood());
        out.onOff("mcast_to_unicast", p.mcastToUnicast());
        out.onOff("neigh_suppress", p.neighSuppress());
        if (p.groupFwdMask() != null) {
            out.string("group_fwd_mask", hashHex(p.groupFwdMask()));
            out.string("group_fwd_mask_str", groupFwdMaskNames(p.groupFwdMask()));
        }
        out.onOff("vlan_tunnel", p.vlanTunnel());
        out.onOff("isolated", p.isolated());
        out.onOff("locked", p.locked());
        out.string("backup_port", p.backupPort() == null ? null : links.nameOf(p.backupPort()));
    }

    /** A bridge port's STP state name ({@code forwarding}, ...), or its number; null for null. */
    static String portState(Integer state) {
        return state == null ? null : state < PORT_STATES.length ? PORT_STATES[state] : Integer.toString(state);
    }

    /**
     * A bridge id as ip writes it: priority in four hex digits, a dot, the MAC with unpadded hex
     * bytes ({@code 8000.42:5c:c:a3:75:b0}); null for null.
     */
    private static String bridgeId(BridgeId id) {
        if (id == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(24).append(String.format("%04x", id.priority())).append('.');
        byte[] mac = id.address().toByteArray();
        for (int i = 0; i < mac.length; i++) {
            out.append(i == 0 ? "" : ":").append(Integer.toHexString(mac[i] & 0xff));
        }
        return out.toString();
    }

    /** {@code 0x} and hex digits, null for null. */
    /**
     * The forwarded link-local groups as ip names them: one entry per set bit (bit N is
     * 01:80:c2:00:00:0N), {@code stp}, {@code lacp} and {@code lldp} by name, the others as the
     * bit's value in hex; {@code 0x0} when none.
     */
    private static String groupFwdMaskNames(int mask) {
        if (mask == 0) {
            return "0x0";
        }
        StringJoiner names = new StringJoiner(",");
        for (int bit = 0; bit < Integer.SIZE; bit++) {
            if ((mask & (1 << bit)) != 0) {
                names.add(switch (bit) {
                    case 0 -> "stp";
                    case 2 -> "lacp";
                    case 14 -> "lldp";
                    default -> "0x" + Integer.toHexString(1 << bit);
                });
            }
        }
        return names.toString();
    }

    private static String hex(Integer value) {
        return value == null ? null : "0x" + Integer.toHexString(value);
    }

    /** C's {@code %#x}: {@code 0} for zero, {@code 0x...} otherwise; null for null. */
    private static String hashHex(Integer value) {
        return value == null ? null : value == 0 ? "0" : hex(value);
    }
}
