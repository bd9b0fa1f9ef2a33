package io.jnetlink.route.link;

/**
 * Codec of the {@code veth} kind: {@link VethData} over {@link VethAttributes}. A create request
 * carries the peer as {@code VETH_INFO_PEER} ({@link VethPeer}); the kernel sends no veth data.
 */
public final class VethCodec extends AttributeSetCodec<VethData> {
    /** {@code IFLA_INFO_KIND} of a veth. */
    public static final String KIND = "veth";

    /** Creates the codec (loaded through {@link java.util.ServiceLoader}). */
    public VethCodec() {
        super(KIND, VethData.class, VethAttributes.SET, VethData::new);
    }
}
