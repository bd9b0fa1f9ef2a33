package io.jnetlink.route.link;

import io.jnetlink.core.attr.AttributeRecord;
import io.jnetlink.core.attr.AttributeValues;

/**
 * The options of a {@code bridge} link ({@code IFLA_INFO_DATA}), read and set with the
 * {@link BridgeAttributes} constants: {@code bridge.get(BridgeAttributes.STP_STATE)};
 * {@code BridgeData.of().with(BridgeAttributes.FORWARD_DELAY, 400)} for a request, which sends
 * only what is set.
 *
 * @param values the {@link BridgeAttributes#SET} values
 */
public record BridgeData(AttributeValues values) implements LinkData, AttributeRecord<BridgeData> {
    /**
     * Checks that the values are bridge options.
     *
     * @param values the {@link BridgeAttributes#SET} values
     */
    public BridgeData {
        if (values.set() != BridgeAttributes.SET) {
            throw new IllegalArgumentException(values.set() + " values are not bridge options");
        }
    }

    /** {@return options with nothing set: a request that leaves every default to the kernel} */
    public static BridgeData of() {
        return new BridgeData(BridgeAttributes.SET.empty());
    }

    /** {@inheritDoc} */
    @Override
    public BridgeData withValues(AttributeValues values) {
        return new BridgeData(values);
    }

    /** Always {@code "bridge"}. */
    @Override
    public String kind() {
        return BridgeCodec.KIND;
    }
}
