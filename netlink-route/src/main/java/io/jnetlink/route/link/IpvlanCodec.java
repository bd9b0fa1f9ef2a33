package io.jnetlink.route.link;

/** Codec of the {@code ipvlan} kind: {@link IpvlanData} over {@link IpvlanAttributes}. */
public final class IpvlanCodec extends AttributeSetCodec<IpvlanData> {
    /** {@code IFLA_INFO_KIND} of an ipvlan. */
    public static final String KIND = "ipvlan";

    /** Creates the codec (loaded through {@link java.util.ServiceLoader}). */
    public IpvlanCodec() {
        super(KIND, IpvlanData.class, IpvlanAttributes.SET, values -> new IpvlanData(KIND, values));
    }
}
