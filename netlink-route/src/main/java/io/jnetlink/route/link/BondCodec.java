package io.jnetlink.route.link;

import io.jnetlink.core.message.AttributeCursor;

/**
 * Codec of the {@code bond} kind: {@link BondData} ({@link BondAttributes}) in
 * {@code IFLA_INFO_DATA} and {@link BondSlaveData} ({@link BondSlaveAttributes}) in the
 * {@code IFLA_INFO_SLAVE_DATA} of its ports.
 */
public final class BondCodec extends AttributeSetCodec<BondData> {
    /** {@code IFLA_INFO_KIND} of a bond. */
    public static final String KIND = "bond";

    /** Creates the codec (loaded through {@link java.util.ServiceLoader}). */
    public BondCodec() {
        super(KIND, BondData.class, BondAttributes.SET, BondData::new);
    }

    /** Decodes {@code IFLA_BOND_SLAVE_*}. */
    @Override
    public BondSlaveData decodeSlave(AttributeCursor slaveData) {
        return new BondSlaveData(BondSlaveAttributes.SET.decode(slaveData));
    }
}
