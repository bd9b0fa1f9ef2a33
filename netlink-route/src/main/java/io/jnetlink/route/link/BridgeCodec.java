package io.jnetlink.route.link;

import io.jnetlink.core.MacAddress;
import io.jnetlink.core.message.AttributeCursor;
import io.jnetlink.core.message.MessageWriter;

/**
 * Codec of the {@code bridge} kind: {@link BridgeData} in {@code IFLA_INFO_DATA} and
 * {@link BridgePortData} in the {@code IFLA_INFO_SLAVE_DATA} of its ports. Attributes are written
 * in ascending type order, skipping the read-only ones (ids, timers, topology state).
 */
public final class BridgeCodec implements LinkKindCodec<BridgeData> {
    /** {@code IFLA_INFO_KIND} of a bridge. */
    public static final String KIND = "bridge";

    // IFLA_BR_* (linux/if_link.h)
    /** {@code IFLA_BR_FORWARD_DELAY}: see {@link BridgeData#forwardDelay()}. */
    public static final int IFLA_BR_FORWARD_DELAY = 1;
    /** {@code IFLA_BR_HELLO_TIME}: see {@link BridgeData#helloTime()}. */
    public static final int IFLA_BR_HELLO_TIME = 2;
    /** {@code IFLA_BR_MAX_AGE}: see {@link BridgeData#maxAge()}. */
    public static final int IFLA_BR_MAX_AGE = 3;
    /** {@code IFLA_BR_AGEING_TIME}: see {@link BridgeData#ageingTime()}. */
    public static final int IFLA_BR_AGEING_TIME = 4;
    /** {@code IFLA_BR_STP_STATE}: see {@link BridgeData#stpState()}. */
    public static final int IFLA_BR_STP_STATE = 5;
    /** {@code IFLA_BR_PRIORITY}: see {@link BridgeData#priority()}. */
    public static final int IFLA_BR_PRIORITY = 6;
    /** {@code IFLA_BR_VLAN_FILTERING}: see {@link BridgeData#vlanFiltering()}. */
    public static final int IFLA_BR_VLAN_FILTERING = 7;
    /** {@code IFLA_BR_VLAN_PROTOCOL}: see {@link BridgeData#vlanProtocol()}. */
    public static final int IFLA_BR_VLAN_PROTOCOL = 8;
    /** {@code IFLA_BR_GROUP_FWD_MASK}: see {@link BridgeData#groupFwdMask()}. */
    public static final int IFLA_BR_GROUP_FWD_MASK = 9;
    /** {@code IFLA_BR_ROOT_ID}: see {@link BridgeData#rootId()}. */
    public static final int IFLA_BR_ROOT_ID = 10;
    /** {@code IFLA_BR_BRIDGE_ID}: see {@link BridgeData#bridgeId()}. */
    public static final int IFLA_BR_BRIDGE_ID = 11;
    /** {@code IFLA_BR_ROOT_PORT}: see {@link BridgeData#rootPort()}. */
    public static final int IFLA_BR_ROOT_PORT = 12;
    /** {@code IFLA_BR_ROOT_PATH_COST}: see {@link BridgeData#rootPathCost()}. */
    public static final int IFLA_BR_ROOT_PATH_COST = 13;
    /** {@code IFLA_BR_TOPOLOGY_CHANGE}: see {@link BridgeData#topologyChange()}. */
    public static final int IFLA_BR_TOPOLOGY_CHANGE = 14;
    /** {@code IFLA_BR_TOPOLOGY_CHANGE_DETECTED}: see {@link BridgeData#topologyChangeDetected()}. */
    public static final int IFLA_BR_TOPOLOGY_CHANGE_DETECTED = 15;
    /** {@code IFLA_BR_HELLO_TIMER}: see {@link BridgeData#helloTimer()}. */
    public static final int IFLA_BR_HELLO_TIMER = 16;
    /** {@code IFLA_BR_TCN_TIMER}: see {@link BridgeData#tcnTimer()}. */
    public static final int IFLA_BR_TCN_TIMER = 17;
    /** {@code IFLA_BR_TOPOLOGY_CHANGE_TIMER}: see {@link BridgeData#topologyChangeTimer()}. */
    public static final int IFLA_BR_TOPOLOGY_CHANGE_TIMER = 18;
    /** {@code IFLA_BR_GC_TIMER}: see {@link BridgeData#gcTimer()}. */
    public static final int IFLA_BR_GC_TIMER = 19;
    /** {@code IFLA_BR_GROUP_ADDR}: see {@link BridgeData#groupAddress()}. */
    public static final int IFLA_BR_GROUP_ADDR = 20;
    /** {@code IFLA_BR_FDB_FLUSH}: see {@link BridgeData#fdbFlush()}. */
    public static final int IFLA_BR_FDB_FLUSH = 21;
    /** {@code IFLA_BR_MCAST_ROUTER}: see {@link BridgeData#mcastRouter()}. */
    public static final int IFLA_BR_MCAST_ROUTER = 22;
    /** {@code IFLA_BR_MCAST_SNOOPING}: see {@link BridgeData#mcastSnooping()}. */
    public static final int IFLA_BR_MCAST_SNOOPING = 23;
    /** {@code IFLA_BR_MCAST_QUERY_USE_IFADDR}: see {@link BridgeData#mcastQueryUseIfaddr()}. */
    public static final int IFLA_BR_MCAST_QUERY_USE_IFADDR = 24;
    /** {@code IFLA_BR_MCAST_QUERIER}: see {@link BridgeData#mcastQuerier()}. */
    public static final int IFLA_BR_MCAST_QUERIER = 25;
    /** {@code IFLA_BR_MCAST_HASH_ELASTICITY}: see {@link BridgeData#mcastHashElasticity()}. */
    public static final int IFLA_BR_MCAST_HASH_ELASTICITY = 26;
    /** {@code IFLA_BR_MCAST_HASH_MAX}: see {@link BridgeData#mcastHashMax()}. */
    public static final int IFLA_BR_MCAST_HASH_MAX = 27;
    /** {@code IFLA_BR_MCAST_LAST_MEMBER_CNT}: see {@link BridgeData#mcastLastMemberCount()}. */
    public static final int IFLA_BR_MCAST_LAST_MEMBER_CNT = 28;
    /** {@code IFLA_BR_MCAST_STARTUP_QUERY_CNT}: see {@link BridgeData#mcastStartupQueryCount()}. */
    public static final int IFLA_BR_MCAST_STARTUP_QUERY_CNT = 29;
    /** {@code IFLA_BR_MCAST_LAST_MEMBER_INTVL}: see {@link BridgeData#mcastLastMemberInterval()}. */
    public static final int IFLA_BR_MCAST_LAST_MEMBER_INTVL = 30;
    /** {@code IFLA_BR_MCAST_MEMBERSHIP_INTVL}: see {@link BridgeData#mcastMembershipInterval()}. */
    public static final int IFLA_BR_MCAST_MEMBERSHIP_INTVL = 31;
    /** {@code IFLA_BR_MCAST_QUERIER_INTVL}: see {@link BridgeData#mcastQuerierInterval()}. */
    public static final int IFLA_BR_MCAST_QUERIER_INTVL = 32;
    /** {@code IFLA_BR_MCAST_QUERY_INTVL}: see {@link BridgeData#mcastQueryInterval()}. */
    public static final int IFLA_BR_MCAST_QUERY_INTVL = 33;
    /** {@code IFLA_BR_MCAST_QUERY_RESPONSE_INTVL}: see {@link BridgeData#mcastQueryResponseInterval()}. */
    public static final int IFLA_BR_MCAST_QUERY_RESPONSE_INTVL = 34;
    /** {@code IFLA_BR_MCAST_STARTUP_QUERY_INTVL}: see {@link BridgeData#mcastStartupQueryInterval()}. */
    public static final int IFLA_BR_MCAST_STARTUP_QUERY_INTVL = 35;
    /** {@code IFLA_BR_NF_CALL_IPTABLES}: see {@link BridgeData#nfCallIptables()}. */
    public static final int IFLA_BR_NF_CALL_IPTABLES = 36;
    /** {@code IFLA_BR_NF_CALL_IP6TABLES}: see {@link BridgeData#nfCallIp6tables()}. */
    public static final int IFLA_BR_NF_CALL_IP6TABLES = 37;
    /** {@code IFLA_BR_NF_CALL_ARPTABLES}: see {@link BridgeData#nfCallArptables()}. */
    public static final int IFLA_BR_NF_CALL_ARPTABLES = 38;
    /** {@code IFLA_BR_VLAN_DEFAULT_PVID}: see {@link BridgeData#vlanDefaultPvid()}. */
    public static final int IFLA_BR_VLAN_DEFAULT_PVID = 39;
    /** {@code IFLA_BR_VLAN_STATS_ENABLED}: see {@link BridgeData#vlanStatsEnabled()}. */
    public static final int IFLA_BR_VLAN_STATS_ENABLED = 41;
    /** {@code IFLA_BR_MCAST_STATS_ENABLED}: see {@link BridgeData#mcastStatsEnabled()}. */
    public static final int IFLA_BR_MCAST_STATS_ENABLED = 42;
    /** {@code IFLA_BR_MCAST_IGMP_VERSION}: see {@link BridgeData#mcastIgmpVersion()}. */
    public static final int IFLA_BR_MCAST_IGMP_VERSION = 43;
    /** {@code IFLA_BR_MCAST_MLD_VERSION}: see {@link BridgeData#mcastMldVersion()}. */
    public static final int IFLA_BR_MCAST_MLD_VERSION = 44;
    /** {@code IFLA_BR_VLAN_STATS_PER_PORT}: see {@link BridgeData#vlanStatsPerPort()}. */
    public static final int IFLA_BR_VLAN_STATS_PER_PORT = 45;
    /** {@code IFLA_BR_MULTI_BOOLOPT}: see {@link BridgeData#multiBoolOpt()}. */
    public static final int IFLA_BR_MULTI_BOOLOPT = 46;
    /** {@code IFLA_BR_MCAST_QUERIER_STATE}: see {@link BridgeData#mcastQuerierState()}. */
    public static final int IFLA_BR_MCAST_QUERIER_STATE = 47;
    /** {@code IFLA_BR_PAD}: padding that aligns the 64-bit values after it; carries nothing. */
    public static final int IFLA_BR_PAD = 40;

