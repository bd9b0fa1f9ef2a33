package io.jnetlink.route.link.tunnel;

import static io.jnetlink.core.attr.Access.READ_WRITE;
import static io.jnetlink.core.attr.Display.as;
import static io.jnetlink.core.attr.Format.ADDRESS;
import static io.jnetlink.core.attr.Format.CUSTOM;
import static io.jnetlink.core.attr.Format.HEX;
import static io.jnetlink.core.attr.Format.NUMBER;
import static io.jnetlink.core.attr.Format.PRESENT;
import static io.jnetlink.core.attr.Unit.NONE;
import static io.jnetlink.core.attr.ValueType.BOOL;
import static io.jnetlink.core.attr.ValueType.FLAG;
import static io.jnetlink.core.attr.ValueType.U16;
import static io.jnetlink.core.attr.ValueType.U16_BE;
import static io.jnetlink.core.attr.ValueType.U32;
import static io.jnetlink.core.attr.ValueType.U8;

import io.jnetlink.core.attr.Attribute;
import io.jnetlink.core.attr.AttributeSet;
import io.jnetlink.core.attr.Display;
import io.jnetlink.core.attr.ValueType;
import java.net.InetAddress;

/**
 * {@code IFLA_IPTUN_*} (linux/if_tunnel.h) as the IPv4 tunnels {@code ipip} and {@code sit} read
 * them, in {@code IFLA_INFO_DATA}: IPv4 endpoints, a 16-bit {@link #FLAGS} and the 6rd prefixes
 * (sit only). The IPv6 tunnel {@code ip6tnl} reads the same numbers differently
 * ({@link Ip6TunnelAttributes}). One row per attribute the kernel's policy for these kinds has, in the
 * order {@code ip -d link} prints them. Read with {@link IpTunnelData#get(Attribute)}, set with
 * {@link IpTunnelData#with(Attribute, Object)}.
 */
public final class IpTunnelAttributes {
    /** The {@code IFLA_IPTUN_*} set of ipip and sit. */
    public static final AttributeSet SET = new AttributeSet("IFLA_IPTUN");

    /** Metadata mode: endpoints come from each packet's metadata (present or absent). */
    public static final Attribute<Boolean> COLLECT_METADATA = SET.add(19, "IFLA_IPTUN_COLLECT_METADATA", FLAG,
            READ_WRITE, NONE, as("external", PRESENT));
    /** The inner protocol: {@code IpTunnelData.IPPROTO_*}, 0 for any. */
    public static final Attribute<Integer> PROTO = SET.add(9, "IFLA_IPTUN_PROTO", U8, READ_WRITE, NONE,
            as("proto", CUSTOM));
    /** The remote endpoint (IPv4). */
    public static final Attribute<InetAddress> REMOTE = SET.add(3, "IFLA_IPTUN_REMOTE", ValueType.ADDRESS, READ_WRITE,
            NONE, as("remote", ADDRESS));
    /** The local endpoint (IPv4). */
    public static final Attribute<InetAddress> LOCAL = SET.add(2, "IFLA_IPTUN_LOCAL", ValueType.ADDRESS, READ_WRITE,
            NONE, as("local", ADDRESS));
    /** The ifindex of the device the tunnel's packets leave by ({@code dev}); 0 for any. */
    public static final Attribute<Integer> LINK = SET.add(1, "IFLA_IPTUN_LINK", U32, READ_WRITE, NONE,
            new Display("dev", "link", CUSTOM));
    /** The outer TTL; 0 copies the inner packet's ({@code inherit}). */
    public static final Attribute<Integer> TTL = SET.add(4, "IFLA_IPTUN_TTL", U8, READ_WRITE, NONE, as("ttl", CUSTOM));
    /** The outer TOS; 1 copies the inner packet's ({@code inherit}). */
    public static final Attribute<Integer> TOS = SET.add(5, "IFLA_IPTUN_TOS", U8, READ_WRITE, NONE, as("tos", CUSTOM));
    /** Path MTU discovery: the outer DF bit is set (needed for a fixed TTL). */
    public static final Attribute<Boolean> PMTUDISC = SET.add(10, "IFLA_IPTUN_PMTUDISC", BOOL, READ_WRITE, NONE,
            as("pmtudisc", CUSTOM));
    /** sit: {@code IpTunnelData.SIT_ISATAP} and the kernel's other tunnel flags. */
    public static final Attribute<Integer> FLAGS = SET.add(8, "IFLA_IPTUN_FLAGS", U16, READ_WRITE, NONE,
            new Display("isatap", "isatap", CUSTOM));
    /** The firewall mark of the outer packets. */
    public static final Attribute<Integer> FWMARK = SET.add(20, "IFLA_IPTUN_FWMARK", U32, READ_WRITE, NONE,
            as("fwmark", HEX));
    /** sit: the 6rd IPv6 prefix (16 bytes). */
    public static final Attribute<InetAddress> IP6RD_PREFIX = SET.add(11, "IFLA_IPTUN_6RD_PREFIX", ValueType.ADDRESS,
            READ_WRITE, NONE, new Display("6rd-prefix", "prefix", CUSTOM));
    /** sit: the 6rd IPv6 prefix's length. */
    public static final Attribute<Integer> IP6RD_PREFIXLEN = SET.add(13, "IFLA_IPTUN_6RD_PREFIXLEN", U16, READ_WRITE,
            NONE, new Display(null, "prefixlen", NUMBER));
    /** sit: the 6rd relay prefix (IPv4). */
    public static final Attribute<InetAddress> IP6RD_RELAY_PREFIX = SET.add(12, "IFLA_IPTUN_6RD_RELAY_PREFIX",
            ValueType.ADDRESS, READ_WRITE, NONE, new Display("6rd-relay_prefix", "relay_prefix", CUSTOM));
    /** sit: the 6rd relay prefix's length. */
    public static final Attribute<Integer> IP6RD_RELAY_PREFIXLEN = SET.add(14, "IFLA_IPTUN_6RD_RELAY_PREFIXLEN", U16,
            READ_WRITE, NONE, new Display(null, "relay_prefixlen", NUMBER));
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

    private IpTunnelAttributes() {
    }
}
