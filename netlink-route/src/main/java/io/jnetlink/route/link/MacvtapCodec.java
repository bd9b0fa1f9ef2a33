package io.jnetlink.route.link;

/**
 * Codec of the {@code macvtap} kind, a macvlan whose traffic is also readable from a tap device:
 * {@link MacvlanData} of kind {@code "macvtap"} over {@link MacvlanAttributes}.
 */
public final class MacvtapCodec extends AttributeSetCodec<MacvlanData> {
    /** {@code IFLA_INFO_KIND} of a macvtap. */
    public static final String KIND = "macvtap";

    /** Creates the codec (loaded through {@link java.util.ServiceLoader}). */
    public MacvtapCodec() {
        super(KIND, MacvlanData.class, MacvlanAttributes.SET, values -> new MacvlanData(KIND, values));
    }
}
