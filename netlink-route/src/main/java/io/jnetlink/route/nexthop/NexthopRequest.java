package io.jnetlink.route.nexthop;

import io.jnetlink.core.attr.Attribute;
import io.jnetlink.core.attr.AttributeValues;
import io.jnetlink.route.AddressFamily;
import io.jnetlink.route.internal.Arguments;
import io.jnetlink.route.routing.NextHop;
import java.net.InetAddress;
import java.util.List;
import java.util.Objects;

/**
 * A nexthop object to add, replace or delete: what {@code ip nexthop add id ID NH} says. Held as
 * the {@code nhmsg} header fields and the {@link NexthopAttributes} to send, in the order they
 * were set (so a request built in a command line's order matches what {@code ip} sends byte for
 * byte); immutable, each {@code with} method returns a checked copy, so bad arguments fail with
 * {@link IllegalArgumentException} before any request is sent.
 *
 * <pre>{@code
 * NexthopRequest.of(1).withGateway(InetAddress.getByName("10.0.0.2")).withIfindex(ifindex)
 * NexthopRequest.of(2).withBlackhole()
 * NexthopRequest.of(3).withGateway(vtep).withFdb()
 * NexthopRequest.of(10).withGroup(List.of(NexthopGroupMember.of(1), new NexthopGroupMember(2, 3)))
 * NexthopRequest.of(11).withGroup(members).withResilient(ResilientGroupAttributes.SET.empty()
 *         .with(ResilientGroupAttributes.BUCKETS, 32))
 * }</pre>
 *
 * <p>The header's family, unless set with {@link #withFamily(int)}, is ip's: the gateway's, else
 * {@code AF_INET} for a device or a blackhole, else {@code AF_UNSPEC} (a group).
 */
public final class NexthopRequest {
    private static final int UNSET = -1;

    private final int family;
    private final int protocol;
    private final int flags;
    private final AttributeValues values;

    private NexthopRequest(int family, int protocol, int flags, AttributeValues values) {
        this.family = family;
        this.protocol = protocol;
        this.flags = flags;
        this.values = values;
    }

    /**
     * A request without an id: the kernel picks one when it adds the nexthop.
     *
     * @return a request with nothing set
     */
    public static NexthopRequest empty() {
        return new NexthopRequest(UNSET, 0, 0, NexthopAttributes.SET.empty());
    }

    /**
     * The nexthop of id {@code id} ({@code id ID}).
     *
     * @param id 1 to 2^32-1
     * @return a request with only the id set
     * @throws IllegalArgumentException for an id outside 1..2^32-1
     */
    public static NexthopRequest of(long id) {
        return empty().with(NexthopAttributes.ID, Arguments.inRange(id, 1, 0xffffffffL, "nexthop id"));
    }

    /**
     * A copy with one attribute set: any writable {@link NexthopAttributes} row; it goes out after
     * those set before it. A gateway must be of the family {@link #withFamily(int)} set, a group
     * must have a member, and {@link NexthopAttributes#RES_GROUP} holds {@link ResilientGroupAttributes}.
     *
     * @param <T>       the value's type
     * @param attribute a writable {@link NexthopAttributes} row
     * @param value     the value; null removes it
     * @return a copy of this request with that change; this one is unchanged
     * @throws IllegalArgumentException for a read-only row or a value the kernel could not take
     */
    public <T> NexthopRequest with(Attribute<T> attribute, T value) {
        if (value instanceof InetAddress address && family != UNSET) {
            Arguments.sameFamily(family, address, attribute.name());
        }
        if (value instanceof List<?> list && list.isEmpty()) {
            throw new IllegalArgumentException(attribute.name() + " needs at least one member");
        }
        if (value instanceof AttributeValues nested && attribute == NexthopAttributes.RES_GROUP
                && nested.set() != ResilientGroupAttributes.SET) {
            throw new IllegalArgumentException("NHA_RES_GROUP holds NHA_RES_GROUP attributes, not " + nested.set());
        }
        return new NexthopRequest(family, protocol, flags, values.with(attribute, value));
    }

    /**
     * Via {@code gateway} ({@code via G}), IPv4 or IPv6; an IPv4 route may use a nexthop with an
     * IPv6 gateway.
     *
     * @param gateway the gateway; not null
     * @return a copy of this request with that change; this one is unchanged
     */
    public NexthopRequest withGateway(InetAddress gateway) {
        return with(NexthopAttributes.GATEWAY, Objects.requireNonNull(gateway, "gateway"));
    }

    /**
     * Out of device {@code ifindex} ({@code dev D}).
     *
     * @param ifindex the device's index, greater than 0
     * @return a copy of this request with that change; this one is unchanged
     */
    public NexthopRequest withIfindex(int ifindex) {
        return with(NexthopAttributes.OIF, Arguments.ifindex(ifindex));
    }

