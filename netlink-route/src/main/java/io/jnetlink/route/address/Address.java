package io.jnetlink.route.address;

import io.jnetlink.core.attr.Attribute;
import io.jnetlink.core.attr.AttributeHolder;
import io.jnetlink.core.attr.AttributeValues;
import io.jnetlink.core.attr.ValueType;
import java.net.InetAddress;
import java.util.Objects;

/**
 * One interface address as the kernel reports it ({@code RTM_NEWADDR}): the {@code ifaddrmsg}
 * header as accessors and the {@link AddressAttributes} through {@link #get(Attribute)} (null when
 * the kernel did not send one). Immutable. {@code equals} compares everything, the lifetimes in
 * {@link AddressAttributes#CACHEINFO} included, which count down between dumps: to find the same
 * address again compare family, ifindex, {@link #localAddress()} and prefix length.
 *
 * @param family       {@code ifa_family}: {@code AF_INET} or {@code AF_INET6}
 * @param prefixLength {@code ifa_prefixlen}
 * @param headerFlags  {@code ifa_flags}, the low 8 {@code IFA_F_*} bits; see {@link #flags()} for all of them
 * @param scope        {@code ifa_scope}: {@code RT_SCOPE_*}
 * @param ifindex      {@code ifa_index}: the interface the address is on
 * @param values       the {@link AddressAttributes} values, unknown attributes kept raw
 */
public record Address(int family, int prefixLength, int headerFlags, int scope, int ifindex, AttributeValues values) implements AttributeHolder {
    /**
     * Checks that the values are address attributes.
     *
     * @param family       {@code ifa_family}
     * @param prefixLength {@code ifa_prefixlen}
     * @param headerFlags  {@code ifa_flags}
     * @param scope        {@code ifa_scope}
     * @param ifindex      {@code ifa_index}
     * @param values       {@link AddressAttributes#SET} values; not null
     */
    public Address {
        if (Objects.requireNonNull(values, "values").set() != AddressAttributes.SET) {
            throw new IllegalArgumentException(values.set() + " values are not address attributes");
        }
    }

    /** {@return the {@code IFA_F_*} flags: {@code IFA_FLAGS} when present (all 32 bits), else the header's} */
    public int flags() {
        Integer all = values.get(AddressAttributes.FLAGS);
        return all != null ? all : headerFlags;
    }

    /**
     * True when {@code flag} is set in {@link #flags()}.
     *
     * @param flag an {@code IFA_F_*} bit
     * @return true when it is set
     */
    public boolean hasFlag(int flag) {
        return (flags() & flag) != 0;
    }

    /**
     * The address configured on the interface: {@code IFA_LOCAL} when present, otherwise
     * {@code IFA_ADDRESS} (IPv6 sends only the latter unless a peer is set).
     *
     * @return the address; null only when the kernel sent neither
     */
    public InetAddress localAddress() {
        InetAddress local = values.get(AddressAttributes.LOCAL);
        return local != null ? local : values.get(AddressAttributes.ADDRESS);
    }

    /** {@return the peer of a point-to-point address ({@code IFA_ADDRESS} differing from {@code IFA_LOCAL}), or null} */
    public InetAddress peer() {
        InetAddress local = values.get(AddressAttributes.LOCAL);
        InetAddress address = values.get(AddressAttributes.ADDRESS);
        return local != null && address != null && !local.equals(address) ? address : null;
    }

    /**
     * {@code struct ifa_cacheinfo}: lifetimes in seconds ({@link AddressCodec#INFINITY_LIFE_TIME}
     * for forever) and timestamps in centiseconds since boot. A request sends the lifetimes;
     * the kernel ignores the timestamps there.
     *
     * @param preferredLifetime {@code ifa_prefered}
     * @param validLifetime     {@code ifa_valid}
     * @param created           {@code cstamp}
     * @param updated           {@code tstamp}
     */
    public record CacheInfo(long preferredLifetime, long validLifetime, long created, long updated) {
        /** {@code struct ifa_cacheinfo} as an attribute value: four host-order {@code u32}. */
        public static final ValueType<CacheInfo> TYPE = ValueType.u32Struct(CacheInfo.class, 4,
                m -> new CacheInfo(m[0], m[1], m[2], m[3]),
                c -> new long[] {c.preferredLifetime, c.validLifetime, c.created, c.updated});

        /**
         * The lifetimes of a request ({@code valid_lft V preferred_lft P}), timestamps 0.
         *
         * @param validLifetime     seconds the address stays
         * @param preferredLifetime seconds it stays preferred for new connections
         * @return the value
         */
        public static CacheInfo lifetimes(long validLifetime, long preferredLifetime) {
            return new CacheInfo(preferredLifetime, validLifetime, 0, 0);
        }
    }
}
