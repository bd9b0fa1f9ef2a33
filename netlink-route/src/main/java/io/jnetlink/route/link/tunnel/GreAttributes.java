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
import static io.jnetlink.core.attr.ValueType.U32_BE;
import static io.jnetlink.core.attr.ValueType.U8;

import io.jnetlink.core.attr.Attribute;
import io.jnetlink.core.attr.AttributeSet;
import io.jnetlink.core.attr.Display;
import io.jnetlink.core.attr.ValueType;
import java.net.InetAddress;

/**
 * {@code IFLA_GRE_*} (linux/if_tunnel.h): the options of the GRE family, {@code gre},
 * {@code gretap} and {@code erspan} over IPv4, {@code ip6gre}, {@code ip6gretap} and
 * {@code ip6erspan} over IPv6 (the endpoints are 4 or 16 bytes accordingly), in
 * {@code IFLA_INFO_DATA}. One row per attribute, in the order {@code ip -d link} prints them;
 * complete against the uapi header of kernel 6.18. Read with {@link GreData#get(Attribute)}, set with
 * {@link GreData#with(Attribute, Object)}.
 */
public final class GreAttributes {
    /** The {@code IFLA_GRE_*} set. */
    public static final AttributeSet SET = new AttributeSet("IFLA_GRE");

