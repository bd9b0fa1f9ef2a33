package io.jnetlink.route.link;

import io.jnetlink.core.MacAddress;

/**
 * {@code IFLA_INFO_DATA} of a {@code bridge} link ({@code IFLA_BR_*} in linux/if_link.h). Every field is null when the kernel did not send (or, in a request, the caller
 * did not set) its attribute; the parameter docs name the attribute. Attributes this version
 * does not type are kept in {@code otherAttributes}. Build requests with {@link #builder()}, which offers
 * only what the kernel lets a request change.
 *
 * @param forwardDelay {@code IFLA_BR_FORWARD_DELAY}: STP forward delay in centiseconds (ip: {@code forward_delay})
 * @param helloTime {@code IFLA_BR_HELLO_TIME}: STP hello time in centiseconds
 * @param maxAge {@code IFLA_BR_MAX_AGE}: STP max message age in centiseconds
 * @param ageingTime {@code IFLA_BR_AGEING_TIME}: FDB entry ageing time in centiseconds
 * @param stpState {@code IFLA_BR_STP_STATE}: 0 STP off, 1 kernel STP, 2 user-space STP
 * @param priority {@code IFLA_BR_PRIORITY}: bridge priority
 * @param vlanFiltering {@code IFLA_BR_VLAN_FILTERING}: VLAN filtering on
 * @param vlanProtocol {@code IFLA_BR_VLAN_PROTOCOL}: VLAN ethertype (0x8100 802.1Q, 0x88a8 802.1ad)
 * @param groupFwdMask {@code IFLA_BR_GROUP_FWD_MASK}: link-local group addresses forwarded, as a bit mask
 * @param rootId {@code IFLA_BR_ROOT_ID}: designated root bridge id
 * @param bridgeId {@code IFLA_BR_BRIDGE_ID}: this bridge's id
 * @param rootPort {@code IFLA_BR_ROOT_PORT}: root port number
 * @param rootPathCost {@code IFLA_BR_ROOT_PATH_COST}: root path cost
 * @param topologyChange {@code IFLA_BR_TOPOLOGY_CHANGE}: topology change flag
 * @param topologyChangeDetected {@code IFLA_BR_TOPOLOGY_CHANGE_DETECTED}: topology change detected flag
 * @param helloTimer {@code IFLA_BR_HELLO_TIMER}: hello timer in centiseconds (ticking)
 * @param tcnTimer {@code IFLA_BR_TCN_TIMER}: topology change notification timer in centiseconds (ticking)
 * @param topologyChangeTimer {@code IFLA_BR_TOPOLOGY_CHANGE_TIMER}: topology change timer in centiseconds (ticking)
 * @param gcTimer {@code IFLA_BR_GC_TIMER}: FDB garbage collection timer in centiseconds (ticking)
 * @param groupAddress {@code IFLA_BR_GROUP_ADDR}: STP group address
 * @param fdbFlush {@code IFLA_BR_FDB_FLUSH}: request-only: flush the FDB
 * @param mcastRouter {@code IFLA_BR_MCAST_ROUTER}: multicast router mode: 0 disabled, 1 temporary (default), 2 permanent
 * @param mcastSnooping {@code IFLA_BR_MCAST_SNOOPING}: IGMP/MLD snooping on
 * @param mcastQueryUseIfaddr {@code IFLA_BR_MCAST_QUERY_USE_IFADDR}: queries use the bridge's own address
 * @param mcastQuerier {@code IFLA_BR_MCAST_QUERIER}: the bridge acts as querier
 * @param mcastHashElasticity {@code IFLA_BR_MCAST_HASH_ELASTICITY}: multicast hash elasticity (ignored by recent kernels)
 * @param mcastHashMax {@code IFLA_BR_MCAST_HASH_MAX}: multicast group table size
 * @param mcastLastMemberCount {@code IFLA_BR_MCAST_LAST_MEMBER_CNT}: last member query count
 * @param mcastStartupQueryCount {@code IFLA_BR_MCAST_STARTUP_QUERY_CNT}: startup query count
 * @param mcastLastMemberInterval {@code IFLA_BR_MCAST_LAST_MEMBER_INTVL}: last member query interval in centiseconds
 * @param mcastMembershipInterval {@code IFLA_BR_MCAST_MEMBERSHIP_INTVL}: group membership interval in centiseconds
 * @param mcastQuerierInterval {@code IFLA_BR_MCAST_QUERIER_INTVL}: other querier present interval in centiseconds
 * @param mcastQueryInterval {@code IFLA_BR_MCAST_QUERY_INTVL}: query interval in centiseconds
 * @param mcastQueryResponseInterval {@code IFLA_BR_MCAST_QUERY_RESPONSE_INTVL}: query response interval in centiseconds
 * @param mcastStartupQueryInterval {@code IFLA_BR_MCAST_STARTUP_QUERY_INTVL}: startup query interval in centiseconds
 * @param nfCallIptables {@code IFLA_BR_NF_CALL_IPTABLES}: bridged IPv4 traffic goes through iptables
 * @param nfCallIp6tables {@code IFLA_BR_NF_CALL_IP6TABLES}: bridged IPv6 traffic goes through ip6tables
 * @param nfCallArptables {@code IFLA_BR_NF_CALL_ARPTABLES}: bridged ARP traffic goes through arptables
 * @param vlanDefaultPvid {@code IFLA_BR_VLAN_DEFAULT_PVID}: default port VLAN id
 * @param vlanStatsEnabled {@code IFLA_BR_VLAN_STATS_ENABLED}: per-VLAN statistics on
 * @param mcastStatsEnabled {@code IFLA_BR_MCAST_STATS_ENABLED}: multicast statistics on
 * @param mcastIgmpVersion {@code IFLA_BR_MCAST_IGMP_VERSION}: IGMP version (2 or 3)
 * @param mcastMldVersion {@code IFLA_BR_MCAST_MLD_VERSION}: MLD version (1 or 2)
 * @param vlanStatsPerPort {@code IFLA_BR_VLAN_STATS_PER_PORT}: per-port VLAN statistics on
 * @param multiBoolOpt {@code IFLA_BR_MULTI_BOOLOPT}: {@code struct br_boolopt_multi}: boolean options (no_linklocal_learn, mcast_vlan_snooping, ...)
 * @param mcastQuerierState {@code IFLA_BR_MCAST_QUERIER_STATE}: nested querier state, kept raw
 * @param otherAttributes the attributes not typed here, as received
 */
