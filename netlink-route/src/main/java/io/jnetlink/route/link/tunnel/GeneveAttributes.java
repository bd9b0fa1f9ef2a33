package io.jnetlink.route.link.tunnel;

import static io.jnetlink.core.attr.Access.READ_WRITE;
import static io.jnetlink.core.attr.Display.as;
import static io.jnetlink.core.attr.Format.ADDRESS;
import static io.jnetlink.core.attr.Format.CUSTOM;
import static io.jnetlink.core.attr.Format.HEX;
import static io.jnetlink.core.attr.Format.NEGATABLE;
import static io.jnetlink.core.attr.Format.NUMBER;
import static io.jnetlink.core.attr.Format.PRESENT;
import static io.jnetlink.core.attr.Unit.NONE;
import static io.jnetlink.core.attr.ValueType.BOOL;
import static io.jnetlink.core.attr.ValueType.FLAG;
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
 * {@code IFLA_GENEVE_*} (linux/if_link.h): the options of a {@code geneve} link, in
 * {@code IFLA_INFO_DATA}. One row per attribute, in the order {@code ip -d link} prints them;
 * complete against the uapi header of kernel 6.18. Read with {@link GeneveData#get(Attribute)},
 * set with {@link GeneveData#with(Attribute, Object)}.
 */
public final class GeneveAttributes {
    /** The {@code IFLA_GENEVE_*} set. */
    public static final AttributeSet SET = new AttributeSet("IFLA_GENEVE");

    /** Metadata mode: the tunnel takes its endpoints and VNI from each packet's metadata (present or absent). */
    public static final Attribute<Boolean> COLLECT_METADATA = SET.add(6, "IFLA_GENEVE_COLLECT_METADATA", FLAG,
            READ_WRITE, NONE, as("external", PRESENT));
    /** The virtual network identifier, 24 bits. */
    public static final Attribute<Integer> ID = SET.add(1, "IFLA_GENEVE_ID",
            U32.requiring(v -> v >= 0 && v <= GeneveData.MAX_VNI, "0 to 16777215"), READ_WRITE, NONE,
            as("id", NUMBER));
    /** The IPv4 remote endpoint (4 bytes). */
    public static final Attribute<InetAddress> REMOTE = SET.add(2, "IFLA_GENEVE_REMOTE", ValueType.ADDRESS,
            READ_WRITE, NONE, as("remote", ADDRESS));
    /** The IPv6 remote endpoint (16 bytes). */
    public static final Attribute<InetAddress> REMOTE6 = SET.add(7, "IFLA_GENEVE_REMOTE6", ValueType.ADDRESS,
            READ_WRITE, NONE, new Display("remote", "remote6", ADDRESS));
    /** Nonzero: the outer TTL is copied from the inner packet ({@code ttl inherit}). */
    public static final Attribute<Boolean> TTL_INHERIT = SET.add(12, "IFLA_GENEVE_TTL_INHERIT", BOOL, READ_WRITE,
            NONE, new Display("ttl", null, CUSTOM));
    /** The outer TTL; 0 lets the route decide ({@code ttl auto}). */
    public static final Attribute<Integer> TTL = SET.add(3, "IFLA_GENEVE_TTL", U8, READ_WRITE, NONE,
            as("ttl", CUSTOM));
    /** The outer TOS; 1 copies the inner packet's ({@code tos inherit}). */
    public static final Attribute<Integer> TOS = SET.add(4, "IFLA_GENEVE_TOS", U8, READ_WRITE, NONE,
            as("tos", CUSTOM));
    /** The outer don't-fragment bit: one of {@code GeneveData.GENEVE_DF_*}. */
    public static final Attribute<Integer> DF = SET.add(13, "IFLA_GENEVE_DF",
            ValueType.range(U8, GeneveData.GENEVE_DF_UNSET, GeneveData.GENEVE_DF_INHERIT), READ_WRITE, NONE,
            as("df", CUSTOM));
    /** The outer IPv6 flow label, 20 bits (network order on the wire). */
    public static final Attribute<Long> LABEL = SET.add(11, "IFLA_GENEVE_LABEL",
            ValueType.range(U32_BE, 0, GeneveData.MAX_LABEL), READ_WRITE, NONE, new Display("flowlabel", "label", HEX));
    /** The UDP destination port (network order on the wire); the kernel's default is 6081. */
    public static final Attribute<Integer> PORT = SET.add(5, "IFLA_GENEVE_PORT", U16_BE, READ_WRITE, NONE,
            new Display("dstport", "port", NUMBER));
    /** UDP checksums over IPv4. */
    public static final Attribute<Boolean> UDP_CSUM = SET.add(8, "IFLA_GENEVE_UDP_CSUM", BOOL, READ_WRITE, NONE,
            new Display("udpcsum", "udp_csum", NEGATABLE));
    /** Send zero UDP checksums over IPv6. */
    public static final Attribute<Boolean> UDP_ZERO_CSUM6_TX = SET.add(9, "IFLA_GENEVE_UDP_ZERO_CSUM6_TX", BOOL,
            READ_WRITE, NONE, new Display("udp6zerocsumtx", "udp_zero_csum6_tx", NEGATABLE));
    /** Accept zero UDP checksums over IPv6. */
    public static final Attribute<Boolean> UDP_ZERO_CSUM6_RX = SET.add(10, "IFLA_GENEVE_UDP_ZERO_CSUM6_RX", BOOL,
            READ_WRITE, NONE, new Display("udp6zerocsumrx", "udp_zero_csum6_rx", NEGATABLE));
    /** The inner protocol is taken from the Geneve header (no inner Ethernet header; present or absent). */
    public static final Attribute<Boolean> INNER_PROTO_INHERIT = SET.add(14, "IFLA_GENEVE_INNER_PROTO_INHERIT", FLAG,
            READ_WRITE, NONE, new Display("innerprotoinherit", "inner_proto_inherit", PRESENT));

    private GeneveAttributes() {
    }
}
