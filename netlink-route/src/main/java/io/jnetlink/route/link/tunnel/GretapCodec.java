package io.jnetlink.route.link.tunnel;

import io.jnetlink.route.link.AttributeSetCodec;

/** Codec of the {@code gretap} kind, GRE over IPv4 carrying Ethernet frames: {@link GreData} of kind {@code "gretap"} over {@link GreAttributes}. */
public final class GretapCodec extends AttributeSetCodec<GreData> {
    /** {@code IFLA_INFO_KIND} of a GRE tap. */
    public static final String KIND = "gretap";

    /** Creates the codec (loaded through {@link java.util.ServiceLoader}). */
    public GretapCodec() {
        super(KIND, GreData.class, GreAttributes.SET, values -> new GreData(KIND, values));
    }
}
