package io.jnetlink.route.nexthop;

import io.jnetlink.core.attr.Attribute;
import io.jnetlink.core.attr.AttributeHolder;
import io.jnetlink.core.attr.AttributeValues;
import java.net.InetAddress;
import java.util.List;
import java.util.Objects;

/**
 * One nexthop object as the kernel reports it ({@code RTM_NEWNEXTHOP}): the {@code nhmsg} header
 * fields and the {@link NexthopAttributes}, read with {@link #get(Attribute)}
 * ({@code nexthop.get(NexthopAttributes.GATEWAY)}; null when the kernel did not send it). Decoded
 * once, immutable, equal by value; attributes this library does not name are kept raw in
 * {@code values().unknown()}.
 *
 * @param family   {@code nh_family}: {@code AF_INET} or {@code AF_INET6}; {@code AF_UNSPEC} for a group
 * @param scope    {@code nh_scope}: {@code RT_SCOPE_*} (link for a gateway, host for a device alone)
 * @param protocol {@code nh_protocol}: {@code RTPROT_*}, who installed it
 * @param flags    {@code nh_flags}: {@code RTNH_F_*} bits ({@code onlink}, {@code dead}, ...)
 * @param values   the attributes, of {@link NexthopAttributes#SET}
 */
public record Nexthop(int family, int scope, int protocol, int flags, AttributeValues values)
        implements AttributeHolder {
    /**
     * Checks that the values are nexthop attributes.
     *
     * @param family   {@code nh_family}
     * @param scope    {@code nh_scope}
     * @param protocol {@code nh_protocol}
     * @param flags    {@code nh_flags}
     * @param values   the attributes, of {@link NexthopAttributes#SET}; not null
     */
    public Nexthop {
        if (Objects.requireNonNull(values, "values").set() != NexthopAttributes.SET) {
            throw new IllegalArgumentException("a nexthop holds NHA attributes, not " + values.set());
        }
    }

    /** {@return the id, {@link NexthopAttributes#ID}; 0 when absent (the kernel always sends it)} */
    public long id() {
        Long id = values.get(NexthopAttributes.ID);
        return id == null ? 0 : id;
    }

    /** {@return the output device, {@link NexthopAttributes#OIF}; 0 when none} */
    public int ifindex() {
        return values.getInt(NexthopAttributes.OIF, 0);
    }

    /** {@return the gateway, {@link NexthopAttributes#GATEWAY}; null when none} */
    public InetAddress gateway() {
        return values.get(NexthopAttributes.GATEWAY);
    }

    /** {@return the members of a group ({@link NexthopAttributes#GROUP}); empty for other nexthops} */
    public List<NexthopGroupMember> group() {
        List<NexthopGroupMember> members = values.get(NexthopAttributes.GROUP);
        return members == null ? List.of() : members;
    }

    /** {@return true for a group of nexthops} */
    public boolean isGroup() {
        return values.has(NexthopAttributes.GROUP);
    }

    /** {@return true for a blackhole nexthop} */
    public boolean isBlackhole() {
        return Boolean.TRUE.equals(values.get(NexthopAttributes.BLACKHOLE));
    }

    /** {@return true for a nexthop (or group) of bridge FDB entries} */
    public boolean isFdb() {
        return Boolean.TRUE.equals(values.get(NexthopAttributes.FDB));
    }
}
