package io.jnetlink.route.link.tunnel;

import io.jnetlink.route.link.AttributeSetCodec;

/** Codec of the {@code gre} kind, GRE over IPv4 carrying IP packets: {@link GreData} of kind {@code "gre"} over {@link GreAttributes}. */
public final class GreCodec extends AttributeSetCodec<GreData> {
    /** {@code IFLA_INFO_KIND} of a GRE tunnel. */
    public static final String KIND = "gre";

    /** Creates the codec (loaded through {@link java.util.ServiceLoader}). */
    public GreCodec() {
        super(KIND, GreData.class, GreAttributes.SET, values -> new GreData(KIND, values));
    }
}