    // IFLA_BRPORT_* (linux/if_link.h)
    /** {@code IFLA_BRPORT_STATE}: see {@link BridgePortData#state()}. */
    public static final int IFLA_BRPORT_STATE = 1;
    /** {@code IFLA_BRPORT_PRIORITY}: see {@link BridgePortData#priority()}. */
    public static final int IFLA_BRPORT_PRIORITY = 2;
    /** {@code IFLA_BRPORT_COST}: see {@link BridgePortData#cost()}. */
    public static final int IFLA_BRPORT_COST = 3;
    /** {@code IFLA_BRPORT_MODE}: see {@link BridgePortData#hairpin()}. */
    public static final int IFLA_BRPORT_MODE = 4;
    /** {@code IFLA_BRPORT_GUARD}: see {@link BridgePortData#guard()}. */
    public static final int IFLA_BRPORT_GUARD = 5;
    /** {@code IFLA_BRPORT_PROTECT}: see {@link BridgePortData#rootBlock()}. */
    public static final int IFLA_BRPORT_PROTECT = 6;
    /** {@code IFLA_BRPORT_FAST_LEAVE}: see {@link BridgePortData#fastLeave()}. */
    public static final int IFLA_BRPORT_FAST_LEAVE = 7;
    /** {@code IFLA_BRPORT_LEARNING}: see {@link BridgePortData#learning()}. */
    public static final int IFLA_BRPORT_LEARNING = 8;
    /** {@code IFLA_BRPORT_UNICAST_FLOOD}: see {@link BridgePortData#unicastFlood()}. */
    public static final int IFLA_BRPORT_UNICAST_FLOOD = 9;
    /** {@code IFLA_BRPORT_PROXYARP}: see {@link BridgePortData#proxyArp()}. */
    public static final int IFLA_BRPORT_PROXYARP = 10;
    /** {@code IFLA_BRPORT_LEARNING_SYNC}: see {@link BridgePortData#learningSync()}. */
    public static final int IFLA_BRPORT_LEARNING_SYNC = 11;
    /** {@code IFLA_BRPORT_PROXYARP_WIFI}: see {@link BridgePortData#proxyArpWifi()}. */
    public static final int IFLA_BRPORT_PROXYARP_WIFI = 12;
    /** {@code IFLA_BRPORT_ROOT_ID}: see {@link BridgePortData#rootId()}. */
    public static final int IFLA_BRPORT_ROOT_ID = 13;
    /** {@code IFLA_BRPORT_BRIDGE_ID}: see {@link BridgePortData#bridgeId()}. */
    public static final int IFLA_BRPORT_BRIDGE_ID = 14;
    /** {@code IFLA_BRPORT_DESIGNATED_PORT}: see {@link BridgePortData#designatedPort()}. */
    public static final int IFLA_BRPORT_DESIGNATED_PORT = 15;
    /** {@code IFLA_BRPORT_DESIGNATED_COST}: see {@link BridgePortData#designatedCost()}. */
    public static final int IFLA_BRPORT_DESIGNATED_COST = 16;
    /** {@code IFLA_BRPORT_ID}: see {@link BridgePortData#id()}. */
    public static final int IFLA_BRPORT_ID = 17;
    /** {@code IFLA_BRPORT_NO}: see {@link BridgePortData#no()}. */
    public static final int IFLA_BRPORT_NO = 18;
    /** {@code IFLA_BRPORT_TOPOLOGY_CHANGE_ACK}: see {@link BridgePortData#topologyChangeAck()}. */
    public static final int IFLA_BRPORT_TOPOLOGY_CHANGE_ACK = 19;
    /** {@code IFLA_BRPORT_CONFIG_PENDING}: see {@link BridgePortData#configPending()}. */
    public static final int IFLA_BRPORT_CONFIG_PENDING = 20;
    /** {@code IFLA_BRPORT_MESSAGE_AGE_TIMER}: see {@link BridgePortData#messageAgeTimer()}. */
    public static final int IFLA_BRPORT_MESSAGE_AGE_TIMER = 21;
    /** {@code IFLA_BRPORT_FORWARD_DELAY_TIMER}: see {@link BridgePortData#forwardDelayTimer()}. */
    public static final int IFLA_BRPORT_FORWARD_DELAY_TIMER = 22;
    /** {@code IFLA_BRPORT_HOLD_TIMER}: see {@link BridgePortData#holdTimer()}. */
    public static final int IFLA_BRPORT_HOLD_TIMER = 23;
    /** {@code IFLA_BRPORT_FLUSH}: see {@link BridgePortData#flush()}. */
    public static final int IFLA_BRPORT_FLUSH = 24;
    /** {@code IFLA_BRPORT_MULTICAST_ROUTER}: see {@link BridgePortData#multicastRouter()}. */
    public static final int IFLA_BRPORT_MULTICAST_ROUTER = 25;
    /** {@code IFLA_BRPORT_MCAST_FLOOD}: see {@link BridgePortData#mcastFlood()}. */
    public static final int IFLA_BRPORT_MCAST_FLOOD = 27;
    /** {@code IFLA_BRPORT_MCAST_TO_UCAST}: see {@link BridgePortData#mcastToUnicast()}. */
    public static final int IFLA_BRPORT_MCAST_TO_UCAST = 28;
    /** {@code IFLA_BRPORT_VLAN_TUNNEL}: see {@link BridgePortData#vlanTunnel()}. */
    public static final int IFLA_BRPORT_VLAN_TUNNEL = 29;
    /** {@code IFLA_BRPORT_BCAST_FLOOD}: see {@link BridgePortData#broadcastFlood()}. */
    public static final int IFLA_BRPORT_BCAST_FLOOD = 30;
    /** {@code IFLA_BRPORT_GROUP_FWD_MASK}: see {@link BridgePortData#groupFwdMask()}. */
    public static final int IFLA_BRPORT_GROUP_FWD_MASK = 31;
    /** {@code IFLA_BRPORT_NEIGH_SUPPRESS}: see {@link BridgePortData#neighSuppress()}. */
    public static final int IFLA_BRPORT_NEIGH_SUPPRESS = 32;
    /** {@code IFLA_BRPORT_ISOLATED}: see {@link BridgePortData#isolated()}. */
    public static final int IFLA_BRPORT_ISOLATED = 33;
    /** {@code IFLA_BRPORT_BACKUP_PORT}: see {@link BridgePortData#backupPort()}. */
    public static final int IFLA_BRPORT_BACKUP_PORT = 34;
    /** {@code IFLA_BRPORT_MRP_RING_OPEN}: see {@link BridgePortData#mrpRingOpen()}. */
    public static final int IFLA_BRPORT_MRP_RING_OPEN = 35;
    /** {@code IFLA_BRPORT_MRP_IN_OPEN}: see {@link BridgePortData#mrpInOpen()}. */
    public static final int IFLA_BRPORT_MRP_IN_OPEN = 36;
    /** {@code IFLA_BRPORT_MCAST_EHT_HOSTS_LIMIT}: see {@link BridgePortData#mcastEhtHostsLimit()}. */
    public static final int IFLA_BRPORT_MCAST_EHT_HOSTS_LIMIT = 37;
    /** {@code IFLA_BRPORT_MCAST_EHT_HOSTS_CNT}: see {@link BridgePortData#mcastEhtHostsCount()}. */
    public static final int IFLA_BRPORT_MCAST_EHT_HOSTS_CNT = 38;
    /** {@code IFLA_BRPORT_LOCKED}: see {@link BridgePortData#locked()}. */
    public static final int IFLA_BRPORT_LOCKED = 39;
    /** {@code IFLA_BRPORT_PAD}: padding that aligns the 64-bit values after it; carries nothing. */
    public static final int IFLA_BRPORT_PAD = 26;