    /** Metadata mode: endpoints and keys come from each packet's metadata (present or absent). */
    public static final Attribute<Boolean> COLLECT_METADATA = SET.add(18, "IFLA_GRE_COLLECT_METADATA", FLAG,
            READ_WRITE, NONE, as("external", PRESENT));
    /** The remote endpoint (IPv4 or IPv6 as the kind). */
    public static final Attribute<InetAddress> REMOTE = SET.add(7, "IFLA_GRE_REMOTE", ValueType.ADDRESS, READ_WRITE,
            NONE, as("remote", ADDRESS));
    /** The local endpoint (IPv4 or IPv6 as the kind). */
    public static final Attribute<InetAddress> LOCAL = SET.add(6, "IFLA_GRE_LOCAL", ValueType.ADDRESS, READ_WRITE,
            NONE, as("local", ADDRESS));
    /** The ifindex of the device the tunnel's packets leave by ({@code dev}); 0 for any. */
    public static final Attribute<Integer> LINK = SET.add(1, "IFLA_GRE_LINK", U32, READ_WRITE, NONE,
            new Display("dev", "link", CUSTOM));
    /** The outer TTL (hop limit over IPv6); 0 copies the inner packet's ({@code inherit}). */
    public static final Attribute<Integer> TTL = SET.add(8, "IFLA_GRE_TTL", U8, READ_WRITE, NONE, as("ttl", CUSTOM));
    /** The outer TOS (IPv4 kinds); 1 copies the inner packet's ({@code inherit}). */
    public static final Attribute<Integer> TOS = SET.add(9, "IFLA_GRE_TOS", U8, READ_WRITE, NONE, as("tos", CUSTOM));
    /** Path MTU discovery (IPv4 kinds): the outer DF bit is set. */
    public static final Attribute<Boolean> PMTUDISC = SET.add(10, "IFLA_GRE_PMTUDISC", BOOL, READ_WRITE, NONE,
            as("pmtudisc", CUSTOM));
    /** The IPv6 encapsulation limit option's value (IPv6 kinds). */
    public static final Attribute<Integer> ENCAP_LIMIT = SET.add(11, "IFLA_GRE_ENCAP_LIMIT", U8, READ_WRITE, NONE,
            new Display("encaplimit", "encap_limit", CUSTOM));
    /** The outer IPv6 traffic class and flow label, as the header's second word (network order; IPv6 kinds). */
    public static final Attribute<Long> FLOWINFO = SET.add(12, "IFLA_GRE_FLOWINFO", U32_BE, READ_WRITE, NONE,
            new Display("flowlabel", "flowlabel", CUSTOM));
    /** {@code Ip6TunnelData.IP6_TNL_F_*} bits (IPv6 kinds). */
    public static final Attribute<Integer> FLAGS = SET.add(13, "IFLA_GRE_FLAGS", U32, READ_WRITE, NONE,
            new Display(null, "flags", CUSTOM));
    /** Drop the outer DF bit's meaning: fragment even when the inner packet forbids it (IPv4 kinds). */
    public static final Attribute<Boolean> IGNORE_DF = SET.add(19, "IFLA_GRE_IGNORE_DF", BOOL, READ_WRITE, NONE,
            new Display("ignore-df", "ignore_df", CUSTOM));
    /** The input key (network order), used when {@link #IFLAGS} has {@code GreData.GRE_KEY}. */
    public static final Attribute<Long> IKEY = SET.add(4, "IFLA_GRE_IKEY", U32_BE, READ_WRITE, NONE,
            as("ikey", CUSTOM));
    /** The output key (network order), used when {@link #OFLAGS} has {@code GreData.GRE_KEY}. */
    public static final Attribute<Long> OKEY = SET.add(5, "IFLA_GRE_OKEY", U32_BE, READ_WRITE, NONE,
            as("okey", CUSTOM));
    /** The GRE header flags expected on input, {@code GreData.GRE_*} (network order). */
    public static final Attribute<Integer> IFLAGS = SET.add(2, "IFLA_GRE_IFLAGS", U16_BE, READ_WRITE, NONE,
            new Display(null, "iflags", CUSTOM));
    /** The GRE header flags sent, {@code GreData.GRE_*} (network order). */
    public static final Attribute<Integer> OFLAGS = SET.add(3, "IFLA_GRE_OFLAGS", U16_BE, READ_WRITE, NONE,
            new Display(null, "oflags", CUSTOM));
    /** The firewall mark of the outer packets. */
    public static final Attribute<Integer> FWMARK = SET.add(20, "IFLA_GRE_FWMARK", U32, READ_WRITE, NONE,
            as("fwmark", HEX));
    /** ERSPAN: the index (version 1), 20 bits. */
    public static final Attribute<Integer> ERSPAN_INDEX = SET.add(21, "IFLA_GRE_ERSPAN_INDEX",
            U32.requiring(v -> v >= 0 && v <= GreData.MAX_ERSPAN_INDEX, "0 to 1048575"), READ_WRITE, NONE,
            as("erspan_index", NUMBER));
    /** ERSPAN: the version, 0 to 2. */
    public static final Attribute<Integer> ERSPAN_VER = SET.add(22, "IFLA_GRE_ERSPAN_VER", ValueType.range(U8, 0, 2),
            READ_WRITE, NONE, as("erspan_ver", NUMBER));
    /** ERSPAN version 2: the direction, {@code GreData.ERSPAN_DIR_INGRESS} or {@code ERSPAN_DIR_EGRESS}. */
    public static final Attribute<Integer> ERSPAN_DIR = SET.add(23, "IFLA_GRE_ERSPAN_DIR", ValueType.range(U8, 0, 1),
            READ_WRITE, NONE, as("erspan_dir", CUSTOM));
    /** ERSPAN version 2: the hardware id. */
    public static final Attribute<Integer> ERSPAN_HWID = SET.add(24, "IFLA_GRE_ERSPAN_HWID", U16, READ_WRITE, NONE,
            as("erspan_hwid", HEX));
    /** The UDP encapsulation, one of the {@code TunnelEncap.TUNNEL_ENCAP_*} types. */
    public static final Attribute<Integer> ENCAP_TYPE = SET.add(14, "IFLA_GRE_ENCAP_TYPE", U16, READ_WRITE, NONE,
            as("encap", CUSTOM));
    /** {@code TunnelEncap.TUNNEL_ENCAP_FLAG_*} bits. */
    public static final Attribute<Integer> ENCAP_FLAGS = SET.add(15, "IFLA_GRE_ENCAP_FLAGS", U16, READ_WRITE, NONE,
            new Display(null, null, CUSTOM));
    /** The encapsulation's UDP source port (network order); 0 picks one per flow. */
    public static final Attribute<Integer> ENCAP_SPORT = SET.add(16, "IFLA_GRE_ENCAP_SPORT", U16_BE, READ_WRITE, NONE,
            new Display("encap-sport", "sport", CUSTOM));
    /** The encapsulation's UDP destination port (network order). */
    public static final Attribute<Integer> ENCAP_DPORT = SET.add(17, "IFLA_GRE_ENCAP_DPORT", U16_BE, READ_WRITE, NONE,
            new Display("encap-dport", "dport", NUMBER));

    private GreAttributes() {
    }
}
