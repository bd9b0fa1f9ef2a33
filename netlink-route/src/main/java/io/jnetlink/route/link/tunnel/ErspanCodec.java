package io.jnetlink.route.link.tunnel;

import io.jnetlink.route.link.AttributeSetCodec;

/** Codec of the {@code erspan} kind, ERSPAN mirroring over IPv4 GRE: {@link GreData} of kind {@code "erspan"} over {@link GreAttributes}. */
public final class ErspanCodec extends AttributeSetCodec<GreData> {
    /** {@code IFLA_INFO_KIND} of an ERSPAN tunnel. */
    public static final String KIND = "erspan";

    /** Creates the codec (loaded through {@link java.util.ServiceLoader}). */
    public ErspanCodec() {
        super(KIND, GreData.class, GreAttributes.SET, values -> new GreData(KIND, values));
    }
}