    private static BridgeData decodeBridge(AttributeCursor a) {
        Integer forwardDelay = null;
        Integer helloTime = null;
        Integer maxAge = null;
        Integer ageingTime = null;
        Integer stpState = null;
        Integer priority = null;
        Boolean vlanFiltering = null;
        Integer vlanProtocol = null;
        Integer groupFwdMask = null;
        BridgeId rootId = null;
        BridgeId bridgeId = null;
        Integer rootPort = null;
        Integer rootPathCost = null;
        Boolean topologyChange = null;
        Boolean topologyChangeDetected = null;
        Long helloTimer = null;
        Long tcnTimer = null;
        Long topologyChangeTimer = null;
        Long gcTimer = null;
        MacAddress groupAddress = null;
        Boolean fdbFlush = null;
        Integer mcastRouter = null;
        Boolean mcastSnooping = null;
        Boolean mcastQueryUseIfaddr = null;
        Boolean mcastQuerier = null;
        Integer mcastHashElasticity = null;
        Integer mcastHashMax = null;
        Integer mcastLastMemberCount = null;
        Integer mcastStartupQueryCount = null;
        Long mcastLastMemberInterval = null;
        Long mcastMembershipInterval = null;
        Long mcastQuerierInterval = null;
        Long mcastQueryInterval = null;
        Long mcastQueryResponseInterval = null;
        Long mcastStartupQueryInterval = null;
        Boolean nfCallIptables = null;
        Boolean nfCallIp6tables = null;
        Boolean nfCallArptables = null;
        Integer vlanDefaultPvid = null;
        Boolean vlanStatsEnabled = null;
        Boolean mcastStatsEnabled = null;
        Integer mcastIgmpVersion = null;
        Integer mcastMldVersion = null;
        Boolean vlanStatsPerPort = null;
        BridgeBoolOptions multiBoolOpt = null;
        RawAttributes mcastQuerierState = null;
        RawBuilder others = new RawBuilder();
        while (a.next()) {
            switch (a.type()) {
                case IFLA_BR_FORWARD_DELAY -> forwardDelay = a.s32();
                case IFLA_BR_HELLO_TIME -> helloTime = a.s32();
                case IFLA_BR_MAX_AGE -> maxAge = a.s32();
                case IFLA_BR_AGEING_TIME -> ageingTime = a.s32();
                case IFLA_BR_STP_STATE -> stpState = a.s32();
                case IFLA_BR_PRIORITY -> priority = a.u16();
                case IFLA_BR_VLAN_FILTERING -> vlanFiltering = a.u8() != 0;
                case IFLA_BR_VLAN_PROTOCOL -> vlanProtocol = a.u16Network();
                case IFLA_BR_GROUP_FWD_MASK -> groupFwdMask = a.u16();
                case IFLA_BR_ROOT_ID -> rootId = BridgeId.decode(a);
                case IFLA_BR_BRIDGE_ID -> bridgeId = BridgeId.decode(a);
                case IFLA_BR_ROOT_PORT -> rootPort = a.u16();
                case IFLA_BR_ROOT_PATH_COST -> rootPathCost = a.s32();
                case IFLA_BR_TOPOLOGY_CHANGE -> topologyChange = a.u8() != 0;
                case IFLA_BR_TOPOLOGY_CHANGE_DETECTED -> topologyChangeDetected = a.u8() != 0;
                case IFLA_BR_HELLO_TIMER -> helloTimer = a.u64();
                case IFLA_BR_TCN_TIMER -> tcnTimer = a.u64();
                case IFLA_BR_TOPOLOGY_CHANGE_TIMER -> topologyChangeTimer = a.u64();
                case IFLA_BR_GC_TIMER -> gcTimer = a.u64();
                case IFLA_BR_GROUP_ADDR -> groupAddress = a.mac();
                case IFLA_BR_FDB_FLUSH -> fdbFlush = Boolean.TRUE;
                case IFLA_BR_MCAST_ROUTER -> mcastRouter = a.u8();
                case IFLA_BR_MCAST_SNOOPING -> mcastSnooping = a.u8() != 0;
                case IFLA_BR_MCAST_QUERY_USE_IFADDR -> mcastQueryUseIfaddr = a.u8() != 0;
                case IFLA_BR_MCAST_QUERIER -> mcastQuerier = a.u8() != 0;
                case IFLA_BR_MCAST_HASH_ELASTICITY -> mcastHashElasticity = a.s32();
                case IFLA_BR_MCAST_HASH_MAX -> mcastHashMax = a.s32();
                case IFLA_BR_MCAST_LAST_MEMBER_CNT -> mcastLastMemberCount = a.s32();
                case IFLA_BR_MCAST_STARTUP_QUERY_CNT -> mcastStartupQueryCount = a.s32();
                case IFLA_BR_MCAST_LAST_MEMBER_INTVL -> mcastLastMemberInterval = a.u64();
                case IFLA_BR_MCAST_MEMBERSHIP_INTVL -> mcastMembershipInterval = a.u64();
                case IFLA_BR_MCAST_QUERIER_INTVL -> mcastQuerierInterval = a.u64();
                case IFLA_BR_MCAST_QUERY_INTVL -> mcastQueryInterval = a.u64();
                case IFLA_BR_MCAST_QUERY_RESPONSE_INTVL -> mcastQueryResponseInterval = a.u64();
                case IFLA_BR_MCAST_STARTUP_QUERY_INTVL -> mcastStartupQueryInterval = a.u64();
                case IFLA_BR_NF_CALL_IPTABLES -> nfCallIptables = a.u8() != 0;
                case IFLA_BR_NF_CALL_IP6TABLES -> nfCallIp6tables = a.u8() != 0;
                case IFLA_BR_NF_CALL_ARPTABLES -> nfCallArptables = a.u8() != 0;
                case IFLA_BR_VLAN_DEFAULT_PVID -> vlanDefaultPvid = a.u16();
                case IFLA_BR_VLAN_STATS_ENABLED -> vlanStatsEnabled = a.u8() != 0;
                case IFLA_BR_MCAST_STATS_ENABLED -> mcastStatsEnabled = a.u8() != 0;
                case IFLA_BR_MCAST_IGMP_VERSION -> mcastIgmpVersion = a.u8();
                case IFLA_BR_MCAST_MLD_VERSION -> mcastMldVersion = a.u8();
                case IFLA_BR_VLAN_STATS_PER_PORT -> vlanStatsPerPort = a.u8() != 0;
                case IFLA_BR_MULTI_BOOLOPT -> multiBoolOpt = BridgeBoolOptions.decode(a);
                case IFLA_BR_MCAST_QUERIER_STATE -> mcastQuerierState = RawAttributes.of(a.bytes());
                case IFLA_BR_PAD -> { } // alignment filler before u64 values
                default -> others.add(a);
            }
        }
        return new BridgeData(forwardDelay, helloTime, maxAge, ageingTime, stpState, priority, vlanFiltering, vlanProtocol, groupFwdMask, rootId, bridgeId, rootPort, rootPathCost, topologyChange, topologyChangeDetected, helloTimer, tcnTimer, topologyChangeTimer, gcTimer, groupAddress, fdbFlush, mcastRouter, mcastSnooping, mcastQueryUseIfaddr, mcastQuerier, mcastHashElasticity, mcastHashMax, mcastLastMemberCount, mcastStartupQueryCount, mcastLastMemberInterval, mcastMembershipInterval, mcastQuerierInterval, mcastQueryInterval, mcastQueryResponseInterval, mcastStartupQueryInterval, nfCallIptables, nfCallIp6tables, nfCallArptables, vlanDefaultPvid, vlanStatsEnabled, mcastStatsEnabled, mcastIgmpVersion, mcastMldVersion, vlanStatsPerPort, multiBoolOpt, mcastQuerierState, others.build());
    }

