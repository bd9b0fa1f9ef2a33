package io.jnetlink.route.link;

import static io.jnetlink.core.attr.Access.READ_ONLY;
import static io.jnetlink.core.attr.Access.READ_WRITE;
import static io.jnetlink.core.attr.Access.WRITE_ONLY;
import static io.jnetlink.core.attr.Display.as;
import static io.jnetlink.core.attr.Format.CUSTOM;
import static io.jnetlink.core.attr.Format.HEX_PREFIXED;
import static io.jnetlink.core.attr.Format.NUMBER;
import static io.jnetlink.core.attr.Format.ON_OFF;
import static io.jnetlink.core.attr.Format.TIMER;
import static io.jnetlink.core.attr.Unit.CENTISECONDS;
import static io.jnetlink.core.attr.Unit.NONE;
import static io.jnetlink.core.attr.ValueType.BOOL;
import static io.jnetlink.core.attr.ValueType.FLAG;
import static io.jnetlink.core.attr.ValueType.U16;
import static io.jnetlink.core.attr.ValueType.U32;
import static io.jnetlink.core.attr.ValueType.U64;
import static io.jnetlink.core.attr.ValueType.U8;

import io.jnetlink.core.attr.Attribute;
import io.jnetlink.core.attr.AttributeSet;
import io.jnetlink.core.attr.Display;

/**
 * {@code IFLA_BRPORT_*} (linux/if_link.h): a bridge port's options, in its {@code IFLA_INFO_SLAVE_DATA}
 * and in the {@code IFLA_PROTINFO} of {@code AF_BRIDGE} link messages. One row per attribute, in
 * the order {@code ip -d link} prints them; complete against the kernel's {@code rt-link.yaml}
 * ({@code brport-attrs}). Read with {@link BridgePortData#get(Attribute)}, set with
 * {@link BridgePortData#with(Attribute, Object)}.
 */
public final class BridgePortAttributes {
    /** The {@code IFLA_BRPORT_*} set. */
    public static final AttributeSet SET = new AttributeSet("IFLA_BRPORT");

