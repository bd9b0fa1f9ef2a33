package io.jnetlink.route.link;

/**
 * Codec of the {@code ipvtap} kind, an ipvlan whose traffic is also readable from a tap device:
 * {@link IpvlanData} of kind {@code "ipvtap"} over {@link IpvlanAttributes}.
 */
public final class IpvtapCodec extends AttributeSetCodec<IpvlanData> {
    /** {@code IFLA_INFO_KIND} of an ipvtap. */
    public static final String KIND = "ipvtap";

    /** Creates the codec (loaded through {@link java.util.ServiceLoader}). */
    public IpvtapCodec() {
        super(KIND, IpvlanData.class, IpvlanAttributes.SET, values -> new IpvlanData(KIND, values));
    }
}
