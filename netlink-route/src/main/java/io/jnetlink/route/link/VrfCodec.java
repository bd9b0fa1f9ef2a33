package io.jnetlink.route.link;

import io.jnetlink.core.message.AttributeCursor;

/**
 * Codec of the {@code vrf} kind (a layer-3 master device over a routing table): {@link VrfData}
 * over {@link VrfAttributes} in {@code IFLA_INFO_DATA}, and {@link VrfPortData} over
 * {@link VrfPortAttributes} in the {@code IFLA_INFO_SLAVE_DATA} of its ports.
 */
public final class VrfCodec extends AttributeSetCodec<VrfData> {
    /** {@code IFLA_INFO_KIND} of a VRF. */
    public static final String KIND = "vrf";

    /** Creates the codec (loaded through {@link java.util.ServiceLoader}). */
    public VrfCodec() {
        super(KIND, VrfData.class, VrfAttributes.SET, VrfData::new);
    }

    /** Decodes {@code IFLA_VRF_PORT_*}. */
    @Override
    public VrfPortData decodeSlave(AttributeCursor slaveData) {
        return new VrfPortData(VrfPortAttributes.SET.decode(slaveData));
    }
}