public record BridgeData(
        Integer forwardDelay,
        Integer helloTime,
        Integer maxAge,
        Integer ageingTime,
        Integer stpState,
        Integer priority,
        Boolean vlanFiltering,
        Integer vlanProtocol,
        Integer groupFwdMask,
        BridgeId rootId,
        BridgeId bridgeId,
        Integer rootPort,
        Integer rootPathCost,
        Boolean topologyChange,
        Boolean topologyChangeDetected,
        Long helloTimer,
        Long tcnTimer,
        Long topologyChangeTimer,
        Long gcTimer,
        MacAddress groupAddress,
        Boolean fdbFlush,
        Integer mcastRouter,
        Boolean mcastSnooping,
        Boolean mcastQueryUseIfaddr,
        Boolean mcastQuerier,
        Integer mcastHashElasticity,
        Integer mcastHashMax,
        Integer mcastLastMemberCount,
        Integer mcastStartupQueryCount,
        Long mcastLastMemberInterval,
        Long mcastMembershipInterval,
        Long mcastQuerierInterval,
        Long mcastQueryInterval,
        Long mcastQueryResponseInterval,
        Long mcastStartupQueryInterval,
        Boolean nfCallIptables,
        Boolean nfCallIp6tables,
        Boolean nfCallArptables,
        Integer vlanDefaultPvid,
        Boolean vlanStatsEnabled,
        Boolean mcastStatsEnabled,
        Integer mcastIgmpVersion,
        Integer mcastMldVersion,
        Boolean vlanStatsPerPort,
        BridgeBoolOptions multiBoolOpt,
        RawAttributes mcastQuerierState,
        RawAttributes otherAttributes) implements LinkData {
    /**
     * Normalises a null {@code otherAttributes} to {@link RawAttributes#EMPTY}.
     *
     * @param forwardDelay {@code IFLA_BR_FORWARD_DELAY}: STP forward delay in centiseconds (ip: {@code forward_delay})
     * @param helloTime {@code IFLA_BR_HELLO_TIME}: STP hello time in centiseconds
     * @param maxAge {@code IFLA_BR_MAX_AGE}: STP max message age in centiseconds
     * @param ageingTime {@code IFLA_BR_AGEING_TIME}: FDB entry ageing time in centiseconds
     * @param stpState {@code IFLA_BR_STP_STATE}: 0 STP off, 1 kernel STP, 2 user-space STP
     * @param priority {@code IFLA_BR_PRIORITY}: bridge priority
     * @param vlanFiltering {@code IFLA_BR_VLAN_FILTERING}: VLAN filtering on
     * @param vlanProtocol {@code IFLA_BR_VLAN_PROTOCOL}: VLAN ethertype (0x8100 802.1Q, 0x88a8 802.1ad)
     * @param groupFwdMask {@code IFLA_BR_GROUP_FWD_MASK}: link-local group addresses forwarded, as a bit mask
     * @param rootId {@code IFLA_BR_ROOT_ID}: designated root bridge id
     * @param bridgeId {@code IFLA_BR_BRIDGE_ID}: this bridge's id
     * @param rootPort {@code IFLA_BR_ROOT_PORT}: root port number
     * @param rootPathCost {@code IFLA_BR_ROOT_PATH_COST}: root path cost
     * @param topologyChange {@code IFLA_BR_TOPOLOGY_CHANGE}: topology change flag
     * @param topologyChangeDetected {@code IFLA_BR_TOPOLOGY_CHANGE_DETECTED}: topology change detected flag
     * @param helloTimer {@code IFLA_BR_HELLO_TIMER}: hello timer in centiseconds (ticking)
     * @param tcnTimer {@code IFLA_BR_TCN_TIMER}: topology change notification timer in centiseconds (ticking)
     * @param topologyChangeTimer {@code IFLA_BR_TOPOLOGY_CHANGE_TIMER}: topology change timer in centiseconds (ticking)
     * @param gcTimer {@code IFLA_BR_GC_TIMER}: FDB garbage collection timer in centiseconds (ticking)
     * @param groupAddress {@code IFLA_BR_GROUP_ADDR}: STP group address
     * @param fdbFlush {@code IFLA_BR_FDB_FLUSH}: request-only: flush the FDB
     * @param mcastRouter {@code IFLA_BR_MCAST_ROUTER}: multicast router mode: 0 disabled, 1 temporary (default), 2 permanent
     * @param mcastSnooping {@code IFLA_BR_MCAST_SNOOPING}: IGMP/MLD snooping on
     * @param mcastQueryUseIfaddr {@code IFLA_BR_MCAST_QUERY_USE_IFADDR}: queries use the bridge's own address
     * @param mcastQuerier {@code IFLA_BR_MCAST_QUERIER}: the bridge acts as querier
     * @param mcastHashElasticity {@code IFLA_BR_MCAST_HASH_ELASTICITY}: multicast hash elasticity (ignored by recent kernels)
     * @param mcastHashMax {@code IFLA_BR_MCAST_HASH_MAX}: multicast group table size
     * @param mcastLastMemberCount {@code IFLA_BR_MCAST_LAST_MEMBER_CNT}: last member query count
     * @param mcastStartupQueryCount {@code IFLA_BR_MCAST_STARTUP_QUERY_CNT}: startup query count
     * @param mcastLastMemberInterval {@code IFLA_BR_MCAST_LAST_MEMBER_INTVL}: last member query interval in centiseconds
     * @param mcastMembershipInterval {@code IFLA_BR_MCAST_MEMBERSHIP_INTVL}: group membership interval in centiseconds
     * @param mcastQuerierInterval {@code IFLA_BR_MCAST_QUERIER_INTVL}: other querier present interval in centiseconds
     * @param mcastQueryInterval {@code IFLA_BR_MCAST_QUERY_INTVL}: query interval in centiseconds
     * @param mcastQueryResponseInterval {@code IFLA_BR_MCAST_QUERY_RESPONSE_INTVL}: query response interval in centiseconds
     * @param mcastStartupQueryInterval {@code IFLA_BR_MCAST_STARTUP_QUERY_INTVL}: startup query interval in centiseconds
     * @param nfCallIptables {@code IFLA_BR_NF_CALL_IPTABLES}: bridged IPv4 traffic goes through iptables
     * @param nfCallIp6tables {@code IFLA_BR_NF_CALL_IP6TABLES}: bridged IPv6 traffic goes through ip6tables
     * @param nfCallArptables {@code IFLA_BR_NF_CALL_ARPTABLES}: bridged ARP traffic goes through arptables
     * @param vlanDefaultPvid {@code IFLA_BR_VLAN_DEFAULT_PVID}: default port VLAN id
     * @param vlanStatsEnabled {@code IFLA_BR_VLAN_STATS_ENABLED}: per-VLAN statistics on
     * @param mcastStatsEnabled {@code IFLA_BR_MCAST_STATS_ENABLED}: multicast statistics on
     * @param mcastIgmpVersion {@code IFLA_BR_MCAST_IGMP_VERSION}: IGMP version (2 or 3)
     * @param mcastMldVersion {@code IFLA_BR_MCAST_MLD_VERSION}: MLD version (1 or 2)
     * @param vlanStatsPerPort {@code IFLA_BR_VLAN_STATS_PER_PORT}: per-port VLAN statistics on
     * @param multiBoolOpt {@code IFLA_BR_MULTI_BOOLOPT}: {@code struct br_boolopt_multi}: boolean options (no_linklocal_learn, mcast_vlan_snooping, ...)
     * @param mcastQuerierState {@code IFLA_BR_MCAST_QUERIER_STATE}: nested querier state, kept raw
     * @param otherAttributes the attributes not typed here, as received
     */
    public BridgeData {
        otherAttributes = otherAttributes == null ? RawAttributes.EMPTY : otherAttributes;
    }

    /** Always {@code "bridge"}. */
    @Override
    public String kind() {
        return BridgeCodec.KIND;
    }

    /**
     * A builder with nothing set.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the settable fields of a {@link BridgeData}; unset fields stay null and are not sent. */
    public static final class Builder {
        private Integer forwardDelay;
        private Integer helloTime;
        private Integer maxAge;
        private Integer ageingTime;
        private Integer stpState;
        private Integer priority;
        private Boolean vlanFiltering;
        private Integer vlanProtocol;
        private Integer groupFwdMask;
        private BridgeId rootId;
        private BridgeId bridgeId;
        private Integer rootPort;
        private Integer rootPathCost;
        private Boolean topologyChange;
        private Boolean topologyChangeDetected;
        private Long helloTimer;
        private Long tcnTimer;
        private Long topologyChangeTimer;
        private Long gcTimer;
        private MacAddress groupAddress;
        private Boolean fdbFlush;
        private Integer mcastRouter;
        private Boolean mcastSnooping;
        private Boolean mcastQueryUseIfaddr;
        private Boolean mcastQuerier;
        private Integer mcastHashElasticity;
        private Integer mcastHashMax;
        private Integer mcastLastMemberCount;
        private Integer mcastStartupQueryCount;
        private Long mcastLastMemberInterval;
        private Long mcastMembershipInterval;
        private Long mcastQuerierInterval;
        private Long mcastQueryInterval;
        private Long mcastQueryResponseInterval;
        private Long mcastStartupQueryInterval;
        private Boolean nfCallIptables;
        private Boolean nfCallIp6tables;
        private Boolean nfCallArptables;
        private Integer vlanDefaultPvid;
        private Boolean vlanStatsEnabled;
        private Boolean mcastStatsEnabled;
        private Integer mcastIgmpVersion;
        private Integer mcastMldVersion;
        private Boolean vlanStatsPerPort;
        private BridgeBoolOptions multiBoolOpt;
        private RawAttributes mcastQuerierState;

        private Builder() {
        }

        /**
         * Sets {@code IFLA_BR_FORWARD_DELAY}: STP forward delay in centiseconds (ip: {@code forward_delay}).
         *
         * @param value STP forward delay in centiseconds (ip: {@code forward_delay})
         * @return this builder
         */
        public Builder forwardDelay(int value) {
            this.forwardDelay = value;
            return this;
        }

        /**
         * Sets {@code IFLA_BR_HELLO_TIME}: STP hello time in centiseconds.
         *
         * @param value STP hello time in centiseconds
         * @return this builder
         */
        public Builder helloTime(int value) {
            this.helloTime = value;
            return this;
        }

        /**
         * Sets {@code IFLA_BR_MAX_AGE}: STP max message age in centiseconds.
         *
         * @param value STP max message age in centiseconds
         * @return this builder
         */
        public Builder maxAge(int value) {
            this.maxAge = value;
            return this;
        }

        /**
         * Sets {@code IFLA_BR_AGEING_TIME}: FDB entry ageing time in centiseconds.
         *
         * @param value FDB entry ageing time in centiseconds
         * @return this builder
         */
        public Builder ageingTime(int value) {
            this.ageingTime = value;
            return this;
        }

        /**
         * Sets {@code IFLA_BR_STP_STATE}: 0 STP off, 1 kernel STP, 2 user-space STP.
         *
         * @param value 0 STP off, 1 kernel STP, 2 user-space STP
         * @return this builder
         */
        public Builder stpState(int value) {
            this.stpState = value;
            return this;
        }

        /**
         * Sets {@code IFLA_BR_PRIORITY}: bridge priority.
         *
         * @param value bridge priority
         * @return this builder
         */
        public Builder priority(int value) {
            this.priority = value;
            return this;
        }

        /**
         * Sets {@code IFLA_BR_VLAN_FILTERING}: VLAN filtering on.
         *
         * @param value VLAN filtering on
         * @return this builder
         */
        public Builder vlanFiltering(boolean value) {
            this.vlanFiltering = value;
            return this;
        }

        /**
         * Sets {@code IFLA_BR_VLAN_PROTOCOL}: VLAN ethertype (0x8100 802.1Q, 0x88a8 802.1ad).
         *
         * @param value VLAN ethertype (0x8100 802.1Q, 0x88a8 802.1ad)
         * @return this builder
         */
        public Builder vlanProtocol(int value) {
            this.vlanProtocol = value;
            return this;
        }

        /**
         * Sets {@code IFLA_BR_GROUP_FWD_MASK}: link-local group addresses forwarded, as a bit mask.
         *
         * @param value link-local group addresses forwarded, as a bit mask
         * @return this builder
         */
        public Builder groupFwdMask(int value) {
            this.groupFwdMask = value;
            return this;
        }

        /**
         * Sets {@code IFLA_BR_GROUP_ADDR}: STP group address.
         *
         * @param value STP group address
         * @return this builder
         */
        public Builder groupAddress(MacAddress value) {
            this.groupAddress = value;
            return this;
        }

        /**
         * Sets {@code IFLA_BR_FDB_FLUSH}: request-only: flush the FDB.
         *
         * @param value request-only: flush the FDB
         * @return this builder
         */
        public Builder fdbFlush(boolean value) {
            this.fdbFlush = value;
            return this;
        }

        /**
         * Sets {@code IFLA_BR_MCAST_ROUTER}: multicast router mode: 0 disabled, 1 temporary (default), 2 permanent.
         *
         * @param value multicast router mode: 0 disabled, 1 temporary (default), 2 permanent
         * @return this builder
         */
        public Builder mcastRouter(int value) {
            this.mcastRouter = value;
            return this;
        }

        /**
         * Sets {@code IFLA_BR_MCAST_SNOOPING}: IGMP/MLD snooping on.
         *
         * @param value IGMP/MLD snooping on
         * @return this builder
         */
        public Builder mcastSnooping(boolean value) {
            this.mcastSnooping = value;
            return this;
        }

        /**
         * Sets {@code IFLA_BR_MCAST_QUERY_USE_IFADDR}: queries use the bridge's own address.
         *
         * @param value queries use the bridge's own address
         * @return this builder
         */
        public Builder mcastQueryUseIfaddr(boolean value) {
            this.mcastQueryUseIfaddr = value;
            return this;
        }

        /**
         * Sets {@code IFLA_BR_MCAST_QUERIER}: the bridge acts as querier.
         *
         * @param value the bridge acts as querier
         * @return this builder
         */
        public Builder mcastQuerier(boolean value) {
            this.mcastQuerier = value;
            return this;
        }

        /**
         * Sets {@code IFLA_BR_MCAST_HASH_ELASTICITY}: multicast hash elasticity (ignored by recent kernels).
         *
         * @param value multicast hash elasticity (ignored by recent kernels)
         * @return this builder
         */
        public Builder mcastHashElasticity(int value) {
            this.mcastHashElasticity = value;
            return this;
        }

        /**
         * Sets {@code IFLA_BR_MCAST_HASH_MAX}: multicast group table size.
         *
         * @param value multicast group table size
         * @return this builder
         */
        public Builder mcastHashMax(int value) {
            this.mcastHashMax = value;
            return this;
        }

        /**
         * Sets {@code IFLA_BR_MCAST_LAST_MEMBER_CNT}: last member query count.
         *
         * @param value last member query count
         * @return this builder
         */
        public Builder mcastLastMemberCount(int value) {
            this.mcastLastMemberCount = value;
            return this;
        }

        /**
         * Sets {@code IFLA_BR_MCAST_STARTUP_QUERY_CNT}: startup query count.
         *
         * @param value startup query count
         * @return this builder
         */
        public Builder mcastStartupQueryCount(int value) {
            this.mcastStartupQueryCount = value;
            return this;
        }

        /**
         * Sets {@code IFLA_BR_MCAST_LAST_MEMBER_INTVL}: last member query interval in centiseconds.
         *
         * @param value last member query interval in centiseconds
         * @return this builder
         */
        public Builder mcastLastMemberInterval(long value) {
            this.mcastLastMemberInterval = value;
            return this;
        }

        /**
         * Sets {@code IFLA_BR_MCAST_MEMBERSHIP_INTVL}: group membership interval in centiseconds.
         *
         * @param value group membership interval in centiseconds
         * @return this builder
         */
        public Builder mcastMembershipInterval(long value) {
            this.mcastMembershipInterval = value;
            return this;
        }

        /**
         * Sets {@code IFLA_BR_MCAST_QUERIER_INTVL}: other querier present interval in centiseconds.
         *
         * @param value other querier present interval in centiseconds
         * @return this builder
         */
        public Builder mcastQuerierInterval(long value) {
            this.mcastQuerierInterval = value;
            return this;
        }

        /**
         * Sets {@code IFLA_BR_MCAST_QUERY_INTVL}: query interval in centiseconds.
         *
         * @param value query interval in centiseconds
         * @return this builder
         */
        public Builder mcastQueryInterval(long value) {
            this.mcastQueryInterval = value;
            return this;
        }

        /**
         * Sets {@code IFLA_BR_MCAST_QUERY_RESPONSE_INTVL}: query response interval in centiseconds.
         *
         * @param value query response interval in centiseconds
         * @return this builder
         */
        public Builder mcastQueryResponseInterval(long value) {
            this.mcastQueryResponseInterval = value;
            return this;
        }

        /**
         * Sets {@code IFLA_BR_MCAST_STARTUP_QUERY_INTVL}: startup query interval in centiseconds.
         *
         * @param value startup query interval in centiseconds
         * @return this builder
         */
        public Builder mcastStartupQueryInterval(long value) {
            this.mcastStartupQueryInterval = value;
            return this;
        }

        /**
         * Sets {@code IFLA_BR_NF_CALL_IPTABLES}: bridged IPv4 traffic goes through iptables.
         *
         * @param value bridged IPv4 traffic goes through iptables
         * @return this builder
         */
        public Builder nfCallIptables(boolean value) {
            this.nfCallIptables = value;
            return this;
        }

        /**
         * Sets {@code IFLA_BR_NF_CALL_IP6TABLES}: bridged IPv6 traffic goes through ip6tables.
         *
         * @param value bridged IPv6 traffic goes through ip6tables
         * @return this builder
         */
        public Builder nfCallIp6tables(boolean value) {
            this.nfCallIp6tables = value;
            return this;
        }

        /**
         * Sets {@code IFLA_BR_NF_CALL_ARPTABLES}: bridged ARP traffic goes through arptables.
         *
         * @param value bridged ARP traffic goes through arptables
         * @return this builder
         */
        public Builder nfCallArptables(boolean value) {
            this.nfCallArptables = value;
            return this;
        }

        /**
         * Sets {@code IFLA_BR_VLAN_DEFAULT_PVID}: default port VLAN id.
         *
         * @param value default port VLAN id
         * @return this builder
         */
        public Builder vlanDefaultPvid(int value) {
            this.vlanDefaultPvid = value;
            return this;
        }

        /**
         * Sets {@code IFLA_BR_VLAN_STATS_ENABLED}: per-VLAN statistics on.
         *
         * @param value per-VLAN statistics on
         * @return this builder
         */
        public Builder vlanStatsEnabled(boolean value) {
            this.vlanStatsEnabled = value;
            return this;
        }

        /**
         * Sets {@code IFLA_BR_MCAST_STATS_ENABLED}: multicast statistics on.
         *
         * @param value multicast statistics on
         * @return this builder
         */
        public Builder mcastStatsEnabled(boolean value) {
            this.mcastStatsEnabled = value;
            return this;
        }

        /**
         * Sets {@code IFLA_BR_MCAST_IGMP_VERSION}: IGMP version (2 or 3).
         *
         * @param value IGMP version (2 or 3)
         * @return this builder
         */
        public Builder mcastIgmpVersion(int value) {
            this.mcastIgmpVersion = value;
            return this;
        }

        /**
         * Sets {@code IFLA_BR_MCAST_MLD_VERSION}: MLD version (1 or 2).
         *
         * @param value MLD version (1 or 2)
         * @return this builder
         */
        public Builder mcastMldVersion(int value) {
            this.mcastMldVersion = value;
            return this;
        }

        /**
         * Sets {@code IFLA_BR_VLAN_STATS_PER_PORT}: per-port VLAN statistics on.
         *
         * @param value per-port VLAN statistics on
         * @return this builder
         */
        public Builder vlanStatsPerPort(boolean value) {
            this.vlanStatsPerPort = value;
            return this;
        }

        /**
         * Sets {@code IFLA_BR_MULTI_BOOLOPT}: {@code struct br_boolopt_multi}: boolean options (no_linklocal_learn, mcast_vlan_snooping, ...).
         *
         * @param value {@code struct br_boolopt_multi}: boolean options (no_linklocal_learn, mcast_vlan_snooping, ...)
         * @return this builder
         */
        public Builder multiBoolOpt(BridgeBoolOptions value) {
            this.multiBoolOpt = value;
            return this;
        }

        /**
         * The data with the fields set so far.
         *
         * @return a new {@code BridgeData} with the fields set so far
         */
        public BridgeData build() {
            return new BridgeData(forwardDelay, helloTime, maxAge, ageingTime, stpState, priority, vlanFiltering, vlanProtocol, groupFwdMask, rootId, bridgeId, rootPort, rootPathCost, topologyChange, topologyChangeDetected, helloTimer, tcnTimer, topologyChangeTimer, gcTimer, groupAddress, fdbFlush, mcastRouter, mcastSnooping, mcastQueryUseIfaddr, mcastQuerier, mcastHashElasticity, mcastHashMax, mcastLastMemberCount, mcastStartupQueryCount, mcastLastMemberInterval, mcastMembershipInterval, mcastQuerierInterval, mcastQueryInterval, mcastQueryResponseInterval, mcastStartupQueryInterval, nfCallIptables, nfCallIp6tables, nfCallArptables, vlanDefaultPvid, vlanStatsEnabled, mcastStatsEnabled, mcastIgmpVersion, mcastMldVersion, vlanStatsPerPort, multiBoolOpt, mcastQuerierState, RawAttributes.EMPTY);
        }
    }
}
