package io.jnetlink.route.link;

/** Codec of the {@code vrf} kind (a layer-3 master device over a routing table): {@link VrfData} over {@link VrfAttributes}. */
public final class VrfCodec extends AttributeSetCodec<VrfData> {
    /** {@code IFLA_INFO_KIND} of a VRF. */
    public static final String KIND = "vrf";

    /** Creates the codec (loaded through {@link java.util.ServiceLoader}). */
    public VrfCodec() {
        super(KIND, VrfData.class, VrfAttributes.SET, VrfData::new);
    }
}