    /**
     * A nexthop that drops packets ({@code blackhole}).
     *
     * @return a copy of this request with that change; this one is unchanged
     */
    public NexthopRequest withBlackhole() {
        return with(NexthopAttributes.BLACKHOLE, true);
    }

    /**
     * A nexthop (or group) for bridge FDB entries ({@code fdb}).
     *
     * @return a copy of this request with that change; this one is unchanged
     */
    public NexthopRequest withFdb() {
        return with(NexthopAttributes.FDB, true);
    }

    /**
     * A group of {@code members} ({@code group 1/2,3}).
     *
     * @param members the members, at least one; not null
     * @return a copy of this request with that change; this one is unchanged
     */
    public NexthopRequest withGroup(List<NexthopGroupMember> members) {
        return with(NexthopAttributes.GROUP, List.copyOf(members));
    }

    /**
     * The group's type ({@code type mpath}: {@link NexthopCodec#NEXTHOP_GRP_TYPE_MPATH}); a
     * resilient group is {@link #withResilient(AttributeValues)}.
     *
     * @param type a {@code NEXTHOP_GRP_TYPE_*} value, 0 to 65535
     * @return a copy of this request with that change; this one is unchanged
     */
    public NexthopRequest withGroupType(int type) {
        return with(NexthopAttributes.GROUP_TYPE, type);
    }

    /**
     * A resilient group ({@code type resilient buckets N idle_timer S unbalanced_timer S}): its
     * options, then the type, in the order ip sends them.
     *
     * @param options the {@link ResilientGroupAttributes} to send, possibly none; not null
     * @return a copy of this request with that change; this one is unchanged
     */
    public NexthopRequest withResilient(AttributeValues options) {
        return with(NexthopAttributes.RES_GROUP, Objects.requireNonNull(options, "options"))
                .withGroupType(NexthopCodec.NEXTHOP_GRP_TYPE_RES);
    }

    /**
     * The family of the {@code nhmsg} header, instead of ip's choice (see above); a gateway must be
     * of it.
     *
     * @param family {@code AF_INET}, {@code AF_INET6} or {@code AF_UNSPEC}
     * @return a copy of this request with that change; this one is unchanged
     */
    public NexthopRequest withFamily(int family) {
        if (family != AddressFamily.AF_UNSPEC && !AddressFamily.isIp(family)) {
            throw new IllegalArgumentException("nexthop family must be AF_UNSPEC, AF_INET or AF_INET6: " + family);
        }
        InetAddress gateway = values.get(NexthopAttributes.GATEWAY);
        if (gateway != null) {
            Arguments.sameFamily(family, gateway, "gateway");
        }
        return new NexthopRequest(family, protocol, flags, values);
    }

    /**
     * Originator {@code RTPROT_*} ({@code protocol P}).
     *
     * @param protocol 0 to 255
     * @return a copy of this request with that change; this one is unchanged
     */
    public NexthopRequest withProtocol(int protocol) {
        return new NexthopRequest(family, Arguments.u8(protocol, "protocol"), flags, values);
    }

    /**
     * {@code nh_flags}, such as {@link NextHop#RTNH_F_ONLINK} ({@code onlink}).
     *
     * @param flags the {@code RTNH_F_*} bits to send
     * @return a copy of this request with that change; this one is unchanged
     */
    public NexthopRequest withFlags(int flags) {
        return new NexthopRequest(family, protocol, flags, values);
    }

    /**
     * The value of one attribute this request sets.
     *
     * @param <T>       the value's type
     * @param attribute a {@link NexthopAttributes} row
     * @return the value, or null when not set
     */
    public <T> T get(Attribute<T> attribute) {
        return values.get(attribute);
    }

    /** {@return the attributes this request sets, in the order set} */
    public AttributeValues values() {
        return values;
    }

    /** {@return the header's family: as set, else the gateway's, else {@code AF_INET} for a device or blackhole, else {@code AF_UNSPEC}} */
    public int family() {
        if (family != UNSET) {
            return family;
        }
        InetAddress gateway = values.get(NexthopAttributes.GATEWAY);
        if (gateway != null) {
            return AddressFamily.of(gateway);
        }
        return values.has(NexthopAttributes.OIF) || values.has(NexthopAttributes.BLACKHOLE) ? AddressFamily.AF_INET
                : AddressFamily.AF_UNSPEC;
    }

    /** {@return the {@code RTPROT_*} protocol, 0 when not set} */
    public int protocol() {
        return protocol;
    }

    /** {@return the {@code nh_flags} bits, 0 when none} */
    public int flags() {
        return flags;
    }

    /** Equal when the header fields and the attributes are. */
    @Override
    public boolean equals(Object o) {
        return o instanceof NexthopRequest r && r.family == family && r.protocol == protocol && r.flags == flags
                && r.values.equals(values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(family, protocol, flags, values);
    }

    /** {@return the id and attributes} */
    @Override
    public String toString() {
        return "nexthop " + values;
    }
}
