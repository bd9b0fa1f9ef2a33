package io.jnetlink.route.link;

import io.jnetlink.core.attr.AttributeRecord;
import io.jnetlink.core.attr.AttributeValues;

/**
 * A bond port's state and options ({@code IFLA_INFO_SLAVE_DATA} of a link whose master is a bond),
 * read and set with the {@link BondSlaveAttributes} constants:
 * {@code port.get(BondSlaveAttributes.QUEUE_ID)};
 * {@code LinkRequest.of("eth0").withSlaveData(BondSlaveData.of().with(BondSlaveAttributes.PRIO, 5))}
 * sends them as {@code ip link set eth0 type bond_slave prio 5} does.
 *
 * @param values the {@link BondSlaveAttributes#SET} values
 */
public record BondSlaveData(AttributeValues values) implements LinkData, AttributeRecord<BondSlaveData> {
    /**
     * Checks that the values are bond port options.
     *
     * @param values the {@link BondSlaveAttributes#SET} values
     * @throws IllegalArgumentException for values of another set
     */
    public BondSlaveData {
        if (values.set() != BondSlaveAttributes.SET) {
            throw new IllegalArgumentException(values.set() + " values are not bond port options");
        }
    }

    /** {@return options with nothing set} */
    public static BondSlaveData of() {
        return new BondSlaveData(BondSlaveAttributes.SET.empty());
    }

    /** {@inheritDoc} */
    @Override
    public BondSlaveData withValues(AttributeValues values) {
        return new BondSlaveData(values);
    }

    /** Always {@code "bond"}: the kind of the master this port data belongs to. */
    @Override
    public String kind() {
        return BondCodec.KIND;
    }
}