    private static BridgePortData decodePort(AttributeCursor a) {
        Integer state = null;
        Integer priority = null;
        Integer cost = null;
        Boolean hairpin = null;
        Boolean guard = null;
        Boolean rootBlock = null;
        Boolean fastLeave = null;
        Boolean learning = null;
        Boolean unicastFlood = null;
        Boolean proxyArp = null;
        Boolean learningSync = null;
        Boolean proxyArpWifi = null;
        BridgeId rootId = null;
        BridgeId bridgeId = null;
        Integer designatedPort = null;
        Integer designatedCost = null;
        Integer id = null;
        Integer no = null;
        Integer topologyChangeAck = null;
        Integer configPending = null;
        Long messageAgeTimer = null;
        Long forwardDelayTimer = null;
        Long holdTimer = null;
        Boolean flush = null;
        Integer multicastRouter = null;
        Boolean mcastFlood = null;
        Boolean mcastToUnicast = null;
        Boolean vlanTunnel = null;
        Boolean broadcastFlood = null;
        Integer groupFwdMask = null;
        Boolean neighSuppress = null;
        Boolean isolated = null;
        Integer backupPort = null;
        Boolean mrpRingOpen = null;
        Boolean mrpInOpen = null;
        Integer mcastEhtHostsLimit = null;
        Integer mcastEhtHostsCount = null;
        Boolean locked = null;
        RawBuilder others = new RawBuilder();
        while (a.next()) {
            switch (a.type()) {
                case IFLA_BRPORT_STATE -> state = a.u8();
                case IFLA_BRPORT_PRIORITY -> priority = a.u16();
                case IFLA_BRPORT_COST -> cost = a.s32();
                case IFLA_BRPORT_MODE -> hairpin = a.u8() != 0;
                case IFLA_BRPORT_GUARD -> guard = a.u8() != 0;
                case IFLA_BRPORT_PROTECT -> rootBlock = a.u8() != 0;
                case IFLA_BRPORT_FAST_LEAVE -> fastLeave = a.u8() != 0;
                case IFLA_BRPORT_LEARNING -> learning = a.u8() != 0;
                case IFLA_BRPORT_UNICAST_FLOOD -> unicastFlood = a.u8() != 0;
                case IFLA_BRPORT_PROXYARP -> proxyArp = a.u8() != 0;
                case IFLA_BRPORT_LEARNING_SYNC -> learningSync = a.u8() != 0;
                case IFLA_BRPORT_PROXYARP_WIFI -> proxyArpWifi = a.u8() != 0;
                case IFLA_BRPORT_ROOT_ID -> rootId = BridgeId.decode(a);
                case IFLA_BRPORT_BRIDGE_ID -> bridgeId = BridgeId.decode(a);
                case IFLA_BRPORT_DESIGNATED_PORT -> designatedPort = a.u16();
                case IFLA_BRPORT_DESIGNATED_COST -> designatedCost = a.u16();
                case IFLA_BRPORT_ID -> id = a.u16();
                case IFLA_BRPORT_NO -> no = a.u16();
                case IFLA_BRPORT_TOPOLOGY_CHANGE_ACK -> topologyChangeAck = a.u8();
                case IFLA_BRPORT_CONFIG_PENDING -> configPending = a.u8();
                case IFLA_BRPORT_MESSAGE_AGE_TIMER -> messageAgeTimer = a.u64();
                case IFLA_BRPORT_FORWARD_DELAY_TIMER -> forwardDelayTimer = a.u64();
                case IFLA_BRPORT_HOLD_TIMER -> holdTimer = a.u64();
                case IFLA_BRPORT_FLUSH -> flush = Boolean.TRUE;
                case IFLA_BRPORT_MULTICAST_ROUTER -> multicastRouter = a.u8();
                case IFLA_BRPORT_MCAST_FLOOD -> mcastFlood = a.u8() != 0;
                case IFLA_BRPORT_MCAST_TO_UCAST -> mcastToUnicast = a.u8() != 0;
                case IFLA_BRPORT_VLAN_TUNNEL -> vlanTunnel = a.u8() != 0;
                case IFLA_BRPORT_BCAST_FLOOD -> broadcastFlood = a.u8() != 0;
                case IFLA_BRPORT_GROUP_FWD_MASK -> groupFwdMask = a.u16();
                case IFLA_BRPORT_NEIGH_SUPPRESS -> neighSuppress = a.u8() != 0;
                case IFLA_BRPORT_ISOLATED -> isolated = a.u8() != 0;
                case IFLA_BRPORT_BACKUP_PORT -> backupPort = a.s32();
                case IFLA_BRPORT_MRP_RING_OPEN -> mrpRingOpen = a.u8() != 0;
                case IFLA_BRPORT_MRP_IN_OPEN -> mrpInOpen = a.u8() != 0;
                case IFLA_BRPORT_MCAST_EHT_HOSTS_LIMIT -> mcastEhtHostsLimit = a.s32();
                case IFLA_BRPORT_MCAST_EHT_HOSTS_CNT -> mcastEhtHostsCount = a.s32();
                case IFLA_BRPORT_LOCKED -> locked = a.u8() != 0;
                case IFLA_BRPORT_PAD -> { } // alignment filler before u64 values
                default -> others.add(a);
            }
        }
        return new BridgePortData(state, priority, cost, hairpin, guard, rootBlock, fastLeave, learning, unicastFlood, proxyArp, learningSync, proxyArpWifi, rootId, bridgeId, designatedPort, designatedCost, id, no, topologyChangeAck, configPending, messageAgeTimer, forwardDelayTimer, holdTimer, flush, multicastRouter, mcastFlood, mcastToUnicast, vlanTunnel, broadcastFlood, groupFwdMask, neighSuppress, isolated, backupPort, mrpRingOpen, mrpInOpen, mcastEhtHostsLimit, mcastEhtHostsCount, locked, others.build());
    }

