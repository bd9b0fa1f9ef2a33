package io.jnetlink.route.link;

/** Codec of the {@code macvlan} kind: {@link MacvlanData} over {@link MacvlanAttributes}. */
public final class MacvlanCodec extends AttributeSetCodec<MacvlanData> {
    /** {@code IFLA_INFO_KIND} of a macvlan. */
    public static final String KIND = "macvlan";

    /** Creates the codec (loaded through {@link java.util.ServiceLoader}). */
    public MacvlanCodec() {
        super(KIND, MacvlanData.class, MacvlanAttributes.SET, values -> new MacvlanData(KIND, values));
    }
}
