package io.jnetlink.route.link;

/** Codec of the {@code vxcan} kind: {@link VxcanData} over {@link VxcanAttributes}; the peer goes as a veth's does. */
public final class VxcanCodec extends AttributeSetCodec<VxcanData> {
    /** {@code IFLA_INFO_KIND} of a vxcan pair. */
    public static final String KIND = "vxcan";

    /** Creates the codec (loaded through {@link java.util.ServiceLoader}). */
    public VxcanCodec() {
        super(KIND, VxcanData.class, VxcanAttributes.SET, VxcanData::new);
    }
}