    private static void encodeBridgeData(BridgeData d, MessageWriter w) {
        if (d.forwardDelay() != null) {
            w.attrU32(IFLA_BR_FORWARD_DELAY, d.forwardDelay());
        }
        if (d.helloTime() != null) {
            w.attrU32(IFLA_BR_HELLO_TIME, d.helloTime());
        }
        if (d.maxAge() != null) {
            w.attrU32(IFLA_BR_MAX_AGE, d.maxAge());
        }
        if (d.ageingTime() != null) {
            w.attrU32(IFLA_BR_AGEING_TIME, d.ageingTime());
        }
        if (d.stpState() != null) {
            w.attrU32(IFLA_BR_STP_STATE, d.stpState());
        }
        if (d.priority() != null) {
            w.attrU16(IFLA_BR_PRIORITY, d.priority());
        }
        if (d.vlanFiltering() != null) {
            w.attrU8(IFLA_BR_VLAN_FILTERING, d.vlanFiltering() ? 1 : 0);
        }
        if (d.vlanProtocol() != null) {
            w.attrU16Network(IFLA_BR_VLAN_PROTOCOL, d.vlanProtocol());
        }
        if (d.groupFwdMask() != null) {
            w.attrU16(IFLA_BR_GROUP_FWD_MASK, d.groupFwdMask());
        }
        if (d.groupAddress() != null) {
            w.attrMac(IFLA_BR_GROUP_ADDR, d.groupAddress());
        }
        if (d.fdbFlush() != null) {
            if (d.fdbFlush()) w.attrFlag(IFLA_BR_FDB_FLUSH);
        }
        if (d.mcastRouter() != null) {
            w.attrU8(IFLA_BR_MCAST_ROUTER, d.mcastRouter());
        }
        if (d.mcastSnooping() != null) {
            w.attrU8(IFLA_BR_MCAST_SNOOPING, d.mcastSnooping() ? 1 : 0);
        }
        if (d.mcastQueryUseIfaddr() != null) {
            w.attrU8(IFLA_BR_MCAST_QUERY_USE_IFADDR, d.mcastQueryUseIfaddr() ? 1 : 0);
        }
        if (d.mcastQuerier() != null) {
            w.attrU8(IFLA_BR_MCAST_QUERIER, d.mcastQuerier() ? 1 : 0);
        }
        if (d.mcastHashElasticity() != null) {
            w.attrU32(IFLA_BR_MCAST_HASH_ELASTICITY, d.mcastHashElasticity());
        }
        if (d.mcastHashMax() != null) {
            w.attrU32(IFLA_BR_MCAST_HASH_MAX, d.mcastHashMax());
        }
        if (d.mcastLastMemberCount() != null) {
            w.attrU32(IFLA_BR_MCAST_LAST_MEMBER_CNT, d.mcastLastMemberCount());
        }
        if (d.mcastStartupQueryCount() != null) {
            w.attrU32(IFLA_BR_MCAST_STARTUP_QUERY_CNT, d.mcastStartupQueryCount());
        }
        if (d.mcastLastMemberInterval() != null) {
            w.attrU64(IFLA_BR_MCAST_LAST_MEMBER_INTVL, d.mcastLastMemberInterval());
        }
        if (d.mcastMembershipInterval() != null) {
            w.attrU64(IFLA_BR_MCAST_MEMBERSHIP_INTVL, d.mcastMembershipInterval());
        }
        if (d.mcastQuerierInterval() != null) {
            w.attrU64(IFLA_BR_MCAST_QUERIER_INTVL, d.mcastQuerierInterval());
        }
        if (d.mcastQueryInterval() != null) {
            w.attrU64(IFLA_BR_MCAST_QUERY_INTVL, d.mcastQueryInterval());
        }
        if (d.mcastQueryResponseInterval() != null) {
            w.attrU64(IFLA_BR_MCAST_QUERY_RESPONSE_INTVL, d.mcastQueryResponseInterval());
        }
        if (d.mcastStartupQueryInterval() != null) {
            w.attrU64(IFLA_BR_MCAST_STARTUP_QUERY_INTVL, d.mcastStartupQueryInterval());
        }
        if (d.nfCallIptables() != null) {
            w.attrU8(IFLA_BR_NF_CALL_IPTABLES, d.nfCallIptables() ? 1 : 0);
        }
        if (d.nfCallIp6tables() != null) {
            w.attrU8(IFLA_BR_NF_CALL_IP6TABLES, d.nfCallIp6tables() ? 1 : 0);
        }
        if (d.nfCallArptables() != null) {
            w.attrU8(IFLA_BR_NF_CALL_ARPTABLES, d.nfCallArptables() ? 1 : 0);
        }
        if (d.vlanDefaultPvid() != null) {
            w.attrU16(IFLA_BR_VLAN_DEFAULT_PVID, d.vlanDefaultPvid());
        }
        if (d.vlanStatsEnabled() != null) {
            w.attrU8(IFLA_BR_VLAN_STATS_ENABLED, d.vlanStatsEnabled() ? 1 : 0);
        }
        if (d.mcastStatsEnabled() != null) {
            w.attrU8(IFLA_BR_MCAST_STATS_ENABLED, d.mcastStatsEnabled() ? 1 : 0);
        }
        if (d.mcastIgmpVersion() != null) {
            w.attrU8(IFLA_BR_MCAST_IGMP_VERSION, d.mcastIgmpVersion());
        }
        if (d.mcastMldVersion() != null) {
            w.attrU8(IFLA_BR_MCAST_MLD_VERSION, d.mcastMldVersion());
        }
        if (d.vlanStatsPerPort() != null) {
            w.attrU8(IFLA_BR_VLAN_STATS_PER_PORT, d.vlanStatsPerPort() ? 1 : 0);
        }
        if (d.multiBoolOpt() != null) {
            d.multiBoolOpt().encode(IFLA_BR_MULTI_BOOLOPT, w);
        }
    }

