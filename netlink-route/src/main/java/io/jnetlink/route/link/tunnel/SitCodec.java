package io.jnetlink.route.link.tunnel;

import io.jnetlink.route.link.AttributeSetCodec;

/** Codec of the {@code sit} kind, IPv6 (or IPv4, MPLS) in IPv4: {@link IpTunnelData} of kind {@code "sit"} over {@link IpTunnelAttributes}. */
public final class SitCodec extends AttributeSetCodec<IpTunnelData> {
    /** {@code IFLA_INFO_KIND} of a SIT tunnel. */
    public static final String KIND = "sit";

    /** Creates the codec (loaded through {@link java.util.ServiceLoader}). */
    public SitCodec() {
        super(KIND, IpTunnelData.class, IpTunnelAttributes.SET, values -> new IpTunnelData(KIND, values));
    }
}
