package io.jnetlink.route.link;

import io.jnetlink.core.message.AttributeCursor;
import io.jnetlink.core.message.MessageWriter;

/**
 * Codec of the {@code bridge} kind: {@link BridgeData} ({@link BridgeAttributes}) in
 * {@code IFLA_INFO_DATA} and {@link BridgePortData} ({@link BridgePortAttributes}) in the
 * {@code IFLA_INFO_SLAVE_DATA} of its ports; both driven by their attribute tables.
 */
public final class BridgeCodec implements LinkKindCodec<BridgeData> {
    /** {@code IFLA_INFO_KIND} of a bridge. */
    public static final String KIND = "bridge";

    /** Creates the codec (loaded through {@link java.util.ServiceLoader}). */
    public BridgeCodec() {
    }

    /** {@value #KIND}. */
    @Override
    public String kind() {
        return KIND;
    }

    /** {@link BridgeData}. */
    @Override
    public Class<BridgeData> dataType() {
        return BridgeData.class;
    }

    /** Decodes {@code IFLA_BR_*}. */
    @Override
    public BridgeData decode(AttributeCursor data) {
        return new BridgeData(BridgeAttributes.SET.decode(data));
    }

    /** Writes the {@code IFLA_BR_*} options that are set. */
    @Override
    public void encode(BridgeData data, MessageWriter writer) {
        data.values().encode(writer);
    }

    /** Decodes {@code IFLA_BRPORT_*}. */
    @Override
    public BridgePortData decodeSlave(AttributeCursor slaveData) {
        return new BridgePortData(BridgePortAttributes.SET.decode(slaveData));
    }
}
