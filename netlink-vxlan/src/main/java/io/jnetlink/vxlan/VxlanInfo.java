package io.jnetlink.vxlan;

import io.jnetlink.route.link.LinkData;
import io.jnetlink.core.attr.RawAttributes;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * {@code IFLA_INFO_DATA} of a {@code vxlan} link: every {@code IFLA_VXLAN_*} attribute of
 * linux/if_link.h, typed. A null field was not sent (in a dump) or is not to be sent (in a
 * request); build requests with {@link #builder()} so only what the caller set goes to the
 * kernel. Attributes of newer kernels than this class knows stay in {@link #otherAttributes()}.
 *
 * <p>Kernel quirks worth knowing when reading a dump: {@code gbp}, {@code gpe} and
 * {@code remcsumNoPartial} are flag attributes the kernel sends only when on, so null means off;
 * {@code ttlInherit} is sent as a flag but reported back as a u8; with {@code collectMetadata}
 * (iproute2's {@code external}) there is no VNI.
 *
 * @param id               {@code IFLA_VXLAN_ID}: the VNI, 0 to 2^24-1
 * @param remote           {@code IFLA_VXLAN_GROUP} (IPv4) or {@code IFLA_VXLAN_GROUP6} (IPv6): a
 *                         unicast remote or a multicast group (see {@link #isMulticastGroup()})
 * @param link             {@code IFLA_VXLAN_LINK}: index of the underlay device ({@code dev})
 * @param local            {@code IFLA_VXLAN_LOCAL} (IPv4) or {@code IFLA_VXLAN_LOCAL6} (IPv6)
 * @param ttl              {@code IFLA_VXLAN_TTL}: 0 means the route's default ({@code ttl auto})
 * @param ttlInherit       {@code IFLA_VXLAN_TTL_INHERIT}: copy the inner packet's TTL
 * @param tos              {@code IFLA_VXLAN_TOS}: 1 means inherit
 * @param df               {@code IFLA_VXLAN_DF}
 * @param label            {@code IFLA_VXLAN_LABEL}: IPv6 flow label, 20 bits (network order on the wire)
 * @param learning         {@code IFLA_VXLAN_LEARNING}: learn remote MACs from received packets
 * @param ageing           {@code IFLA_VXLAN_AGEING}: FDB entry lifetime in seconds, 0 for none
 * @param limit            {@code IFLA_VXLAN_LIMIT}: most FDB entries, 0 for unlimited
 * @param portRange        {@code IFLA_VXLAN_PORT_RANGE}: UDP source ports
 * @param proxy            {@code IFLA_VXLAN_PROXY}: answer ARP/NDP from the neighbour table
 * @param rsc              {@code IFLA_VXLAN_RSC}: route short circuit
 * @param l2miss           {@code IFLA_VXLAN_L2MISS}: notify user space of FDB misses
 * @param l3miss           {@code IFLA_VXLAN_L3MISS}: notify user space of neighbour misses
 * @param collectMetadata  {@code IFLA_VXLAN_COLLECT_METADATA}: external control ({@code external})
 * @param port             {@code IFLA_VXLAN_PORT}: UDP destination port (network order on the wire)
 * @param udpCsum          {@code IFLA_VXLAN_UDP_CSUM}: checksum outer UDP over IPv4
 * @param udpZeroCsum6Tx   {@code IFLA_VXLAN_UDP_ZERO_CSUM6_TX}: send zero UDP checksums over IPv6
 * @param udpZeroCsum6Rx   {@code IFLA_VXLAN_UDP_ZERO_CSUM6_RX}: accept zero UDP checksums over IPv6
 * @param remcsumTx        {@code IFLA_VXLAN_REMCSUM_TX}: remote checksum offload on transmit
 * @param remcsumRx        {@code IFLA_VXLAN_REMCSUM_RX}: remote checksum offload on receive
 * @param gbp              {@code IFLA_VXLAN_GBP} (flag): Group Based Policy extension
 * @param remcsumNoPartial {@code IFLA_VXLAN_REMCSUM_NOPARTIAL} (flag)
 * @param gpe              {@code IFLA_VXLAN_GPE} (flag): Generic Protocol Extension
 * @param vnifilter        {@code IFLA_VXLAN_VNIFILTER}: per-VNI filtering (with collectMetadata)
 * @param localBypass      {@code IFLA_VXLAN_LOCALBYPASS}: deliver to a local VXLAN device directly
 * @param labelPolicy      {@code IFLA_VXLAN_LABEL_POLICY}
 * @param reservedBits     {@code IFLA_VXLAN_RESERVED_BITS}: the 8-byte VXLAN header mask of
 *                         reserved bits accepted on receive, as a big-endian long
 * @param mcRoute          {@code IFLA_VXLAN_MC_ROUTE}: multicast routing of the encapsulated traffic
 * @param otherAttributes  attributes not typed here, as received
 */
public record VxlanInfo(
        Integer id, InetAddress remote, Integer link, InetAddress local, Integer ttl, Boolean ttlInherit,
        Integer tos, Df df, Integer label, Boolean learning, Long ageing, Long limit, PortRange portRange,
        Boolean proxy, Boolean rsc, Boolean l2miss, Boolean l3miss, Boolean collectMetadata, Integer port,
        Boolean udpCsum, Boolean udpZeroCsum6Tx, Boolean udpZeroCsum6Rx, Boolean remcsumTx, Boolean remcsumRx,
        Boolean gbp, Boolean remcsumNoPartial, Boolean gpe, Boolean vnifilter, Boolean localBypass,
        LabelPolicy labelPolicy, Long reservedBits, Boolean mcRoute, RawAttributes otherAttributes)
        implements LinkData {

    /** The IANA-assigned VXLAN UDP port, which Docker's overlay driver uses. */
    public static final int IANA_VXLAN_UDP_PORT = 4789;
    /** The largest VNI (24 bits). */
    public static final int MAX_VNI = (1 << 24) - 1;
    /** The largest IPv6 flow label (20 bits). */
    public static final int MAX_LABEL = (1 << 20) - 1;

    /**
     * Normalises null {@code otherAttributes} to empty.
     *
     * @param id               {@code IFLA_VXLAN_ID}: the VNI, 0 to 2^24-1
     * @param remote           {@code IFLA_VXLAN_GROUP} (IPv4) or {@code IFLA_VXLAN_GROUP6} (IPv6): a
     *                         unicast remote or a multicast group (see {@link #isMulticastGroup()})
     * @param link             {@code IFLA_VXLAN_LINK}: index of the underlay device ({@code dev})
     * @param local            {@code IFLA_VXLAN_LOCAL} (IPv4) or {@code IFLA_VXLAN_LOCAL6} (IPv6)
     * @param ttl              {@code IFLA_VXLAN_TTL}: 0 means the route's default ({@code ttl auto})
     * @param ttlInherit       {@code IFLA_VXLAN_TTL_INHERIT}: copy the inner packet's TTL
     * @param tos              {@code IFLA_VXLAN_TOS}: 1 means inherit
     * @param df               {@code IFLA_VXLAN_DF}
     * @param label            {@code IFLA_VXLAN_LABEL}: IPv6 flow label, 20 bits (network order on the wire)
     * @param learning         {@code IFLA_VXLAN_LEARNING}: learn remote MACs from received packets
     * @param ageing           {@code IFLA_VXLAN_AGEING}: FDB entry lifetime in seconds, 0 for none
     * @param limit            {@code IFLA_VXLAN_LIMIT}: most FDB entries, 0 for unlimited
     * @param portRange        {@code IFLA_VXLAN_PORT_RANGE}: UDP source ports
     * @param proxy            {@code IFLA_VXLAN_PROXY}: answer ARP/NDP from the neighbour table
     * @param rsc              {@code IFLA_VXLAN_RSC}: route short circuit
     * @param l2miss           {@code IFLA_VXLAN_L2MISS}: notify user space of FDB misses
     * @param l3miss           {@code IFLA_VXLAN_L3MISS}: notify user space of neighbour misses
     * @param collectMetadata  {@code IFLA_VXLAN_COLLECT_METADATA}: external control ({@code external})
     * @param port             {@code IFLA_VXLAN_PORT}: UDP destination port (network order on the wire)
     * @param udpCsum          {@code IFLA_VXLAN_UDP_CSUM}: checksum outer UDP over IPv4
     * @param udpZeroCsum6Tx   {@code IFLA_VXLAN_UDP_ZERO_CSUM6_TX}: send zero UDP checksums over IPv6
     * @param udpZeroCsum6Rx   {@code IFLA_VXLAN_UDP_ZERO_CSUM6_RX}: accept zero UDP checksums over IPv6
     * @param remcsumTx        {@code IFLA_VXLAN_REMCSUM_TX}: remote checksum offload on transmit
     * @param remcsumRx        {@code IFLA_VXLAN_REMCSUM_RX}: remote checksum offload on receive
     * @param gbp              {@code IFLA_VXLAN_GBP} (flag): Group Based Policy extension
     * @param remcsumNoPartial {@code IFLA_VXLAN_REMCSUM_NOPARTIAL} (flag)
     * @param gpe              {@code IFLA_VXLAN_GPE} (flag): Generic Protocol Extension
     * @param vnifilter        {@code IFLA_VXLAN_VNIFILTER}: per-VNI filtering (with collectMetadata)
     * @param localBypass      {@code IFLA_VXLAN_LOCALBYPASS}: deliver to a local VXLAN device directly
     * @param labelPolicy      {@code IFLA_VXLAN_LABEL_POLICY}
     * @param reservedBits     {@code IFLA_VXLAN_RESERVED_BITS}: the 8-byte VXLAN header mask of
     *                         reserved bits accepted on receive, as a big-endian long
     * @param mcRoute          {@code IFLA_VXLAN_MC_ROUTE}: multicast routing of the encapsulated traffic
     * @param otherAttributes  attributes not typed here, as received
     */
    public VxlanInfo {
        otherAttributes = otherAttributes == null ? RawAttributes.EMPTY : otherAttributes;
    }

    /** {@return {@code "vxlan"}} */
    @Override
    public String kind() {
        return VxlanCodec.KIND;
    }

    /** {@return true when {@link #remote()} is a multicast group rather than a unicast remote} */
    public boolean isMulticastGroup() {
        return remote != null && remote.isMulticastAddress();
    }

    /**
     * A builder with nothing set.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** {@code enum ifla_vxlan_df}: the Don't Fragment bit of the outer IPv4 header. */
    public enum Df {
        /** {@code VXLAN_DF_UNSET}: not set (the default). */
        UNSET,
        /** {@code VXLAN_DF_SET}: always set. */
        SET,
        /** {@code VXLAN_DF_INHERIT}: copied from the inner IPv4 header. */
        INHERIT;

        /** The constant for the kernel value {@code value}, or null for one this enum lacks. */
        static Df of(int value) {
            Df[] all = values();
            return value >= 0 && value < all.length ? all[value] : null;
        }
    }

    /** {@code enum ifla_vxlan_label_policy}: where the outer IPv6 flow label comes from. */
    public enum LabelPolicy {
        /** {@code VXLAN_LABEL_FIXED}: the configured {@link VxlanInfo#label()} (the default). */
        FIXED,
        /** {@code VXLAN_LABEL_INHERIT}: copied from the inner packet. */
        INHERIT;

        /** The constant for the kernel value {@code value}, or null for one this enum lacks. */
        static LabelPolicy of(long value) {
            LabelPolicy[] all = values();
            return value >= 0 && value < all.length ? all[(int) value] : null;
        }
    }

    /**
     * {@code struct ifla_vxlan_port_range}: the UDP source ports, both inclusive.
     *
     * @param low  the lowest port, 0 to 65535
     * @param high the highest port, 0 to 65535
     */
    public record PortRange(int low, int high) {
        /**
         * Checks the ports.
         *
         * @param low  the lowest port, 0 to 65535
         * @param high the highest port, 0 to 65535
         * @throws IllegalArgumentException for a port outside 0..65535 or {@code low > high}
         */
        public PortRange {
            checkPort(low, "low source port");
            checkPort(high, "high source port");
            if (low > high) {
                throw new IllegalArgumentException("source port range " + low + "-" + high + " is reversed");
            }
        }
    }

    static int checkPort(int port, String what) {
        if (port < 0 || port > 0xffff) {
            throw new IllegalArgumentException(what + " must be 0..65535: " + port);
        }
        return port;
    }

    private static int checkU8(int value, String what) {
        if (value < 0 || value > 0xff) {
            throw new IllegalArgumentException(what + " must be 0..255: " + value);
        }
        return value;
    }

    private static long checkU32(long value, String what) {
        if (value < 0 || value > 0xffff_ffffL) {
            throw new IllegalArgumentException(what + " must be 0..4294967295: " + value);
        }
        return value;
    }

    /**
     * Builds a {@link VxlanInfo} for {@code ip link add ... type vxlan}; every setter checks its
     * argument ({@link IllegalArgumentException}) and marks the attribute to be sent. Nothing
     * is sent that was not set, so the kernel's defaults apply to the rest (learning on, the
     * kernel's dstport 8472, ageing 300 s).
     */
    public static final class Builder {
        private Integer id;
        private InetAddress remote;
        private Integer link;
        private InetAddress local;
        private Integer ttl;
        private Boolean ttlInherit;
        private Integer tos;
        private Df df;
        private Integer label;
        private Boolean learning;
        private Long ageing;
        private Long limit;
        private PortRange portRange;
        private Boolean proxy;
        private Boolean rsc;
        private Boolean l2miss;
        private Boolean l3miss;
        private Boolean collectMetadata;
        private Integer port;
        private Boolean udpCsum;
        private Boolean udpZeroCsum6Tx;
        private Boolean udpZeroCsum6Rx;
        private Boolean remcsumTx;
        private Boolean remcsumRx;
        private Boolean gbp;
        private Boolean remcsumNoPartial;
        private Boolean gpe;
        private Boolean vnifilter;
        private Boolean localBypass;
        private LabelPolicy labelPolicy;
        private Long reservedBits;
        private Boolean mcRoute;

        private Builder() {
        }

        /**
         * {@code id VNI}.
         *
         * @param vni the VXLAN network identifier, 0 to 2^24-1
         * @return this builder
         */
        public Builder id(int vni) {
            if (vni < 0 || vni > MAX_VNI) {
                throw new IllegalArgumentException("VNI must be 0.." + MAX_VNI + ": " + vni);
            }
            this.id = vni;
            return this;
        }

        /**
         * {@code remote ADDRESS}: the unicast remote VTEP.
         *
         * @param address the remote VTEP's unicast IPv4 or IPv6 address; not null
         * @return this builder
         * @throws IllegalArgumentException for a multicast address (use {@link #group})
         */
        public Builder remote(InetAddress address) {
            if (address == null || address.isMulticastAddress()) {
                throw new IllegalArgumentException("remote must be a unicast address: " + address);
            }
            this.remote = address;
            return this;
        }

        /**
         * {@code group ADDRESS}: the multicast group for flooding; the kernel also wants
         * {@link #link} then.
         *
         * @param address an IPv4 or IPv6 multicast group; not null
         * @return this builder
         * @throws IllegalArgumentException for a unicast address (use {@link #remote})
         */
        public Builder group(InetAddress address) {
            if (address == null || !address.isMulticastAddress()) {
                throw new IllegalArgumentException("group must be a multicast address: " + address);
            }
            this.remote = address;
            return this;
        }

        /**
         * {@code dev DEVICE}: the underlay device by index.
         *
         * @param ifindex the underlay device's index, greater than 0
         * @return this builder
         */
        public Builder link(int ifindex) {
            if (ifindex <= 0) {
                throw new IllegalArgumentException("underlay interface index must be positive: " + ifindex);
            }
            this.link = ifindex;
            return this;
        }

        /**
         * {@code local ADDRESS}: the source address of the outer packets.
         *
         * @param address a unicast IPv4 or IPv6 address of this host; not null
         * @return this builder
         */
        public Builder local(InetAddress address) {
            if (address == null || address.isMulticastAddress()) {
                throw new IllegalArgumentException("local must be a unicast address: " + address);
            }
            this.local = address;
            return this;
        }

        /**
         * {@code ttl N} (0 is {@code ttl auto}).
         *
         * @param ttl the outer packets' TTL (hop limit), 0 to 255
         * @return this builder
         */
        public Builder ttl(int ttl) {
            this.ttl = checkU8(ttl, "TTL");
            return this;
        }

        /**
         * {@code ttl inherit} when true; false sends nothing, as the attribute is a flag.
         *
         * @param inherit whether to copy the inner packet's TTL
         * @return this builder
         */
        public Builder ttlInherit(boolean inherit) {
            this.ttlInherit = inherit;
            return this;
        }

        /**
         * {@code tos N} (1 is {@code tos inherit}).
         *
         * @param tos the outer packets' TOS byte, 0 to 255
         * @return this builder
         */
        public Builder tos(int tos) {
            this.tos = checkU8(tos, "TOS");
            return this;
        }

        /**
         * {@code df unset|set|inherit}.
         *
         * @param df how to set the outer IPv4 Don't Fragment bit; not null
         * @return this builder
         */
        public Builder df(Df df) {
            if (df == null) {
                throw new IllegalArgumentException("df must not be null");
            }
            this.df = df;
            return this;
        }

        /**
         * {@code flowlabel LABEL}.
         *
         * @param label the outer IPv6 flow label, 0 to 2^20-1
         * @return this builder
         */
        public Builder label(int label) {
            if (label < 0 || label > MAX_LABEL) {
                throw new IllegalArgumentException("flow label must be 0.." + MAX_LABEL + ": " + label);
            }
            this.label = label;
            return this;
        }

        /**
         * {@code learning} / {@code nolearning}.
         *
         * @param learning whether to learn remote MACs from received packets
         * @return this builder
         */
        public Builder learning(boolean learning) {
            this.learning = learning;
            return this;
        }

        /**
         * {@code ageing SECONDS} (0 is {@code none}).
         *
         * @param seconds the FDB entry lifetime in seconds, 0 to 2^32-1
         * @return this builder
         */
        public Builder ageing(long seconds) {
            this.ageing = checkU32(seconds, "ageing");
            return this;
        }

        /**
         * {@code maxaddress N} (0 is {@code unlimited}).
         *
         * @param maxAddresses the most FDB entries, 0 to 2^32-1
         * @return this builder
         */
        public Builder limit(long maxAddresses) {
            this.limit = checkU32(maxAddresses, "address limit");
            return this;
        }

        /**
         * {@code srcport LOW HIGH}.
         *
         * @param low  the lowest UDP source port, 0 to 65535
         * @param high the highest, from {@code low} to 65535
         * @return this builder
         */
        public Builder portRange(int low, int high) {
            this.portRange = new PortRange(low, high);
            return this;
        }

        /**
         * {@code proxy} / {@code noproxy}.
         *
         * @param proxy whether to answer ARP/NDP from the neighbour table
         * @return this builder
         */
        public Builder proxy(boolean proxy) {
            this.proxy = proxy;
            return this;
        }

        /**
         * {@code rsc} / {@code norsc}.
         *
         * @param rsc whether to short-circuit routing to a known neighbour
         * @return this builder
         */
        public Builder rsc(boolean rsc) {
            this.rsc = rsc;
            return this;
        }

        /**
         * {@code l2miss} / {@code nol2miss}.
         *
         * @param l2miss whether to notify user space of FDB misses
         * @return this builder
         */
        public Builder l2miss(boolean l2miss) {
            this.l2miss = l2miss;
            return this;
        }

        /**
         * {@code l3miss} / {@code nol3miss}.
         *
         * @param l3miss whether to notify user space of neighbour misses
         * @return this builder
         */
        public Builder l3miss(boolean l3miss) {
            this.l3miss = l3miss;
            return this;
        }

        /**
         * {@code external} / {@code noexternal}; the kernel refuses a VNI with external.
         *
         * @param external whether the device takes its tunnel parameters from metadata (no VNI of its own)
         * @return this builder
         */
        public Builder collectMetadata(boolean external) {
            this.collectMetadata = external;
            return this;
        }

        /**
         * {@code dstport PORT}.
         *
         * @param port the UDP destination port, 0 to 65535 (4789 is IANA's)
         * @return this builder
         */
        public Builder port(int port) {
            this.port = checkPort(port, "destination port");
            return this;
        }

        /**
         * {@code udpcsum} / {@code noudpcsum}.
         *
         * @param on whether to compute outer UDP checksums over IPv4
         * @return this builder
         */
        public Builder udpCsum(boolean on) {
            this.udpCsum = on;
            return this;
        }

        /**
         * {@code udp6zerocsumtx} / {@code noudp6zerocsumtx}.
         *
         * @param on whether to send zero UDP checksums over IPv6
         * @return this builder
         */
        public Builder udpZeroCsum6Tx(boolean on) {
            this.udpZeroCsum6Tx = on;
            return this;
        }

        /**
         * {@code udp6zerocsumrx} / {@code noudp6zerocsumrx}.
         *
         * @param on whether to accept zero UDP checksums over IPv6
         * @return this builder
         */
        public Builder udpZeroCsum6Rx(boolean on) {
            this.udpZeroCsum6Rx = on;
            return this;
        }

        /**
         * {@code remcsumtx} / {@code noremcsumtx}.
         *
         * @param on whether to use remote checksum offload on transmit
         * @return this builder
         */
        public Builder remcsumTx(boolean on) {
            this.remcsumTx = on;
            return this;
        }

        /**
         * {@code remcsumrx} / {@code noremcsumrx}.
         *
         * @param on whether to accept remote checksum offload on receive
         * @return this builder
         */
        public Builder remcsumRx(boolean on) {
            this.remcsumRx = on;
            return this;
        }

        /**
         * {@code gbp} when true; false sends nothing (a flag attribute).
         *
         * @param on whether to use the Group Based Policy extension
         * @return this builder
         */
        public Builder gbp(boolean on) {
            this.gbp = on;
            return this;
        }

        /**
         * Remote checksum offload without partial checksums when true (a flag attribute).
         *
         * @param on whether to do remote checksum offload without partial checksums
         * @return this builder
         */
        public Builder remcsumNoPartial(boolean on) {
            this.remcsumNoPartial = on;
            return this;
        }

        /**
         * {@code gpe} when true; false sends nothing (a flag attribute).
         *
         * @param on whether to use the Generic Protocol Extension
         * @return this builder
         */
        public Builder gpe(boolean on) {
            this.gpe = on;
            return this;
        }

        /**
         * {@code vnifilter} / {@code novnifilter} (kernel 5.18+, with {@link #collectMetadata}).
         *
         * @param on whether to filter by VNI per device
         * @return this builder
         */
        public Builder vnifilter(boolean on) {
            this.vnifilter = on;
            return this;
        }

        /**
         * {@code localbypass} / {@code nolocalbypass} (kernel 6.6+).
         *
         * @param on whether to deliver to a local VXLAN device directly
         * @return this builder
         */
        public Builder localBypass(boolean on) {
            this.localBypass = on;
            return this;
        }

        /**
         * {@code flowlabel inherit} ({@link LabelPolicy#INHERIT}) or fixed (kernel 6.7+).
         *
         * @param policy where the outer flow label comes from; not null
         * @return this builder
         */
        public Builder labelPolicy(LabelPolicy policy) {
            if (policy == null) {
                throw new IllegalArgumentException("label policy must not be null");
            }
            this.labelPolicy = policy;
            return this;
        }

        /**
         * {@code reserved_bits MASK}: the VXLAN header bits accepted on receive (kernel 6.12+).
         *
         * @param mask the 8-byte header mask as a big-endian long
         * @return this builder
         */
        public Builder reservedBits(long mask) {
            this.reservedBits = mask;
            return this;
        }

        /**
         * {@code mcroute} / {@code nomcroute} (kernel 6.15+).
         *
         * @param on whether to route the encapsulated multicast traffic
         * @return this builder
         */
        public Builder mcRoute(boolean on) {
            this.mcRoute = on;
            return this;
        }

        /**
         * The data with the attributes set so far.
         *
         * @return a new {@code VxlanInfo} with the attributes set so far
         * @throws IllegalArgumentException when {@link #remote}/{@link #group} and {@link #local}
         *                                  are of different IP families
         */
        public VxlanInfo build() {
            if (remote != null && local != null
                    && (remote instanceof Inet4Address) != (local instanceof Inet4Address)) {
                throw new IllegalArgumentException("remote " + remote.getHostAddress() + " and local "
                        + local.getHostAddress() + " must be of the same family");
            }
            return new VxlanInfo(id, remote, link, local, ttl, ttlInherit, tos, df, label, learning, ageing, limit,
                    portRange, proxy, rsc, l2miss, l3miss, collectMetadata, port, udpCsum, udpZeroCsum6Tx,
                    udpZeroCsum6Rx, remcsumTx, remcsumRx, gbp, remcsumNoPartial, gpe, vnifilter, localBypass,
                    labelPolicy, reservedBits, mcRoute, null);
        }
    }

    /** True when {@code address} is IPv6, so it goes in the {@code *6} attribute. */
    static boolean isIpv6(InetAddress address) {
        return address instanceof Inet6Address;
    }
}
