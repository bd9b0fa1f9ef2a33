package io.jnetlink.route.link.tunnel;

import static io.jnetlink.core.attr.Access.READ_WRITE;
import static io.jnetlink.core.attr.Display.as;
import static io.jnetlink.core.attr.Format.ADDRESS;
import static io.jnetlink.core.attr.Format.CUSTOM;
import static io.jnetlink.core.attr.Format.HEX;
import static io.jnetlink.core.attr.Format.NUMBER;
import static io.jnetlink.core.attr.Format.PRESENT;
import static io.jnetlink.core.attr.Unit.NONE;
import static io.jnetlink.core.attr.ValueType.FLAG;
import static io.jnetlink.core.attr.ValueType.U16;
import static io.jnetlink.core.attr.ValueType.U16_BE;
import static io.jnetlink.core.attr.ValueType.U32;
import static io.jnetlink.core.attr.ValueType.U32_BE;
import static io.jnetlink.core.attr.ValueType.U8;

import io.jnetlink.core.attr.Attribute;
import io.jnetlink.core.attr.AttributeSet;
import io.jnetlink.core.attr.Display;
import io.jnetlink.core.attr.ValueType;
import java.net.InetAddress;

/**
 * {@code IFLA_IPTUN_*} (linux/if_tunnel.h) as the IPv6 tunnel {@code ip6tnl} reads them, in
 * {@code IFLA_INFO_DATA}: IPv6 endpoints, the encapsulation limit, the flow information and a
 * 32-bit {@link #FLAGS} ({@code ipip} and {@code sit} read the same numbers as
 * {@link IpTunnelAttributes}). One row per attribute the kernel's policy for ip6tnl has, in the
 * order {@code ip -d link} prints them. Read with {@link Ip6TunnelData#get(Attribute)}, set with
 * {@link Ip6TunnelData#with(Attribute, Object)}.
 */
public final class Ip6TunnelAttributes {
    /** The {@code IFLA_IPTUN_*} set of ip6tnl. */
    public static final AttributeSet SET = new AttributeSet("IFLA_IPTUN");

    /** Metadata mode: endpoints come from each packet's metadata (present or absent). */
    public static final Attribute<Boolean> COLLECT_METADATA = SET.add(19, "IFLA_IPTUN_COLLECT_METADATA", FLAG,
            READ_WRITE, NONE, as("external", PRESENT));
    /** The inner protocol: {@code IpTunnelData.IPPROTO_IPV6} ({@code ip6ip6}), {@code IPPROTO_IPIP} ({@code ipip6}), 0 for any. */
    public static final Attribute<Integer> PROTO = SET.add(9, "IFLA_IPTUN_PROTO", U8, READ_WRITE, NONE,
            as("proto", CUSTOM));
    /** The remote endpoint (IPv6). */
    public static final Attribute<InetAddress> REMOTE = SET.add(3, "IFLA_IPTUN_REMOTE", ValueType.ADDRESS, READ_WRITE,
            NONE, as("remote", ADDRESS));
    /** The local endpoint (IPv6). */
    public static final Attribute<InetAddress> LOCAL = SET.add(2, "IFLA_IPTUN_LOCAL", ValueType.ADDRESS, READ_WRITE,
            NONE, as("local", ADDRESS));
    /** The ifindex of the device the tunnel's packets leave by ({@code dev}); 0 for any. */
    public static final Attribute<Integer> LINK = SET.add(1, "IFLA_IPTUN_LINK", U32, READ_WRITE, NONE,
            new Display("dev", "link", CUSTOM));
    /** The outer hop limit; 0 copies the inner packet's ({@code inherit}). */
    public static final Attribute<Integer> TTL = SET.add(4, "IFLA_IPTUN_TTL", U8, READ_WRITE, NONE,
            new Display("hoplimit", "ttl", CUSTOM));
    /** The IPv6 encapsulation limit option's value (unless {@code Ip6TunnelData.IP6_TNL_F_IGN_ENCAP_LIMIT}). */
    public static final Attribute<Integer> ENCAP_LIMIT = SET.add(6, "IFLA_IPTUN_ENCAP_LIMIT", U8, READ_WRITE, NONE,
            new Display("encaplimit", "encap_limit", CUSTOM));
    /** The outer traffic class and flow label, as the IPv6 header's first word (network order). */
    public static final Attribute<Long> FLOWINFO = SET.add(7, "IFLA_IPTUN_FLOWINFO", U32_BE, READ_WRITE, NONE,
            new Display("flowlabel", "flowlabel", CUSTOM));
    /** {@code Ip6TunnelData.IP6_TNL_F_*} bits. */
    public static final Attribute<Integer> FLAGS = SET.add(8, "IFLA_IPTUN_FLAGS", U32, READ_WRITE, NONE,
            new Display(null, "flags", CUSTOM));
    /** The firewall mark of the outer packets. */
    public static final Attribute<Integer> FWMARK = SET.add(20, "IFLA_IPTUN_FWMARK", U32, READ_WRITE, NONE,
            as("fwmark", HEX));
    /** The UDP encapsulation, one of the {@code TunnelEncap.TUNNEL_ENCAP_*} types. */
    public static final Attribute<Integer> ENCAP_TYPE = SET.add(15, "IFLA_IPTUN_ENCAP_TYPE", U16, READ_WRITE, NONE,
            as("encap", CUSTOM));
    /** {@code TunnelEncap.TUNNEL_ENCAP_FLAG_*} bits. */
    public static final Attribute<Integer> ENCAP_FLAGS = SET.add(16, "IFLA_IPTUN_ENCAP_FLAGS", U16, READ_WRITE, NONE,
            new Display(null, null, CUSTOM));
    /** The encapsulation's UDP source port (network order); 0 picks one per flow. */
    public static final Attribute<Integer> ENCAP_SPORT = SET.add(17, "IFLA_IPTUN_ENCAP_SPORT", U16_BE, READ_WRITE,
            NONE, new Display("encap-sport", "sport", CUSTOM));
    /** The encapsulation's UDP destination port (network order). */
    public static final Attribute<Integer> ENCAP_DPORT = SET.add(18, "IFLA_IPTUN_ENCAP_DPORT", U16_BE, READ_WRITE,
            NONE, new Display("encap-dport", "dport", NUMBER));

    private Ip6TunnelAttributes() {
    }
}