    /** STP state: 0 disabled, 1 listening, 2 learning, 3 forwarding, 4 blocking. */
    public static final Attribute<Integer> STATE = SET.add(1, "IFLA_BRPORT_STATE", U8, READ_WRITE, NONE, as("state", CUSTOM));
    /** Port priority. */
    public static final Attribute<Integer> PRIORITY = SET.add(2, "IFLA_BRPORT_PRIORITY", U16, READ_WRITE, NONE, as("priority", NUMBER));
    /** STP path cost. */
    public static final Attribute<Integer> COST = SET.add(3, "IFLA_BRPORT_COST", U32, READ_WRITE, NONE, as("cost", NUMBER));
    /** Hairpin mode: frames may leave by the port they came in. */
    public static final Attribute<Boolean> MODE = SET.add(4, "IFLA_BRPORT_MODE", BOOL, READ_WRITE, NONE, as("hairpin", ON_OFF));
    /** BPDU guard. */
    public static final Attribute<Boolean> GUARD = SET.add(5, "IFLA_BRPORT_GUARD", BOOL, READ_WRITE, NONE, as("guard", ON_OFF));
    /** Root port protection ({@code root_block}). */
    public static final Attribute<Boolean> PROTECT = SET.add(6, "IFLA_BRPORT_PROTECT", BOOL, READ_WRITE, NONE, as("root_block", ON_OFF));
    /** Multicast fast leave. */
    public static final Attribute<Boolean> FAST_LEAVE = SET.add(7, "IFLA_BRPORT_FAST_LEAVE", BOOL, READ_WRITE, NONE, as("fastleave", ON_OFF));
    /** MAC learning. */
    public static final Attribute<Boolean> LEARNING = SET.add(8, "IFLA_BRPORT_LEARNING", BOOL, READ_WRITE, NONE, as("learning", ON_OFF));
    /** Flooding of unknown unicast. */
    public static final Attribute<Boolean> UNICAST_FLOOD = SET.add(9, "IFLA_BRPORT_UNICAST_FLOOD", BOOL, READ_WRITE, NONE, as("flood", ON_OFF));
    /** Port id. */
    public static final Attribute<Integer> ID = SET.add(17, "IFLA_BRPORT_ID", U16, READ_ONLY, NONE, new Display("port_id", "id", HEX_PREFIXED));
    /** Port number. */
    public static final Attribute<Integer> NO = SET.add(18, "IFLA_BRPORT_NO", U16, READ_ONLY, NONE, new Display("port_no", "no", HEX_PREFIXED));
    /** Designated port. */
    public static final Attribute<Integer> DESIGNATED_PORT = SET.add(15, "IFLA_BRPORT_DESIGNATED_PORT", U16, READ_ONLY, NONE, as("designated_port", NUMBER));
    /** Designated cost. */
    public static final Attribute<Integer> DESIGNATED_COST = SET.add(16, "IFLA_BRPORT_DESIGNATED_COST", U16, READ_ONLY, NONE, as("designated_cost", NUMBER));
    /** Designated bridge's id. */
    public static final Attribute<BridgeId> BRIDGE_ID = SET.add(14, "IFLA_BRPORT_BRIDGE_ID", BridgeId.TYPE, READ_ONLY, NONE, new Display("designated_bridge", "bridge_id", CUSTOM));
    /** Designated root's id. */
    public static final Attribute<BridgeId> ROOT_ID = SET.add(13, "IFLA_BRPORT_ROOT_ID", BridgeId.TYPE, READ_ONLY, NONE, new Display("designated_root", "root_id", CUSTOM));
    /** Hold timer (ticking). */
    public static final Attribute<Long> HOLD_TIMER = SET.add(23, "IFLA_BRPORT_HOLD_TIMER", U64, READ_ONLY, CENTISECONDS, as("hold_timer", TIMER));
    /** Message age timer (ticking). */
    public static final Attribute<Long> MESSAGE_AGE_TIMER = SET.add(21, "IFLA_BRPORT_MESSAGE_AGE_TIMER", U64, READ_ONLY, CENTISECONDS, as("message_age_timer", TIMER));
    /** Forward delay timer (ticking). */
    public static final Attribute<Long> FORWARD_DELAY_TIMER = SET.add(22, "IFLA_BRPORT_FORWARD_DELAY_TIMER", U64, READ_ONLY, CENTISECONDS, as("forward_delay_timer", TIMER));
    /** Topology change acknowledgement flag. */
    public static final Attribute<Integer> TOPOLOGY_CHANGE_ACK = SET.add(19, "IFLA_BRPORT_TOPOLOGY_CHANGE_ACK", U8, READ_ONLY, NONE, as("topology_change_ack", NUMBER));
    /** Configuration pending flag. */
    public static final Attribute<Integer> CONFIG_PENDING = SET.add(20, "IFLA_BRPORT_CONFIG_PENDING", U8, READ_ONLY, NONE, as("config_pending", NUMBER));
    /** Proxy ARP. */
    public static final Attribute<Boolean> PROXYARP = SET.add(10, "IFLA_BRPORT_PROXYARP", BOOL, READ_WRITE, NONE, as("proxy_arp", ON_OFF));
    /** Proxy ARP for Wi-Fi. */
    public static final Attribute<Boolean> PROXYARP_WIFI = SET.add(12, "IFLA_BRPORT_PROXYARP_WIFI", BOOL, READ_WRITE, NONE, as("proxy_arp_wifi", ON_OFF));
    /** Multicast router mode of the port: 0 disabled, 1 temporary, 2 permanent, 3 temporary query. */
    public static final Attribute<Integer> MULTICAST_ROUTER = SET.add(25, "IFLA_BRPORT_MULTICAST_ROUTER", U8, READ_WRITE, NONE, new Display("mcast_router", "multicast_router", NUMBER));
    /** Flooding of unknown multicast. */
    public static final Attribute<Boolean> MCAST_FLOOD = SET.add(27, "IFLA_BRPORT_MCAST_FLOOD", BOOL, READ_WRITE, NONE, as("mcast_flood", ON_OFF));
    /** Flooding of broadcast. */
    public static final Attribute<Boolean> BCAST_FLOOD = SET.add(30, "IFLA_BRPORT_BCAST_FLOOD", BOOL, READ_WRITE, NONE, as("bcast_flood", ON_OFF));
    /** Multicast sent as unicast. */
    public static final Attribute<Boolean> MCAST_TO_UCAST = SET.add(28, "IFLA_BRPORT_MCAST_TO_UCAST", BOOL, READ_WRITE, NONE, as("mcast_to_unicast", ON_OFF));
    /** ARP/ND suppression. */
    public static final Attribute<Boolean> NEIGH_SUPPRESS = SET.add(32, "IFLA_BRPORT_NEIGH_SUPPRESS", BOOL, READ_WRITE, NONE, as("neigh_suppress", ON_OFF));
    /** Link-local group addresses forwarded, as a bit mask. */
    public static final Attribute<Integer> GROUP_FWD_MASK = SET.add(31, "IFLA_BRPORT_GROUP_FWD_MASK", U16, READ_WRITE, NONE, as("group_fwd_mask", CUSTOM));
    /** VLAN tunnel mapping. */
    public static final Attribute<Boolean> VLAN_TUNNEL = SET.add(29, "IFLA_BRPORT_VLAN_TUNNEL", BOOL, READ_WRITE, NONE, as("vlan_tunnel", ON_OFF));
    /** Isolated port: forwards only to non-isolated ports. */
    public static final Attribute<Boolean> ISOLATED = SET.add(33, "IFLA_BRPORT_ISOLATED", BOOL, READ_WRITE, NONE, as("isolated", ON_OFF));
    /** Locked port: only authenticated hosts' frames pass. */
    public static final Attribute<Boolean> LOCKED = SET.add(39, "IFLA_BRPORT_LOCKED", BOOL, READ_WRITE, NONE, as("locked", ON_OFF));
    /** Interface index of the backup port; 0 removes it. */
    public static final Attribute<Integer> BACKUP_PORT = SET.add(34, "IFLA_BRPORT_BACKUP_PORT", U32, READ_WRITE, NONE, as("backup_port", CUSTOM));
    /** MAC learning sync from the device. */
    public static final Attribute<Boolean> LEARNING_SYNC = SET.add(11, "IFLA_BRPORT_LEARNING_SYNC", BOOL, READ_WRITE, NONE, Display.NONE);
    /** A command: flush the port's FDB entries. */
    public static final Attribute<Boolean> FLUSH = SET.add(24, "IFLA_BRPORT_FLUSH", FLAG, WRITE_ONLY, NONE, Display.NONE);
    /** MRP ring open. */
    public static final Attribute<Boolean> MRP_RING_OPEN = SET.add(35, "IFLA_BRPORT_MRP_RING_OPEN", BOOL, READ_ONLY, NONE, Display.NONE);
    /** MRP interconnect open. */
    public static final Attribute<Boolean> MRP_IN_OPEN = SET.add(36, "IFLA_BRPORT_MRP_IN_OPEN", BOOL, READ_ONLY, NONE, Display.NONE);
    /** Most hosts tracked per group for IGMPv3/MLDv2 explicit host tracking. */
    public static final Attribute<Integer> MCAST_EHT_HOSTS_LIMIT = SET.add(37, "IFLA_BRPORT_MCAST_EHT_HOSTS_LIMIT", U32, READ_WRITE, NONE, Display.NONE);
    /** Hosts tracked for explicit host tracking. */
    public static final Attribute<Integer> MCAST_EHT_HOSTS_CNT = SET.add(38, "IFLA_BRPORT_MCAST_EHT_HOSTS_CNT", U32, READ_ONLY, NONE, Display.NONE);
    /** MAC authentication bypass (kernel 6.2 and later). */
    public static final Attribute<Boolean> MAB = SET.add(40, "IFLA_BRPORT_MAB", BOOL, READ_WRITE, NONE, Display.NONE);
    /** Multicast groups joined on the port (kernel 6.3 and later). */
    public static final Attribute<Integer> MCAST_N_GROUPS = SET.add(41, "IFLA_BRPORT_MCAST_N_GROUPS", U32, READ_ONLY, NONE, Display.NONE);
    /** Most multicast groups the port joins, 0 without a limit (kernel 6.3 and later). */
    public static final Attribute<Integer> MCAST_MAX_GROUPS = SET.add(42, "IFLA_BRPORT_MCAST_MAX_GROUPS", U32, READ_WRITE, NONE, Display.NONE);
    /** Per-VLAN neighbour suppression (kernel 6.6 and later). */
    public static final Attribute<Boolean> NEIGH_VLAN_SUPPRESS = SET.add(43, "IFLA_BRPORT_NEIGH_VLAN_SUPPRESS", BOOL, READ_WRITE, NONE, Display.NONE);
    /** Nexthop id of the backup port (kernel 6.6 and later). */
    public static final Attribute<Integer> BACKUP_NHID = SET.add(44, "IFLA_BRPORT_BACKUP_NHID", U32, READ_WRITE, NONE, Display.NONE);

    static {
        SET.ignore(26); // IFLA_BRPORT_PAD: aligns the 64-bit timers, carries nothing
    }

    private BridgePortAttributes() {
    }
}
