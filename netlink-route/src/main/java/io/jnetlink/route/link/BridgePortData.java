package io.jnetlink.route.link;


/**
 * {@code IFLA_INFO_SLAVE_DATA} of a bridge port ({@code IFLA_BRPORT_*} in linux/if_link.h). Every field is null when the kernel did not send (or, in a request, the caller
 * did not set) its attribute; the parameter docs name the attribute. Attributes this version
 * does not type are kept in {@code otherAttributes}. Build requests with {@link #builder()}, which offers
 * only what the kernel lets a request change.
 *
 * @param state {@code IFLA_BRPORT_STATE}: STP port state: 0 disabled, 1 listening, 2 learning, 3 forwarding, 4 blocking
 * @param priority {@code IFLA_BRPORT_PRIORITY}: port priority
 * @param cost {@code IFLA_BRPORT_COST}: STP path cost
 * @param hairpin {@code IFLA_BRPORT_MODE}: hairpin mode
 * @param guard {@code IFLA_BRPORT_GUARD}: BPDU guard
 * @param rootBlock {@code IFLA_BRPORT_PROTECT}: root port protection (ip: {@code root_block})
 * @param fastLeave {@code IFLA_BRPORT_FAST_LEAVE}: multicast fast leave
 * @param learning {@code IFLA_BRPORT_LEARNING}: MAC learning
 * @param unicastFlood {@code IFLA_BRPORT_UNICAST_FLOOD}: flood unknown unicast (ip: {@code flood})
 * @param proxyArp {@code IFLA_BRPORT_PROXYARP}: proxy ARP
 * @param learningSync {@code IFLA_BRPORT_LEARNING_SYNC}: MAC learning sync from the device
 * @param proxyArpWifi {@code IFLA_BRPORT_PROXYARP_WIFI}: proxy ARP for Wi-Fi
 * @param rootId {@code IFLA_BRPORT_ROOT_ID}: designated root
 * @param bridgeId {@code IFLA_BRPORT_BRIDGE_ID}: designated bridge
 * @param designatedPort {@code IFLA_BRPORT_DESIGNATED_PORT}: designated port
 * @param designatedCost {@code IFLA_BRPORT_DESIGNATED_COST}: designated cost
 * @param id {@code IFLA_BRPORT_ID}: port id (priority and number)
 * @param no {@code IFLA_BRPORT_NO}: port number
 * @param topologyChangeAck {@code IFLA_BRPORT_TOPOLOGY_CHANGE_ACK}: topology change acknowledgement flag
 * @param configPending {@code IFLA_BRPORT_CONFIG_PENDING}: configuration BPDU pending
 * @param messageAgeTimer {@code IFLA_BRPORT_MESSAGE_AGE_TIMER}: message age timer in centiseconds (ticking)
 * @param forwardDelayTimer {@code IFLA_BRPORT_FORWARD_DELAY_TIMER}: forward delay timer in centiseconds (ticking)
 * @param holdTimer {@code IFLA_BRPORT_HOLD_TIMER}: hold timer in centiseconds (ticking)
 * @param flush {@code IFLA_BRPORT_FLUSH}: request-only: flush the port's FDB entries
 * @param multicastRouter {@code IFLA_BRPORT_MULTICAST_ROUTER}: multicast router mode of the port
 * @param mcastFlood {@code IFLA_BRPORT_MCAST_FLOOD}: flood unknown multicast
 * @param mcastToUnicast {@code IFLA_BRPORT_MCAST_TO_UCAST}: multicast to unicast
 * @param vlanTunnel {@code IFLA_BRPORT_VLAN_TUNNEL}: VLAN tunnel mapping
 * @param broadcastFlood {@code IFLA_BRPORT_BCAST_FLOOD}: flood broadcast
 * @param groupFwdMask {@code IFLA_BRPORT_GROUP_FWD_MASK}: link-local group addresses forwarded
 * @param neighSuppress {@code IFLA_BRPORT_NEIGH_SUPPRESS}: ARP/ND suppression
 * @param isolated {@code IFLA_BRPORT_ISOLATED}: isolated port
 * @param backupPort {@code IFLA_BRPORT_BACKUP_PORT}: index of the backup port
 * @param mrpRingOpen {@code IFLA_BRPORT_MRP_RING_OPEN}: MRP ring open
 * @param mrpInOpen {@code IFLA_BRPORT_MRP_IN_OPEN}: MRP interconnect open
 * @param mcastEhtHostsLimit {@code IFLA_BRPORT_MCAST_EHT_HOSTS_LIMIT}: EHT hosts limit
 * @param mcastEhtHostsCount {@code IFLA_BRPORT_MCAST_EHT_HOSTS_CNT}: EHT hosts count
 * @param locked {@code IFLA_BRPORT_LOCKED}: locked port
 * @param otherAttributes the attributes not typed here, as received
 */
