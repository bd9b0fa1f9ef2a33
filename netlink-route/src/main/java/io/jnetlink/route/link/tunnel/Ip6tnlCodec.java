package io.jnetlink.route.link.tunnel;

import io.jnetlink.route.link.AttributeSetCodec;

/** Codec of the {@code ip6tnl} kind, IPv6 or IPv4 in IPv6: {@link Ip6TunnelData} over {@link Ip6TunnelAttributes}. */
public final class Ip6tnlCodec extends AttributeSetCodec<Ip6TunnelData> {
    /** {@code IFLA_INFO_KIND} of an IPv6 tunnel. */
    public static final String KIND = "ip6tnl";

    /** Creates the codec (loaded through {@link java.util.ServiceLoader}). */
    public Ip6tnlCodec() {
        super(KIND, Ip6TunnelData.class, Ip6TunnelAttributes.SET, Ip6TunnelData::new);
    }
}
