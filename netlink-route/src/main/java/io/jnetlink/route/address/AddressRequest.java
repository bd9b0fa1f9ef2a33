package io.jnetlink.route.address;

import io.jnetlink.route.AddressFamily;
import io.jnetlink.route.internal.Arguments;
import io.jnetlink.route.routing.RouteCodec;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * An address to add, replace or delete: what {@code ip addr add LOCAL/PREFIX dev DEV ...} says.
 * Immutable; every {@code with}-style method returns a checked copy, so a bad argument fails
 * here, before any request is sent.
 *
 * <pre>{@code
 * AddressRequest.of(index, InetAddress.getByName("10.0.0.1"), 24).withAutoBroadcast().withLabel("eth0:1")
 * AddressRequest.of(index, InetAddress.getByName("2001:db8::1"), 64).withFlags(AddrCodec.IFA_F_NODAD)
 * }</pre>
 */
public final class AddressRequest {
    private static final int MAX_LABEL_BYTES = 15;
    private static final int IPV4_LOOPBACK_NET = 127;
    /** iproute2 sets a broadcast for "brd +" only when host bits remain for it. */
    private static final int MAX_PREFIX_WITH_BROADCAST = 30;

    private final int index;
    private final InetAddress local;
    private final int prefixLength;
    private final InetAddress peer;
    private final InetAddress broadcast;
    private final String label;
    private final int scope;
    private final int flags;
    private final long preferredLifetime;
    private final long validLifetime;
    private final long routePriority;
    private final int protocol;

    private AddressRequest(int index, InetAddress local, int prefixLength, InetAddress peer, InetAddress broadcast,
                           String label, int scope, int flags, long preferredLifetime, long validLifetime,
                           long routePriority, int protocol) {
        this.index = index;
        this.local = local;
        this.prefixLength = prefixLength;
        this.peer = peer;
        this.broadcast = broadcast;
        this.label = label;
        this.scope = scope;
        this.flags = flags;
        this.preferredLifetime = preferredLifetime;
        this.validLifetime = validLifetime;
        this.routePriority = routePriority;
        this.protocol = protocol;
    }

    /**
     * {@code local/prefixLength} on interface {@code index}; scope global, or host for IPv4
     * loopback addresses as {@code ip} chooses.
     *
     * @param index        the interface's index, greater than 0
     * @param local        the address; its family is the request's; not null
     * @param prefixLength the prefix length in bits, 0 to 32 (IPv4) or 0 to 128 (IPv6)
     * @return a request with nothing else set
     * @throws IllegalArgumentException for an index below 1 or a prefix length outside the family's range
     */
    public static AddressRequest of(int index, InetAddress local, int prefixLength) {
        Arguments.ifindex(index);
        Arguments.prefixLength(local, prefixLength);
        boolean loopback = AddressFamily.of(local) == AddressFamily.AF_INET
                && (local.getAddress()[0] & 0xff) == IPV4_LOOPBACK_NET;
        return new AddressRequest(index, local, prefixLength, null, null, null, loopback ? RouteCodec.RT_SCOPE_HOST : RouteCodec.RT_SCOPE_UNIVERSE, 0,
                -1, -1, -1, -1);
    }

    /**
     * The request for deleting {@code addr} as the kernel reported it.
     *
     * @param addr an address as {@code Addresses.list} returned it; not null
     * @return a request naming that address
     */
    public static AddressRequest of(Addr addr) {
        AddressRequest r = of(addr.index(), addr.localAddress(), addr.prefixLength());
        return addr.peer() == null ? r : r.withPeer(addr.peer());
    }

    /**
     * With a point-to-point peer ({@code ip addr add ... peer P}); same family as the local address.
     *
     * @param peer the peer's address; not null
     * @return a copy of this request with that change; this one is unchanged
     */
    public AddressRequest withPeer(InetAddress peer) {
        Arguments.sameFamily(family(), Objects.requireNonNull(peer, "peer"), "peer");
        return new AddressRequest(index, local, prefixLength, peer, broadcast, label, scope, flags,
                preferredLifetime, validLifetime, routePriority, protocol);
    }

    /**
     * With an explicit IPv4 broadcast address ({@code brd B}).
     *
     * @param broadcast an IPv4 address; not null
     * @return a copy of this request with that change; this one is unchanged
     */
    public AddressRequest withBroadcast(InetAddress broadcast) {
        requireIpv4("broadcast");
        Arguments.sameFamily(family(), Objects.requireNonNull(broadcast, "broadcast"), "broadcast");
        return new AddressRequest(index, local, prefixLength, peer, broadcast, label, scope, flags,
                preferredLifetime, validLifetime, routePriority, protocol);
    }

    /**
     * With the broadcast address derived from the prefix ({@code brd +}): host bits set. Like
     * {@code ip}, nothing is added for prefixes longer than /30.
     *
     * @return a copy of this request with that change; this one is unchanged
     */
    public AddressRequest withAutoBroadcast() {
        requireIpv4("broadcast");
        if (prefixLength > MAX_PREFIX_WITH_BROADCAST) {
            return this;
        }
        byte[] bytes = local.getAddress();
        for (int bit = prefixLength; bit < 32; bit++) {
            bytes[bit / 8] |= (byte) (0x80 >>> (bit % 8));
        }
        return withBroadcast(ipv4(bytes));
    }

