package io.jnetlink.route.link.tunnel;

import io.jnetlink.core.attr.AttributeRecord;
import io.jnetlink.core.attr.AttributeValues;
import io.jnetlink.route.link.LinkData;

/**
 * The options of an {@code ipip} or {@code sit} link ({@code IFLA_INFO_DATA}; the two kinds share
 * {@link IpTunnelAttributes}), read and set with the table's constants:
 * {@code IpTunnelData.of("sit").with(IpTunnelAttributes.PROTO, IpTunnelData.IPPROTO_IPV6)}; a request
 * sends only what is set, in the order it was set.
 *
 * @param kind   {@code "ipip"} or {@code "sit"}
 * @param values the {@link IpTunnelAttributes#SET} values
 */
public record IpTunnelData(String kind, AttributeValues values) implements LinkData, AttributeRecord<IpTunnelData> {
    /** {@link IpTunnelAttributes#PROTO} {@code IPPROTO_IPIP}: IPv4 inside. */
    public static final int IPPROTO_IPIP = 4;
    /** {@link IpTunnelAttributes#PROTO} {@code IPPROTO_IPV6}: IPv6 inside (sit, ip6tnl's {@code ip6ip6}). */
    public static final int IPPROTO_IPV6 = 41;
    /** {@link IpTunnelAttributes#PROTO} {@code IPPROTO_MPLS}: MPLS inside. */
    public static final int IPPROTO_MPLS = 137;
    /** {@link IpTunnelAttributes#FLAGS} {@code SIT_ISATAP}: an ISATAP router interface (sit). */
    public static final int SIT_ISATAP = 0x0001;

    /**
     * Checks the kind and that the values are IPv4 tunnel options.
     *
     * @param kind   {@code "ipip"} or {@code "sit"}
     * @param values the {@link IpTunnelAttributes#SET} values
     * @throws IllegalArgumentException for another kind or set
     */
    public IpTunnelData {
        if (!IpipCodec.KIND.equals(kind) && !SitCodec.KIND.equals(kind)) {
            throw new IllegalArgumentException("kind must be ipip or sit: " + kind);
        }
        if (values.set() != IpTunnelAttributes.SET) {
            throw new IllegalArgumentException(values.set() + " values are not ipip or sit options");
        }
    }

    /**
     * Options of {@code kind} with nothing set.
     *
     * @param kind {@code "ipip"} or {@code "sit"}
     * @return the options
     * @throws IllegalArgumentException for another kind
     */
    public static IpTunnelData of(String kind) {
        return new IpTunnelData(kind, IpTunnelAttributes.SET.empty());
    }

    /** {@inheritDoc} The copy is of the same kind. */
    @Override
    public IpTunnelData withValues(AttributeValues values) {
        return new IpTunnelData(kind, values);
    }
}
