package io.jnetlink.route.link;

import io.jnetlink.core.attr.AttributeRecord;
import io.jnetlink.core.attr.AttributeValues;

/**
 * A bridge port's options ({@code IFLA_INFO_SLAVE_DATA} of a port, {@code IFLA_PROTINFO} of an
 * {@code AF_BRIDGE} link message), read and set with the {@link BridgePortAttributes} constants:
 * {@code port.get(BridgePortAttributes.MODE)} is hairpin mode;
 * {@code BridgePortData.of().with(BridgePortAttributes.COST, 77)} for a request.
 *
 * @param values the {@link BridgePortAttributes#SET} values
 */
public record BridgePortData(AttributeValues values) implements LinkData, AttributeRecord<BridgePortData> {
    /**
     * Checks that the values are bridge port options.
     *
     * @param values the {@link BridgePortAttributes#SET} values
     */
    public BridgePortData {
        if (values.set() != BridgePortAttributes.SET) {
            throw new IllegalArgumentException(values.set() + " values are not bridge port options");
        }
    }

    /** {@return options with nothing set} */
    public static BridgePortData of() {
        return new BridgePortData(BridgePortAttributes.SET.empty());
    }

    /** {@inheritDoc} */
    @Override
    public BridgePortData withValues(AttributeValues values) {
        return new BridgePortData(values);
    }

    /** Always {@code "bridge"}: the kind of the master this port data belongs to. */
    @Override
    public String kind() {
        return BridgeCodec.KIND;
    }
}
