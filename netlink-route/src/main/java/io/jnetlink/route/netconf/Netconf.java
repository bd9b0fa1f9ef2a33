package io.jnetlink.route.netconf;

import io.jnetlink.core.attr.Attribute;
import io.jnetlink.core.attr.AttributeHolder;
import io.jnetlink.core.attr.AttributeValues;
import java.util.Objects;

/**
 * One device's IP configuration as the kernel reports it ({@code RTM_NEWNETCONF},
 * {@code RTM_DELNETCONF}; a line of {@code ip netconf show}): the {@code netconfmsg} family as an
 * accessor and the {@link NetconfAttributes} through {@link #get(Attribute)}:
 * {@code conf.get(NetconfAttributes.FORWARDING)}.
 *
 * @param family {@code ncm_family}: {@code AF_INET}, {@code AF_INET6} (or {@code AF_MPLS})
 * @param values the {@link NetconfAttributes} values, unknown attributes kept raw
 */
public record Netconf(int family, AttributeValues values) implements AttributeHolder {
    /**
     * Checks that the values are netconf attributes.
     *
     * @param family {@code ncm_family}
     * @param values {@link NetconfAttributes#SET} values; not null
     */
    public Netconf {
        if (Objects.requireNonNull(values, "values").set() != NetconfAttributes.SET) {
            throw new IllegalArgumentException(values.set() + " values are not netconf attributes");
        }
    }

    /**
     * {@return the device: an ifindex, {@link NetconfCodec#NETCONFA_IFINDEX_ALL} or
     * {@link NetconfCodec#NETCONFA_IFINDEX_DEFAULT}; null when the message has none}
     */
    public Integer ifindex() {
        return values.get(NetconfAttributes.IFINDEX);
    }
}
