package io.jnetlink.route.link;

import io.jnetlink.core.attr.AttributeRecord;
import io.jnetlink.core.attr.AttributeValues;

/**
 * What the kernel reports of a VRF's port ({@code IFLA_INFO_SLAVE_DATA} of a link whose master is a
 * VRF), read with the {@link VrfPortAttributes} constants: {@code port.get(VrfPortAttributes.TABLE)}.
 * It has nothing a request may set.
 *
 * @param values the {@link VrfPortAttributes#SET} values
 */
public record VrfPortData(AttributeValues values) implements LinkData, AttributeRecord<VrfPortData> {
    /**
     * Checks that the values are VRF port attributes.
     *
     * @param values the {@link VrfPortAttributes#SET} values
     * @throws IllegalArgumentException for values of another set
     */
    public VrfPortData {
        if (values.set() != VrfPortAttributes.SET) {
            throw new IllegalArgumentException(values.set() + " values are not vrf port attributes");
        }
    }

    /** {@return port attributes with nothing set} */
    public static VrfPortData of() {
        return new VrfPortData(VrfPortAttributes.SET.empty());
    }

    /** {@inheritDoc} */
    @Override
    public VrfPortData withValues(AttributeValues values) {
        return new VrfPortData(values);
    }

    /** Always {@code "vrf"}: the kind of the master this port data belongs to. */
    @Override
    public String kind() {
        return VrfCodec.KIND;
    }
}