    /**
     * With an IPv4 label ({@code label eth0:1}): at most 15 bytes, and the kernel requires it to
     * begin with the interface name.
     *
     * @param label the label; not null
     * @return a copy of this request with that change; this one is unchanged
     */
    public AddressRequest withLabel(String label) {
        requireIpv4("label");
        Objects.requireNonNull(label, "label");
        if (label.isEmpty() || label.getBytes(StandardCharsets.UTF_8).length > MAX_LABEL_BYTES) {
            throw new IllegalArgumentException("label must be 1 to 15 bytes: \"" + label + "\"");
        }
        return new AddressRequest(index, local, prefixLength, peer, broadcast, label, scope, flags,
                preferredLifetime, validLifetime, routePriority, protocol);
    }

    /**
     * With scope {@code RT_SCOPE_*} (0 global, 253 link, 254 host).
     *
     * @param scope an {@code RT_SCOPE_*} value, 0 to 255
     * @return a copy of this request with that change; this one is unchanged
     */
    public AddressRequest withScope(int scope) {
        Arguments.u8(scope, "scope");
        return new AddressRequest(index, local, prefixLength, peer, broadcast, label, scope, flags,
                preferredLifetime, validLifetime, routePriority, protocol);
    }

    /**
     * With {@code IFA_F_*} flags such as {@link AddrCodec#IFA_F_NODAD}; bits above 8 go in {@code IFA_FLAGS}.
     *
     * @param flags the {@code IFA_F_*} bits
     * @return a copy of this request with that change; this one is unchanged
     */
    public AddressRequest withFlags(int flags) {
        return new AddressRequest(index, local, prefixLength, peer, broadcast, label, scope, flags,
                preferredLifetime, validLifetime, routePriority, protocol);
    }

    /**
     * With lifetimes in seconds ({@code valid_lft V preferred_lft P});
     * {@link AddrCodec#INFINITY_LIFE_TIME} is forever.
     *
     * @param validLifetime     seconds the address stays, 0 to 2^32-1
     * @param preferredLifetime seconds it stays preferred for new connections, at most {@code validLifetime}
     * @return a copy of this request with that change; this one is unchanged
     * @throws IllegalArgumentException when a value is outside 0..2^32-1 or preferred exceeds valid
     */
    public AddressRequest withLifetimes(long validLifetime, long preferredLifetime) {
        Arguments.u32(validLifetime, "valid lifetime");
        Arguments.u32(preferredLifetime, "preferred lifetime");
        if (preferredLifetime > validLifetime) {
            throw new IllegalArgumentException("preferred lifetime " + preferredLifetime
                    + " exceeds valid lifetime " + validLifetime);
        }
        return new AddressRequest(index, local, prefixLength, peer, broadcast, label, scope, flags,
                preferredLifetime, validLifetime, routePriority, protocol);
    }

    /**
     * With the priority of the prefix route the kernel adds ({@code IFA_RT_PRIORITY}, iproute2's
     * {@code metric M}).
     *
     * @param priority the prefix route's priority, lower preferred, 0 to 2^32-1
     * @return a copy of this request with that change; this one is unchanged
     */
    public AddressRequest withRoutePriority(long priority) {
        Arguments.u32(priority, "priority");
        return new AddressRequest(index, local, prefixLength, peer, broadcast, label, scope, flags,
                preferredLifetime, validLifetime, priority, protocol);
    }

    /**
     * With {@code IFA_PROTO}, the address's originator ({@code proto P}).
     *
     * @param protocol the originator number ({@code IFAPROT_*}), 0 to 255
     * @return a copy of this request with that change; this one is unchanged
     */
    public AddressRequest withProtocol(int protocol) {
        Arguments.u8(protocol, "protocol");
        return new AddressRequest(index, local, prefixLength, peer, broadcast, label, scope, flags,
                preferredLifetime, validLifetime, routePriority, protocol);
    }

    private void requireIpv4(String what) {
        if (family() != AddressFamily.AF_INET) {
            throw new IllegalArgumentException("a " + what + " can be set only for IPv4 addresses");
        }
    }

    private static InetAddress ipv4(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new AssertionError("4 bytes are always an IPv4 address", e);
        }
    }

    /** {@return {@code AF_INET} or {@code AF_INET6}, from the local address} */
    public int family() {
        return AddressFamily.of(local);
    }

    /** {@return the interface's index} */
    public int index() {
        return index;
    }

    /** {@return the local address; never null} */
    public InetAddress local() {
        return local;
    }

    /** {@return the prefix length in bits} */
    public int prefixLength() {
        return prefixLength;
    }

    /** {@return the point-to-point peer, or null for none} */
    public InetAddress peer() {
        return peer;
    }

    /** {@return the broadcast address, or null for none} */
    public InetAddress broadcast() {
        return broadcast;
    }

    /** {@return the label, or null for none} */
    public String label() {
        return label;
    }

    /** {@return the {@code RT_SCOPE_*} scope} */
    public int scope() {
        return scope;
    }

    /** {@return the {@code IFA_F_*} flags} */
    public int flags() {
        return flags;
    }

    /** {@return true when lifetimes were set} */
    public boolean hasLifetimes() {
        return validLifetime >= 0;
    }

    /** {@return the preferred lifetime in seconds, or -1 when not set} */
    public long preferredLifetime() {
        return preferredLifetime;
    }

    /** {@return the valid lifetime in seconds, or -1 when not set} */
    public long validLifetime() {
        return validLifetime;
    }

    /** {@return the prefix route's metric, or -1 when not set} */
    public long routePriority() {
        return routePriority;
    }

    /** {@return the {@code IFA_PROTO} originator, or -1 when not set} */
    public int protocol() {
        return protocol;
    }

    @Override
    public String toString() {
        return local.getHostAddress() + "/" + prefixLength + " dev #" + index;
    }
}