    /** Writes the settable fields of {@code p} inside {@code IFLA_INFO_SLAVE_DATA}. */
    static void encodePort(BridgePortData p, MessageWriter w) {
        if (p.state() != null) {
            w.attrU8(IFLA_BRPORT_STATE, p.state());
        }
        if (p.priority() != null) {
            w.attrU16(IFLA_BRPORT_PRIORITY, p.priority());
        }
        if (p.cost() != null) {
            w.attrU32(IFLA_BRPORT_COST, p.cost());
        }
        if (p.hairpin() != null) {
            w.attrU8(IFLA_BRPORT_MODE, p.hairpin() ? 1 : 0);
        }
        if (p.guard() != null) {
            w.attrU8(IFLA_BRPORT_GUARD, p.guard() ? 1 : 0);
        }
        if (p.rootBlock() != null) {
            w.attrU8(IFLA_BRPORT_PROTECT, p.rootBlock() ? 1 : 0);
        }
        if (p.fastLeave() != null) {
            w.attrU8(IFLA_BRPORT_FAST_LEAVE, p.fastLeave() ? 1 : 0);
        }
        if (p.learning() != null) {
            w.attrU8(IFLA_BRPORT_LEARNING, p.learning() ? 1 : 0);
        }
        if (p.unicastFlood() != null) {
            w.attrU8(IFLA_BRPORT_UNICAST_FLOOD, p.unicastFlood() ? 1 : 0);
        }
        if (p.proxyArp() != null) {
            w.attrU8(IFLA_BRPORT_PROXYARP, p.proxyArp() ? 1 : 0);
        }
        if (p.learningSync() != null) {
            w.attrU8(IFLA_BRPORT_LEARNING_SYNC, p.learningSync() ? 1 : 0);
        }
        if (p.proxyArpWifi() != null) {
            w.attrU8(IFLA_BRPORT_PROXYARP_WIFI, p.proxyArpWifi() ? 1 : 0);
        }
        if (p.flush() != null) {
            if (p.flush()) w.attrFlag(IFLA_BRPORT_FLUSH);
        }
        if (p.multicastRouter() != null) {
            w.attrU8(IFLA_BRPORT_MULTICAST_ROUTER, p.multicastRouter());
        }
        if (p.mcastFlood() != null) {
            w.attrU8(IFLA_BRPORT_MCAST_FLOOD, p.mcastFlood() ? 1 : 0);
        }
        if (p.mcastToUnicast() != null) {
            w.attrU8(IFLA_BRPORT_MCAST_TO_UCAST, p.mcastToUnicast() ? 1 : 0);
        }
        if (p.vlanTunnel() != null) {
            w.attrU8(IFLA_BRPORT_VLAN_TUNNEL, p.vlanTunnel() ? 1 : 0);
        }
        if (p.broadcastFlood() != null) {
            w.attrU8(IFLA_BRPORT_BCAST_FLOOD, p.broadcastFlood() ? 1 : 0);
        }
        if (p.groupFwdMask() != null) {
            w.attrU16(IFLA_BRPORT_GROUP_FWD_MASK, p.groupFwdMask());
        }
        if (p.neighSuppress() != null) {
            w.attrU8(IFLA_BRPORT_NEIGH_SUPPRESS, p.neighSuppress() ? 1 : 0);
        }
        if (p.isolated() != null) {
            w.attrU8(IFLA_BRPORT_ISOLATED, p.isolated() ? 1 : 0);
        }
        if (p.backupPort() != null) {
            w.attrU32(IFLA_BRPORT_BACKUP_PORT, p.backupPort());
        }
        if (p.mcastEhtHostsLimit() != null) {
            w.attrU32(IFLA_BRPORT_MCAST_EHT_HOSTS_LIMIT, p.mcastEhtHostsLimit());
        }
        if (p.locked() != null) {
            w.attrU8(IFLA_BRPORT_LOCKED, p.locked() ? 1 : 0);
        }
    }

    /** Creates the codec (loaded through {@link java.util.ServiceLoader}). */
    public BridgeCodec() {
    }

    /** {@value #KIND}. */
    @Override
    public String kind() {
        return KIND;
    }

    /** {@link BridgeData}. */
    @Override
    public Class<BridgeData> dataType() {
        return BridgeData.class;
    }

    /** Decodes {@code IFLA_BR_*}. */
    @Override
    public BridgeData decode(AttributeCursor data) {
        return decodeBridge(data);
    }

    /** Writes the settable {@code IFLA_BR_*} fields that are set. */
    @Override
    public void encode(BridgeData data, MessageWriter writer) {
        encodeBridgeData(data, writer);
    }

    /** Decodes {@code IFLA_BRPORT_*}. */
    @Override
    public BridgePortData decodeSlave(AttributeCursor slaveData) {
        return decodePort(slaveData);
    }
}
