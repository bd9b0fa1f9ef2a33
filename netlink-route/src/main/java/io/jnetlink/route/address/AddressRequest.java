package io.jnetlink.route.address;

import io.jnetlink.core.attr.Attribute;
import io.jnetlink.core.attr.AttributeValues;
import io.jnetlink.route.AddressFamily;
import io.jnetlink.route.internal.Arguments;
import io.jnetlink.route.routing.RouteCodec;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * An address to add, replace or delete: what {@code ip addr add LOCAL/PREFIX dev DEV ...} says.
 * Immutable: the {@code ifaddrmsg} header (interface, prefix length, scope) and the
 * {@link AddressAttributes} values to send. Every {@code with} method returns a checked copy, so a
 * bad argument fails here, before any request is sent.
 *
 * <pre>{@code
 * AddressRequest.of(ifindex, InetAddress.getByName("10.0.0.1"), 24).withAutoBroadcast().withLabel("eth0:1")
 * AddressRequest.of(ifindex, InetAddress.getByName("2001:db8::1"), 64).withFlags(AddressCodec.IFA_F_NODAD)
 * AddressRequest.of(ifindex, local, 24).with(AddressAttributes.RT_PRIORITY, 50L)
 * }</pre>
 *
 * <p>{@code IFA_ADDRESS} holds the local address too unless a peer is set, as {@code ip} sends it.
 */
public final class AddressRequest {
    private static final int MAX_LABEL_BYTES = 15;
    private static final int IPV4_LOOPBACK_NET = 127;
    /** iproute2 sets a broadcast for "brd +" only when host bits remain for it. */
    private static final int MAX_PREFIX_WITH_BROADCAST = 30;
    /** The {@code IFA_F_*} bits a request may set ({@code ip addr add}'s flag words), kept by {@link #from}. */
    private static final int SETTABLE_FLAGS = AddressCodec.IFA_F_NODAD | AddressCodec.IFA_F_OPTIMISTIC
            | AddressCodec.IFA_F_HOMEADDRESS | AddressCodec.IFA_F_MANAGETEMPADDR | AddressCodec.IFA_F_NOPREFIXROUTE
            | AddressCodec.IFA_F_MCAUTOJOIN;

    private final int ifindex;
    private final int prefixLength;
    private final int scope;
    private final AttributeValues values;

    private AddressRequest(int ifindex, int prefixLength, int scope, AttributeValues values) {
        this.ifindex = ifindex;
        this.prefixLength = prefixLength;
        this.scope = scope;
        this.values = values;
    }

    /**
     * {@code local/prefixLength} on interface {@code ifindex}; scope global, or host for IPv4
     * loopback addresses as {@code ip} chooses.
     *
     * @param ifindex      the interface's index, greater than 0
     * @param local        the address; its family is the request's; not null
     * @param prefixLength the prefix length in bits, 0 to 32 (IPv4) or 0 to 128 (IPv6)
     * @return a request with nothing else set
     * @throws IllegalArgumentException for an index below 1 or a prefix length outside the family's range
     */
    public static AddressRequest of(int ifindex, InetAddress local, int prefixLength) {
        Arguments.ifindex(ifindex);
        Arguments.prefixLength(local, prefixLength);
        boolean loopback = AddressFamily.of(local) == AddressFamily.AF_INET
                && (local.getAddress()[0] & 0xff) == IPV4_LOOPBACK_NET;
        return new AddressRequest(ifindex, prefixLength, loopback ? RouteCodec.RT_SCOPE_HOST : RouteCodec.RT_SCOPE_UNIVERSE,
                AddressAttributes.SET.empty().with(AddressAttributes.LOCAL, local).with(AddressAttributes.ADDRESS, local));
    }

    /**
     * The request that recreates or deletes {@code address} as the kernel reported it: its
     * interface, local address, prefix length, scope and peer, and what a request may set of the
     * rest (broadcast, anycast, label, metric, originator, the flags {@code ip addr add} takes,
     * finite lifetimes as they stand).
     *
     * @param address an address as {@code Addresses.list} returned it; not null
     * @return a request naming that address
     */
    public static AddressRequest from(Address address) {
        AddressRequest r = of(address.ifindex(), address.localAddress(), address.prefixLength()).withScope(address.scope());
        if (address.peer() != null) {
            r = r.withPeer(address.peer());
        }
        for (Attribute<?> row : new Attribute<?>[] {AddressAttributes.BROADCAST, AddressAttributes.ANYCAST,
            AddressAttributes.LABEL, AddressAttributes.RT_PRIORITY, AddressAttributes.PROTO}) {
            r = r.copy(row, address);
        }
        if ((address.flags() & SETTABLE_FLAGS) != 0) {
            r = r.withFlags(address.flags() & SETTABLE_FLAGS);
        }
        Address.CacheInfo lifetimes = address.get(AddressAttributes.CACHEINFO);
        if (lifetimes != null && lifetimes.validLifetime() != AddressCodec.INFINITY_LIFE_TIME) {
            r = r.withLifetimes(lifetimes.validLifetime(), Math.min(lifetimes.preferredLifetime(), lifetimes.validLifetime()));
        }
        return r;
    }

