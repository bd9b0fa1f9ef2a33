package io.jnetlink.route.link;

/** Codec of the {@code vlan} kind: {@link VlanData} over {@link VlanAttributes}. */
public final class VlanCodec extends AttributeSetCodec<VlanData> {
    /** {@code IFLA_INFO_KIND} of a VLAN. */
    public static final String KIND = "vlan";

    /** Creates the codec (loaded through {@link java.util.ServiceLoader}). */
    public VlanCodec() {
        super(KIND, VlanData.class, VlanAttributes.SET, VlanData::new);
    }
}
