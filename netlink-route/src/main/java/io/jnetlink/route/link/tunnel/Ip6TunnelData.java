package io.jnetlink.route.link.tunnel;

import io.jnetlink.core.attr.AttributeRecord;
import io.jnetlink.core.attr.AttributeValues;
import io.jnetlink.route.link.LinkData;

/**
 * The options of an {@code ip6tnl} link ({@code IFLA_INFO_DATA}), read and set with the
 * {@link Ip6TunnelAttributes} constants:
 * {@code Ip6TunnelData.of().with(Ip6TunnelAttributes.REMOTE, addr)}; a request sends only what is
 * set, in the order it was set. The {@code IP6_TNL_F_*} bits are also those of the IPv6 GRE kinds'
 * {@link GreAttributes#FLAGS}.
 *
 * @param values the {@link Ip6TunnelAttributes#SET} values
 */
public record Ip6TunnelData(AttributeValues values) implements LinkData, AttributeRecord<Ip6TunnelData> {
    /** {@code IP6_TNL_F_IGN_ENCAP_LIMIT}: send no encapsulation limit option. */
    public static final int IP6_TNL_F_IGN_ENCAP_LIMIT = 0x1;
    /** {@code IP6_TNL_F_USE_ORIG_TCLASS}: copy the inner traffic class. */
    public static final int IP6_TNL_F_USE_ORIG_TCLASS = 0x2;
    /** {@code IP6_TNL_F_USE_ORIG_FLOWLABEL}: copy the inner flow label. */
    public static final int IP6_TNL_F_USE_ORIG_FLOWLABEL = 0x4;
    /** {@code IP6_TNL_F_MIP6_DEV}: a Mobile IPv6 device. */
    public static final int IP6_TNL_F_MIP6_DEV = 0x8;
    /** {@code IP6_TNL_F_RCV_DSCP_COPY}: copy the outer DSCP into the inner packet on receive. */
    public static final int IP6_TNL_F_RCV_DSCP_COPY = 0x10;
    /** {@code IP6_TNL_F_USE_ORIG_FWMARK}: the outer packet takes the inner one's firewall mark. */
    public static final int IP6_TNL_F_USE_ORIG_FWMARK = 0x20;
    /** {@code IP6_TNL_F_ALLOW_LOCAL_REMOTE}: allow a remote endpoint that is a local address. */
    public static final int IP6_TNL_F_ALLOW_LOCAL_REMOTE = 0x40;
    /** The traffic class bits of {@link Ip6TunnelAttributes#FLOWINFO} ({@code IP6_FLOWINFO_TCLASS}). */
    public static final long IP6_FLOWINFO_TCLASS = 0x0FF0_0000L;
    /** The flow label bits of {@link Ip6TunnelAttributes#FLOWINFO} ({@code IP6_FLOWINFO_FLOWLABEL}). */
    public static final long IP6_FLOWINFO_FLOWLABEL = 0x000F_FFFFL;

    /**
     * Checks that the values are ip6tnl options.
     *
     * @param values the {@link Ip6TunnelAttributes#SET} values
     * @throws IllegalArgumentException for values of another set
     */
    public Ip6TunnelData {
        if (values.set() != Ip6TunnelAttributes.SET) {
            throw new IllegalArgumentException(values.set() + " values are not ip6tnl options");
        }
    }

    /** {@return options with nothing set} */
    public static Ip6TunnelData of() {
        return new Ip6TunnelData(Ip6TunnelAttributes.SET.empty());
    }

    /** {@inheritDoc} */
    @Override
    public Ip6TunnelData withValues(AttributeValues values) {
        return new Ip6TunnelData(values);
    }

    /** {@code "ip6tnl"}. */
    @Override
    public String kind() {
        return Ip6tnlCodec.KIND;
    }
}
