package io.jnetlink.route.link;

import io.jnetlink.core.attr.AttributeRecord;
import io.jnetlink.core.attr.AttributeValues;

/**
 * The options of a {@code vrf} link ({@code IFLA_INFO_DATA}), read and set with the
 * {@link VrfAttributes} constants: {@code vrf.get(VrfAttributes.TABLE)}; {@code VrfData.of(10)}
 * for a request, which sends only what is set.
 *
 * @param values the {@link VrfAttributes#SET} values
 */
public record VrfData(AttributeValues values) implements LinkData, AttributeRecord<VrfData> {
    /**
     * Checks that the values are VRF options.
     *
     * @param values the {@link VrfAttributes#SET} values
     * @throws IllegalArgumentException for values of another set
     */
    public VrfData {
        if (values.set() != VrfAttributes.SET) {
            throw new IllegalArgumentException(values.set() + " values are not vrf options");
        }
    }

    /** {@return options with nothing set} */
    public static VrfData of() {
        return new VrfData(VrfAttributes.SET.empty());
    }

    /**
     * A VRF over routing table {@code table}, as {@code ip link add NAME type vrf table N}.
     *
     * @param table the table number, 0 to 2<sup>32</sup>-1
     * @return the options
     * @throws IllegalArgumentException for a number outside 32 bits
     */
    public static VrfData of(long table) {
        return of().with(VrfAttributes.TABLE, table);
    }

    /** {@inheritDoc} */
    @Override
    public VrfData withValues(AttributeValues values) {
        return new VrfData(values);
    }

    /** {@code "vrf"}. */
    @Override
    public String kind() {
        return VrfCodec.KIND;
    }
}