    private <T> AddressRequest copy(Attribute<T> row, Address address) {
        T value = address.get(row);
        return value == null ? this : with(row, value);
    }

    /**
     * A copy with {@code attribute} set (null removes it): any writable row of
     * {@link AddressAttributes}, checked as the {@code withX} methods check it.
     *
     * @param <T>       the value's type
     * @param attribute a writable constant of {@link AddressAttributes}
     * @param value     the value, or null to send none
     * @return a copy of this request with that change; this one is unchanged
     * @throws IllegalArgumentException for a read-only row, a value of the wrong family, a label
     *                                  or broadcast on IPv6, or a value out of range
     */
    public <T> AddressRequest with(Attribute<T> attribute, T value) {
        check(attribute, value);
        AttributeValues changed = values.with(attribute, value);
        if (attribute == AddressAttributes.LOCAL && peer() == null) {
            changed = changed.with(AddressAttributes.ADDRESS, AddressAttributes.LOCAL.valueType().javaType().cast(value));
        }
        return new AddressRequest(ifindex, prefixLength, scope, changed);
    }

    private void check(Attribute<?> row, Object value) {
        if (row == AddressAttributes.LOCAL) {
            Arguments.sameFamily(family(), (InetAddress) Objects.requireNonNull(value, "local address"), "local address");
        } else if (value == null) {
            return;
        } else if (row == AddressAttributes.ADDRESS || row == AddressAttributes.ANYCAST) {
            Arguments.sameFamily(family(), (InetAddress) value, row == AddressAttributes.ADDRESS ? "peer" : "anycast");
        } else if (row == AddressAttributes.BROADCAST) {
            requireIpv4("broadcast");
            Arguments.sameFamily(family(), (InetAddress) value, "broadcast");
        } else if (row == AddressAttributes.LABEL) {
            requireIpv4("label");
            String label = (String) value;
            if (label.isEmpty() || label.getBytes(StandardCharsets.UTF_8).length > MAX_LABEL_BYTES) {
                throw new IllegalArgumentException("label must be 1 to 15 bytes: \"" + label + "\"");
            }
        } else if (row == AddressAttributes.CACHEINFO) {
            Address.CacheInfo lifetimes = (Address.CacheInfo) value;
            Arguments.u32(lifetimes.validLifetime(), "valid lifetime");
            Arguments.u32(lifetimes.preferredLifetime(), "preferred lifetime");
            if (lifetimes.preferredLifetime() > lifetimes.validLifetime()) {
                throw new IllegalArgumentException("preferred lifetime " + lifetimes.preferredLifetime()
                        + " exceeds valid lifetime " + lifetimes.validLifetime());
            }
        } else if (row == AddressAttributes.RT_PRIORITY) {
            Arguments.u32((Long) value, "priority");
        } else if (row == AddressAttributes.PROTO) {
            Arguments.u8((Integer) value, "protocol");
        }
    }

    /**
     * With a point-to-point peer ({@code ip addr add ... peer P}) in {@code IFA_ADDRESS}; same family
     * as the local address.
     *
     * @param peer the peer's address; not null
     * @return a copy of this request with that change; this one is unchanged
     */
    public AddressRequest withPeer(InetAddress peer) {
        return with(AddressAttributes.ADDRESS, Objects.requireNonNull(peer, "peer"));
    }

    /**
     * With an explicit IPv4 broadcast address ({@code brd B}).
     *
     * @param broadcast an IPv4 address; not null
     * @return a copy of this request with that change; this one is unchanged
     */
    public AddressRequest withBroadcast(InetAddress broadcast) {
        return with(AddressAttributes.BROADCAST, Objects.requireNonNull(broadcast, "broadcast"));
    }

    /**
     * With the IPv4 broadcast address {@code ip addr add ... brd +} computes: the local address
     * with every host bit set. Like {@code ip}, nothing is added for prefixes longer than /30.
     *
     * @return a copy of this request with that change (or this one, for a prefix longer than /30)
     */
    public AddressRequest withAutoBroadcast() {
        requireIpv4("broadcast");
        return prefixLength > MAX_PREFIX_WITH_BROADCAST ? this : withBroadcast(hostBitsSet(local(), prefixLength));
    }

    /**
     * With an IPv4 label ({@code label eth0:1}): at most 15 bytes, and the kernel requires it to
     * begin with the interface name.
     *
     * @param label the label; not null
     * @return a copy of this request with that change; this one is unchanged
     */
    public AddressRequest withLabel(String label) {
        return with(AddressAttributes.LABEL, Objects.requireNonNull(label, "label"));
    }

