package io.jnetlink.route.link.tunnel;

import io.jnetlink.route.link.AttributeSetCodec;

/** Codec of the {@code ip6erspan} kind, ERSPAN mirroring over IPv6 GRE: {@link GreData} of kind {@code "ip6erspan"} over {@link GreAttributes}. */
public final class Ip6erspanCodec extends AttributeSetCodec<GreData> {
    /** {@code IFLA_INFO_KIND} of an IPv6 ERSPAN tunnel. */
    public static final String KIND = "ip6erspan";

    /** Creates the codec (loaded through {@link java.util.ServiceLoader}). */
    public Ip6erspanCodec() {
        super(KIND, GreData.class, GreAttributes.SET, values -> new GreData(KIND, values));
    }
}
