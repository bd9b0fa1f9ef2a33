package io.jnetlink.route.link.tunnel;

/**
 * The UDP encapsulation of an IP tunnel (linux/if_tunnel.h), shared by {@link GreAttributes},
 * {@link IpTunnelAttributes} and {@link Ip6TunnelAttributes}: the {@code ENCAP_TYPE} values and the
 * {@code ENCAP_FLAGS} bits.
 */
public final class TunnelEncap {
    /** {@code TUNNEL_ENCAP_NONE}: no UDP encapsulation. */
    public static final int TUNNEL_ENCAP_NONE = 0;
    /** {@code TUNNEL_ENCAP_FOU}: foo-over-UDP. */
    public static final int TUNNEL_ENCAP_FOU = 1;
    /** {@code TUNNEL_ENCAP_GUE}: generic UDP encapsulation. */
    public static final int TUNNEL_ENCAP_GUE = 2;
    /** {@code TUNNEL_ENCAP_MPLS}: MPLS over UDP. */
    public static final int TUNNEL_ENCAP_MPLS = 3;
    /** {@code TUNNEL_ENCAP_FLAG_CSUM}: UDP checksums over IPv4. */
    public static final int TUNNEL_ENCAP_FLAG_CSUM = 1;
    /** {@code TUNNEL_ENCAP_FLAG_CSUM6}: UDP checksums over IPv6. */
    public static final int TUNNEL_ENCAP_FLAG_CSUM6 = 1 << 1;
    /** {@code TUNNEL_ENCAP_FLAG_REMCSUM}: remote checksum offload. */
    public static final int TUNNEL_ENCAP_FLAG_REMCSUM = 1 << 2;

    private TunnelEncap() {
    }
}
