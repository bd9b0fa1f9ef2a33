package io.jnetlink.route.link;

import io.jnetlink.core.attr.AttributeRecord;
import io.jnetlink.core.attr.AttributeValues;

/**
 * The options of a {@code veth} link ({@code IFLA_INFO_DATA}), set with the {@link VethAttributes}
 * constants: {@code VethData.of().with(VethAttributes.PEER, new VethPeer("veth1", null))}. The
 * kernel reports a veth's peer through {@link Link#link()} (and {@link Link#linkNetnsId()} when it
 * sits in another namespace), never as options, so those it reports have nothing set.
 *
 * @param values the {@link VethAttributes#SET} values
 */
public record VethData(AttributeValues values) implements LinkData, AttributeRecord<VethData> {
    /**
     * Checks that the values are veth options.
     *
     * @param values the {@link VethAttributes#SET} values
     */
    public VethData {
        if (values.set() != VethAttributes.SET) {
            throw new IllegalArgumentException(values.set() + " values are not veth options");
        }
    }

    /** {@return options with nothing set: the kernel names the peer {@code vethN}, in the same namespace} */
    public static VethData of() {
        return new VethData(VethAttributes.SET.empty());
    }

    /** {@inheritDoc} */
    @Override
    public VethData withValues(AttributeValues values) {
        return new VethData(values);
    }

    /** {@code "veth"}. */
    @Override
    public String kind() {
        return VethCodec.KIND;
    }
}