    /**
     * With scope {@code RT_SCOPE_*} (0 global, 253 link, 254 host) in the header.
     *
     * @param scope an {@code RT_SCOPE_*} value, 0 to 255
     * @return a copy of this request with that change; this one is unchanged
     */
    public AddressRequest withScope(int scope) {
        return new AddressRequest(ifindex, prefixLength, Arguments.u8(scope, "scope"), values);
    }

    /**
     * With {@code IFA_F_*} flags such as {@link AddressCodec#IFA_F_NODAD} ({@code IFA_FLAGS}; sent in the
     * header when they fit its 8 bits, as {@code ip} does).
     *
     * @param flags the {@code IFA_F_*} bits
     * @return a copy of this request with that change; this one is unchanged
     */
    public AddressRequest withFlags(int flags) {
        return with(AddressAttributes.FLAGS, flags);
    }

    /**
     * With lifetimes in seconds ({@code valid_lft V preferred_lft P});
     * {@link AddressCodec#INFINITY_LIFE_TIME} is forever.
     *
     * @param validLifetime     seconds the address stays, 0 to 2^32-1
     * @param preferredLifetime seconds it stays preferred for new connections, at most {@code validLifetime}
     * @return a copy of this request with that change; this one is unchanged
     * @throws IllegalArgumentException when a value is outside 0..2^32-1 or preferred exceeds valid
     */
    public AddressRequest withLifetimes(long validLifetime, long preferredLifetime) {
        return with(AddressAttributes.CACHEINFO, Address.CacheInfo.lifetimes(validLifetime, preferredLifetime));
    }

    /**
     * With the priority of the prefix route the kernel adds ({@code IFA_RT_PRIORITY}, iproute2's
     * {@code metric M}).
     *
     * @param priority the prefix route's priority, lower preferred, 0 to 2^32-1
     * @return a copy of this request with that change; this one is unchanged
     */
    public AddressRequest withRoutePriority(long priority) {
        return with(AddressAttributes.RT_PRIORITY, priority);
    }

    /**
     * With {@code IFA_PROTO}, the address's originator ({@code proto P}).
     *
     * @param protocol the originator number ({@code IFAPROT_*}), 0 to 255
     * @return a copy of this request with that change; this one is unchanged
     */
    public AddressRequest withProtocol(int protocol) {
        return with(AddressAttributes.PROTO, protocol);
    }

    private void requireIpv4(String what) {
        if (family() != AddressFamily.AF_INET) {
            throw new IllegalArgumentException("a " + what + " can be set only for IPv4 addresses");
        }
    }

    /** The IPv4 address {@code local} with every bit after the first {@code prefixLength} set. */
    private static InetAddress hostBitsSet(InetAddress local, int prefixLength) {
        byte[] bytes = local.getAddress();
        for (int bit = prefixLength; bit < Integer.SIZE; bit++) {
            bytes[bit / 8] |= (byte) (0x80 >>> (bit % 8));
        }
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new AssertionError("4 bytes are always an IPv4 address", e);
        }
    }

    /**
     * The value of {@code attribute} in this request.
     *
     * @param <T>       the value's type
     * @param attribute a constant of {@link AddressAttributes}
     * @return the value, or null when not set
     */
    public <T> T get(Attribute<T> attribute) {
        return values.get(attribute);
    }

    /** {@return the {@link AddressAttributes} values this request sends} */
    public AttributeValues values() {
        return values;
    }

    /** {@return {@code AF_INET} or {@code AF_INET6}, from the local address} */
    public int family() {
        return AddressFamily.of(local());
    }

    /** {@return the interface's index} */
    public int ifindex() {
        return ifindex;
    }

    /** {@return the prefix length in bits} */
    public int prefixLength() {
        return prefixLength;
    }

    /** {@return the {@code RT_SCOPE_*} scope} */
    public int scope() {
        return scope;
    }

    /** {@return the {@code IFA_F_*} flags, 0 when none were set} */
    public int flags() {
        Integer flags = values.get(AddressAttributes.FLAGS);
        return flags == null ? 0 : flags;
    }

    /** The local address: the request's key, never null. */
    private InetAddress local() {
        return values.get(AddressAttributes.LOCAL);
    }

    /** {@return the point-to-point peer: {@code IFA_ADDRESS} when it differs from the local address, or null} */
    public InetAddress peer() {
        InetAddress address = values.get(AddressAttributes.ADDRESS);
        return address == null || address.equals(local()) ? null : address;
    }

    @Override
    public String toString() {
        return local().getHostAddress() + "/" + prefixLength + " dev #" + ifindex;
    }
}
