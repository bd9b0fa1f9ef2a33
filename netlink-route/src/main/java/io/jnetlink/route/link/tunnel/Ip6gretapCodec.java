package io.jnetlink.route.link.tunnel;

import io.jnetlink.route.link.AttributeSetCodec;

/** Codec of the {@code ip6gretap} kind, GRE over IPv6 carrying Ethernet frames: {@link GreData} of kind {@code "ip6gretap"} over {@link GreAttributes}. */
public final class Ip6gretapCodec extends AttributeSetCodec<GreData> {
    /** {@code IFLA_INFO_KIND} of an IPv6 GRE tap. */
    public static final String KIND = "ip6gretap";

    /** Creates the codec (loaded through {@link java.util.ServiceLoader}). */
    public Ip6gretapCodec() {
        super(KIND, GreData.class, GreAttributes.SET, values -> new GreData(KIND, values));
    }
}
