package io.jnetlink.route.nsid;

import io.jnetlink.core.attr.Attribute;
import io.jnetlink.core.attr.AttributeHolder;
import io.jnetlink.core.attr.AttributeValues;
import java.util.Objects;

/**
 * A namespace id as the kernel reports it ({@code RTM_NEWNSID}): the number under which the
 * namespace the request was sent in knows another namespace ({@code ip netns list-id}). The
 * {@code rtgenmsg} header's family as an accessor and the {@link NamespaceIdAttributes} through
 * {@link #get(Attribute)}: {@code id.get(NamespaceIdAttributes.NSID)}.
 *
 * @param family {@code rtgen_family} ({@code AF_UNSPEC})
 * @param values the {@link NamespaceIdAttributes} values, unknown attributes kept raw
 */
public record NamespaceId(int family, AttributeValues values) implements AttributeHolder {
    /**
     * Checks that the values are namespace-id attributes.
     *
     * @param family {@code rtgen_family}
     * @param values {@link NamespaceIdAttributes#SET} values; not null
     */
    public NamespaceId {
        if (Objects.requireNonNull(values, "values").set() != NamespaceIdAttributes.SET) {
            throw new IllegalArgumentException(values.set() + " values are not namespace-id attributes");
        }
    }

    /** {@return true when the kernel has an id for the namespace: {@code NETNSA_NSID} present and not -1} */
    public boolean isAssigned() {
        Integer nsid = values.get(NamespaceIdAttributes.NSID);
        return nsid != null && nsid != NamespaceIdCodec.NETNSA_NSID_NOT_ASSIGNED;
    }
}
