package io.jnetlink.route.link;

import io.jnetlink.core.message.AttributeCursor;

/**
 * Codec of the {@code bridge} kind: {@link BridgeData} ({@link BridgeAttributes}) in
 * {@code IFLA_INFO_DATA} and {@link BridgePortData} ({@link BridgePortAttributes}) in the
 * {@code IFLA_INFO_SLAVE_DATA} of its ports; both driven by their attribute tables.
 */
public final class BridgeCodec extends AttributeSetCodec<BridgeData> {
    /** {@code IFLA_INFO_KIND} of a bridge. */
    public static final String KIND = "bridge";

    /** Creates the codec (loaded through {@link java.util.ServiceLoader}). */
    public BridgeCodec() {
        super(KIND, BridgeData.class, BridgeAttributes.SET, BridgeData::new);
    }

    /** Decodes {@code IFLA_BRPORT_*}. */
    @Override
    public BridgePortData decodeSlave(AttributeCursor slaveData) {
        return new BridgePortData(BridgePortAttributes.SET.decode(slaveData));
    }
}
