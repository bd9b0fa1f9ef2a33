package io.jnetlink.route.link.tunnel;

import io.jnetlink.route.link.AttributeSetCodec;

/** Codec of the {@code ipip} kind, IPv4 in IPv4 (or MPLS in IPv4): {@link IpTunnelData} of kind {@code "ipip"} over {@link IpTunnelAttributes}. */
public final class IpipCodec extends AttributeSetCodec<IpTunnelData> {
    /** {@code IFLA_INFO_KIND} of an IPIP tunnel. */
    public static final String KIND = "ipip";

    /** Creates the codec (loaded through {@link java.util.ServiceLoader}). */
    public IpipCodec() {
        super(KIND, IpTunnelData.class, IpTunnelAttributes.SET, values -> new IpTunnelData(KIND, values));
    }
}