public record BridgePortData(
        Integer state,
        Integer priority,
        Integer cost,
        Boolean hairpin,
        Boolean guard,
        Boolean rootBlock,
        Boolean fastLeave,
        Boolean learning,
        Boolean unicastFlood,
        Boolean proxyArp,
        Boolean learningSync,
        Boolean proxyArpWifi,
        BridgeId rootId,
        BridgeId bridgeId,
        Integer designatedPort,
        Integer designatedCost,
        Integer id,
        Integer no,
        Integer topologyChangeAck,
        Integer configPending,
        Long messageAgeTimer,
        Long forwardDelayTimer,
        Long holdTimer,
        Boolean flush,
        Integer multicastRouter,
        Boolean mcastFlood,
        Boolean mcastToUnicast,
        Boolean vlanTunnel,
        Boolean broadcastFlood,
        Integer groupFwdMask,
        Boolean neighSuppress,
        Boolean isolated,
        Integer backupPort,
        Boolean mrpRingOpen,
        Boolean mrpInOpen,
        Integer mcastEhtHostsLimit,
        Integer mcastEhtHostsCount,
        Boolean locked,
        RawAttributes otherAttributes) implements LinkData {
    /**
     * Normalises a null {@code otherAttributes} to {@link RawAttributes#EMPTY}.
     *
     * @param state {@code IFLA_BRPORT_STATE}: STP port state: 0 disabled, 1 listening, 2 learning, 3 forwarding, 4 blocking
     * @param priority {@code IFLA_BRPORT_PRIORITY}: port priority
     * @param cost {@code IFLA_BRPORT_COST}: STP path cost
     * @param hairpin {@code IFLA_BRPORT_MODE}: hairpin mode
     * @param guard {@code IFLA_BRPORT_GUARD}: BPDU guard
     * @param rootBlock {@code IFLA_BRPORT_PROTECT}: root port protection (ip: {@code root_block})
     * @param fastLeave {@code IFLA_BRPORT_FAST_LEAVE}: multicast fast leave
     * @param learning {@code IFLA_BRPORT_LEARNING}: MAC learning
     * @param unicastFlood {@code IFLA_BRPORT_UNICAST_FLOOD}: flood unknown unicast (ip: {@code flood})
     * @param proxyArp {@code IFLA_BRPORT_PROXYARP}: proxy ARP
     * @param learningSync {@code IFLA_BRPORT_LEARNING_SYNC}: MAC learning sync from the device
     * @param proxyArpWifi {@code IFLA_BRPORT_PROXYARP_WIFI}: proxy ARP for Wi-Fi
     * @param rootId {@code IFLA_BRPORT_ROOT_ID}: designated root
     * @param bridgeId {@code IFLA_BRPORT_BRIDGE_ID}: designated bridge
     * @param designatedPort {@code IFLA_BRPORT_DESIGNATED_PORT}: designated port
     * @param designatedCost {@code IFLA_BRPORT_DESIGNATED_COST}: designated cost
     * @param id {@code IFLA_BRPORT_ID}: port id (priority and number)
     * @param no {@code IFLA_BRPORT_NO}: port number
     * @param topologyChangeAck {@code IFLA_BRPORT_TOPOLOGY_CHANGE_ACK}: topology change acknowledgement flag
     * @param configPending {@code IFLA_BRPORT_CONFIG_PENDING}: configuration BPDU pending
     * @param messageAgeTimer {@code IFLA_BRPORT_MESSAGE_AGE_TIMER}: message age timer in centiseconds (ticking)
     * @param forwardDelayTimer {@code IFLA_BRPORT_FORWARD_DELAY_TIMER}: forward delay timer in centiseconds (ticking)
     * @param holdTimer {@code IFLA_BRPORT_HOLD_TIMER}: hold timer in centiseconds (ticking)
     * @param flush {@code IFLA_BRPORT_FLUSH}: request-only: flush the port's FDB entries
     * @param multicastRouter {@code IFLA_BRPORT_MULTICAST_ROUTER}: multicast router mode of the port
     * @param mcastFlood {@code IFLA_BRPORT_MCAST_FLOOD}: flood unknown multicast
     * @param mcastToUnicast {@code IFLA_BRPORT_MCAST_TO_UCAST}: multicast to unicast
     * @param vlanTunnel {@code IFLA_BRPORT_VLAN_TUNNEL}: VLAN tunnel mapping
     * @param broadcastFlood {@code IFLA_BRPORT_BCAST_FLOOD}: flood broadcast
     * @param groupFwdMask {@code IFLA_BRPORT_GROUP_FWD_MASK}: link-local group addresses forwarded
     * @param neighSuppress {@code IFLA_BRPORT_NEIGH_SUPPRESS}: ARP/ND suppression
     * @param isolated {@code IFLA_BRPORT_ISOLATED}: isolated port
     * @param backupPort {@code IFLA_BRPORT_BACKUP_PORT}: index of the backup port
     * @param mrpRingOpen {@code IFLA_BRPORT_MRP_RING_OPEN}: MRP ring open
     * @param mrpInOpen {@code IFLA_BRPORT_MRP_IN_OPEN}: MRP interconnect open
     * @param mcastEhtHostsLimit {@code IFLA_BRPORT_MCAST_EHT_HOSTS_LIMIT}: EHT hosts limit
     * @param mcastEhtHostsCount {@code IFLA_BRPORT_MCAST_EHT_HOSTS_CNT}: EHT hosts count
     * @param locked {@code IFLA_BRPORT_LOCKED}: locked port
     * @param otherAttributes the attributes not typed here, as received
     */
    public BridgePortData {
        otherAttributes = otherAttributes == null ? RawAttributes.EMPTY : otherAttributes;
    }

    /** Always {@code "bridge"}: the kind of the master this port data belongs to. */
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

    /** Collects the settable fields of a {@link BridgePortData}; unset fields stay null and are not sent. */
    public static final class Builder {
        private Integer state;
        private Integer priority;
        private Integer cost;
        private Boolean hairpin;
        private Boolean guard;
        private Boolean rootBlock;
        private Boolean fastLeave;
        private Boolean learning;
        private Boolean unicastFlood;
        private Boolean proxyArp;
        private Boolean learningSync;
        private Boolean proxyArpWifi;
        private BridgeId rootId;
        private BridgeId bridgeId;
        private Integer designatedPort;
        private Integer designatedCost;
        private Integer id;
        private Integer no;
        private Integer topologyChangeAck;
        private Integer configPending;
        private Long messageAgeTimer;
        private Long forwardDelayTimer;
        private Long holdTimer;
        private Boolean flush;
        private Integer multicastRouter;
        private Boolean mcastFlood;
        private Boolean mcastToUnicast;
        private Boolean vlanTunnel;
        private Boolean broadcastFlood;
        private Integer groupFwdMask;
        private Boolean neighSuppress;
        private Boolean isolated;
        private Integer backupPort;
        private Boolean mrpRingOpen;
        private Boolean mrpInOpen;
        private Integer mcastEhtHostsLimit;
        private Integer mcastEhtHostsCount;
        private Boolean locked;

        private Builder() {
        }

        /**
         * Sets {@code IFLA_BRPORT_STATE}: STP port state: 0 disabled, 1 listening, 2 learning, 3 forwarding, 4 blocking.
         *
         * @param value STP port state: 0 disabled, 1 listening, 2 learning, 3 forwarding, 4 blocking
         * @return this builder
         */
        public Builder state(int value) {
            this.state = value;
            return this;
        }

        /**
         * Sets {@code IFLA_BRPORT_PRIORITY}: port priority.
         *
         * @param value port priority
         * @return this builder
         */
        public Builder priority(int value) {
            this.priority = value;
            return this;
        }

        /**
         * Sets {@code IFLA_BRPORT_COST}: STP path cost.
         *
         * @param value STP path cost
         * @return this builder
         */
        public Builder cost(int value) {
            this.cost = value;
            return this;
        }

        /**
         * Sets {@code IFLA_BRPORT_MODE}: hairpin mode.
         *
         * @param value hairpin mode
         * @return this builder
         */
        public Builder hairpin(boolean value) {
            this.hairpin = value;
            return this;
        }

        /**
         * Sets {@code IFLA_BRPORT_GUARD}: BPDU guard.
         *
         * @param value BPDU guard
         * @return this builder
         */
        public Builder guard(boolean value) {
            this.guard = value;
            return this;
        }

        /**
         * Sets {@code IFLA_BRPORT_PROTECT}: root port protection (ip: {@code root_block}).
         *
         * @param value root port protection (ip: {@code root_block})
         * @return this builder
         */
        public Builder rootBlock(boolean value) {
            this.rootBlock = value;
            return this;
        }

        /**
         * Sets {@code IFLA_BRPORT_FAST_LEAVE}: multicast fast leave.
         *
         * @param value multicast fast leave
         * @return this builder
         */
        public Builder fastLeave(boolean value) {
            this.fastLeave = value;
            return this;
        }

        /**
         * Sets {@code IFLA_BRPORT_LEARNING}: MAC learning.
         *
         * @param value MAC learning
         * @return this builder
         */
        public Builder learning(boolean value) {
            this.learning = value;
            return this;
        }

        /**
         * Sets {@code IFLA_BRPORT_UNICAST_FLOOD}: flood unknown unicast (ip: {@code flood}).
         *
         * @param value flood unknown unicast (ip: {@code flood})
         * @return this builder
         */
        public Builder unicastFlood(boolean value) {
            this.unicastFlood = value;
            return this;
        }

        /**
         * Sets {@code IFLA_BRPORT_PROXYARP}: proxy ARP.
         *
         * @param value proxy ARP
         * @return this builder
         */
        public Builder proxyArp(boolean value) {
            this.proxyArp = value;
            return this;
        }

        /**
         * Sets {@code IFLA_BRPORT_LEARNING_SYNC}: MAC learning sync from the device.
         *
         * @param value MAC learning sync from the device
         * @return this builder
         */
        public Builder learningSync(boolean value) {
            this.learningSync = value;
            return this;
        }

        /**
         * Sets {@code IFLA_BRPORT_PROXYARP_WIFI}: proxy ARP for Wi-Fi.
         *
         * @param value proxy ARP for Wi-Fi
         * @return this builder
         */
        public Builder proxyArpWifi(boolean value) {
            this.proxyArpWifi = value;
            return this;
        }

        /**
         * Sets {@code IFLA_BRPORT_FLUSH}: request-only: flush the port's FDB entries.
         *
         * @param value request-only: flush the port's FDB entries
         * @return this builder
         */
        public Builder flush(boolean value) {
            this.flush = value;
            return this;
        }

        /**
         * Sets {@code IFLA_BRPORT_MULTICAST_ROUTER}: multicast router mode of the port.
         *
         * @param value multicast router mode of the port
         * @return this builder
         */
        public Builder multicastRouter(int value) {
            this.multicastRouter = value;
            return this;
        }

        /**
         * Sets {@code IFLA_BRPORT_MCAST_FLOOD}: flood unknown multicast.
         *
         * @param value flood unknown multicast
         * @return this builder
         */
        public Builder mcastFlood(boolean value) {
            this.mcastFlood = value;
            return this;
        }

        /**
         * Sets {@code IFLA_BRPORT_MCAST_TO_UCAST}: multicast to unicast.
         *
         * @param value multicast to unicast
         * @return this builder
         */
        public Builder mcastToUnicast(boolean value) {
            this.mcastToUnicast = value;
            return this;
        }

        /**
         * Sets {@code IFLA_BRPORT_VLAN_TUNNEL}: VLAN tunnel mapping.
         *
         * @param value VLAN tunnel mapping
         * @return this builder
         */
        public Builder vlanTunnel(boolean value) {
            this.vlanTunnel = value;
            return this;
        }

        /**
         * Sets {@code IFLA_BRPORT_BCAST_FLOOD}: flood broadcast.
         *
         * @param value flood broadcast
         * @return this builder
         */
        public Builder broadcastFlood(boolean value) {
            this.broadcastFlood = value;
            return this;
        }

        /**
         * Sets {@code IFLA_BRPORT_GROUP_FWD_MASK}: link-local group addresses forwarded.
         *
         * @param value link-local group addresses forwarded
         * @return this builder
         */
        public Builder groupFwdMask(int value) {
            this.groupFwdMask = value;
            return this;
        }

        /**
         * Sets {@code IFLA_BRPORT_NEIGH_SUPPRESS}: ARP/ND suppression.
         *
         * @param value ARP/ND suppression
         * @return this builder
         */
        public Builder neighSuppress(boolean value) {
            this.neighSuppress = value;
            return this;
        }

        /**
         * Sets {@code IFLA_BRPORT_ISOLATED}: isolated port.
         *
         * @param value isolated port
         * @return this builder
         */
        public Builder isolated(boolean value) {
            this.isolated = value;
            return this;
        }

        /**
         * Sets {@code IFLA_BRPORT_BACKUP_PORT}: index of the backup port.
         *
         * @param value index of the backup port
         * @return this builder
         */
        public Builder backupPort(int value) {
            this.backupPort = value;
            return this;
        }

        /**
         * Sets {@code IFLA_BRPORT_MCAST_EHT_HOSTS_LIMIT}: EHT hosts limit.
         *
         * @param value EHT hosts limit
         * @return this builder
         */
        public Builder mcastEhtHostsLimit(int value) {
            this.mcastEhtHostsLimit = value;
            return this;
        }

        /**
         * Sets {@code IFLA_BRPORT_LOCKED}: locked port.
         *
         * @param value locked port
         * @return this builder
         */
        public Builder locked(boolean value) {
            this.locked = value;
            return this;
        }

        /**
         * The data with the fields set so far.
         *
         * @return a new {@code BridgePortData} with the fields set so far
         */
        public BridgePortData build() {
            return new BridgePortData(state, priority, cost, hairpin, guard, rootBlock, fastLeave, learning, unicastFlood, proxyArp, learningSync, proxyArpWifi, rootId, bridgeId, designatedPort, designatedCost, id, no, topologyChangeAck, configPending, messageAgeTimer, forwardDelayTimer, holdTimer, flush, multicastRouter, mcastFlood, mcastToUnicast, vlanTunnel, broadcastFlood, groupFwdMask, neighSuppress, isolated, backupPort, mrpRingOpen, mrpInOpen, mcastEhtHostsLimit, mcastEhtHostsCount, locked, RawAttributes.EMPTY);
        }
    }
}
