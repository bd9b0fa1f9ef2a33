package io.jnetlink.route.link.tunnel;

import io.jnetlink.route.link.AttributeSetCodec;

/** Codec of the {@code ip6gre} kind, GRE over IPv6 carrying IP packets: {@link GreData} of kind {@code "ip6gre"} over {@link GreAttributes}. */
public final class Ip6greCodec extends AttributeSetCodec<GreData> {
    /** {@code IFLA_INFO_KIND} of an IPv6 GRE tunnel. */
    public static final String KIND = "ip6gre";

    /** Creates the codec (loaded through {@link java.util.ServiceLoader}). */
    public Ip6greCodec() {
        super(KIND, GreData.class, GreAttributes.SET, values -> new GreData(KIND, values));
    }
}
