package io.jnetlink.vxlan;

import static io.jnetlink.core.attr.Access.READ_WRITE;
import static io.jnetlink.core.attr.Display.as;
import static io.jnetlink.core.attr.Format.CUSTOM;
import static io.jnetlink.core.attr.Format.NEGATABLE;
import static io.jnetlink.core.attr.Format.NUMBER;
import static io.jnetlink.core.attr.Format.PRESENT;
import static io.jnetlink.core.attr.Unit.NONE;
import static io.jnetlink.core.attr.Unit.SECONDS;
import static io.jnetlink.core.attr.ValueType.ADDRESS;
import static io.jnetlink.core.attr.ValueType.BOOL;
import static io.jnetlink.core.attr.ValueType.FLAG;
import static io.jnetlink.core.attr.ValueType.U16_BE;
import static io.jnetlink.core.attr.ValueType.U32;
import static io.jnetlink.core.attr.ValueType.U32_BE;
import static io.jnetlink.core.attr.ValueType.U32_LONG;
import static io.jnetlink.core.attr.ValueType.U8;
import static io.jnetlink.core.attr.ValueType.range;

import io.jnetlink.core.NetlinkParseException;
import io.jnetlink.core.attr.Attribute;
import io.jnetlink.core.attr.AttributeSet;
import io.jnetlink.core.attr.Display;
import io.jnetlink.core.attr.PortRange;
import io.jnetlink.core.attr.ValueType;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.nio.ByteBuffer;

/**
 * {@code IFLA_VXLAN_*} (linux/if_link.h): the options of a {@code vxlan} link, in
 * {@code IFLA_INFO_DATA}. One row per attribute, in the order {@code ip -d link} prints them, then
 * those iproute2 6.1 does not print; complete against the uapi header of kernel 6.18 (the last
 * four rows, {@code LOCALBYPASS} to {@code MC_ROUTE}, are newer than the header installed here, and
 * older kernels do not send them). Read with {@link VxlanData#get(Attribute)},
 * set with {@link VxlanData#with(Attribute, Object)}.
 *
 * <p>Kernel quirks: {@link #GBP}, {@link #GPE} and {@link #REMCSUM_NOPARTIAL} are flags the kernel
 * sends only when on, so absent means off; {@link #TTL_INHERIT} goes in as a flag and comes back as
 * a {@code u8}; with {@link #COLLECT_METADATA} (ip's {@code external}) there is no VNI of the
 * device's own; a remote goes in {@link #GROUP} or {@link #GROUP6} by its family, unicast
 * ({@code remote}) or multicast ({@code group}) alike.
 */
public final class VxlanAttributes {
    /** The {@code IFLA_VXLAN_*} set. */
    public static final AttributeSet SET = new AttributeSet("IFLA_VXLAN");

    /** A flag on requests, a {@code u8} in the kernel's replies: true when sent bare or as non-zero. */
    private static final ValueType<Boolean> FLAG_OR_U8 = ValueType.of(Boolean.class,
            a -> a.valueLength() == 0 || a.u8() != 0, (w, type, on) -> {
                if (on) {
                    w.attrFlag(type);
                }
            });
    /** The 8 bytes of a {@code struct vxlanhdr}, big-endian, as a long. */
    private static final ValueType<Long> HEADER_MASK = ValueType.of(Long.class, a -> {
        if (a.valueLength() != Long.BYTES) {
            throw new NetlinkParseException(a.offset(), "VXLAN header mask of " + a.valueLength() + " bytes, not 8");
        }
        return a.buffer().getLong(a.valueOffset());
    }, (w, type, mask) -> w.attrBytes(type, ByteBuffer.allocate(Long.BYTES).putLong(mask).array()));
    private static final ValueType<InetAddress> IPV4 = ADDRESS.requiring(a -> a instanceof Inet4Address,
            "an IPv4 address");
    private static final ValueType<InetAddress> IPV6 = ADDRESS.requiring(a -> a instanceof Inet6Address,
            "an IPv6 address");

    /** External control: tunnel parameters come from the packets' metadata (ip's {@code external}). */
    public static final Attribute<Boolean> COLLECT_METADATA = SET.add(25, "IFLA_VXLAN_COLLECT_METADATA", BOOL,
            READ_WRITE, NONE, as("external", PRESENT));
    /** Per-VNI filtering, with {@link #COLLECT_METADATA} (kernel 5.18 and later). */
    public static final Attribute<Boolean> VNIFILTER = SET.add(30, "IFLA_VXLAN_VNIFILTER", BOOL, READ_WRITE, NONE,
            as("vnifilter", CUSTOM));
    /** The VNI, 0 to {@link VxlanData#MAX_VNI}. */
    public static final Attribute<Integer> ID = SET.add(1, "IFLA_VXLAN_ID", range(U32, 0, VxlanData.MAX_VNI),
            READ_WRITE, NONE, as("id", NUMBER));
    /**
     * The IPv4 remote: a unicast VTEP (ip's {@code remote}) or a multicast group ({@code group},
     * which needs {@link #LINK}); ip prints it under the word that fits.
     */
    public static final Attribute<InetAddress> GROUP = SET.add(2, "IFLA_VXLAN_GROUP", IPV4, READ_WRITE, NONE,
            as("group", CUSTOM));
    /** The IPv6 remote, unicast or multicast, as {@link #GROUP}. */
    public static final Attribute<InetAddress> GROUP6 = SET.add(16, "IFLA_VXLAN_GROUP6", IPV6, READ_WRITE, NONE,
            new Display("group", "group6", CUSTOM));
    /** The outer packets' IPv4 source address. */
    public static final Attribute<InetAddress> LOCAL = SET.add(4, "IFLA_VXLAN_LOCAL", IPV4, READ_WRITE, NONE,
            as("local", CUSTOM));
    /** The outer packets' IPv6 source address. */
    public static final Attribute<InetAddress> LOCAL6 = SET.add(17, "IFLA_VXLAN_LOCAL6", IPV6, READ_WRITE, NONE,
            new Display("local", "local6", CUSTOM));
    /** The underlay device's index (ip's {@code dev}), 0 for none. */
    public static final Attribute<Integer> LINK = SET.add(3, "IFLA_VXLAN_LINK",
            U32.requiring(index -> index >= 0, "an interface index, 0 or more"), READ_WRITE, NONE,
            new Display("dev", "link", CUSTOM));
    /** The UDP source ports ({@code srcport LOW HIGH}). */
    public static final Attribute<PortRange> PORT_RANGE = SET.add(10, "IFLA_VXLAN_PORT_RANGE", PortRange.TYPE,
            READ_WRITE, NONE, new Display("srcport", "port_range", CUSTOM));
    /** The UDP destination port ({@code dstport}; the kernel's default is 8472, IANA's 4789). */
    public static final Attribute<Integer> PORT = SET.add(15, "IFLA_VXLAN_PORT", U16_BE, READ_WRITE, NONE,
            new Display("dstport", "port", NUMBER));
    /** Learn remote MACs from received packets (on by default); the text names it only when off. */
    public static final Attribute<Boolean> LEARNING = SET.add(7, "IFLA_VXLAN_LEARNING", BOOL, READ_WRITE, NONE,
            as("learning", CUSTOM));
    /** Answer ARP and neighbour solicitations from the neighbour table. */
    public static final Attribute<Boolean> PROXY = SET.add(11, "IFLA_VXLAN_PROXY", BOOL, READ_WRITE, NONE,
            as("proxy", PRESENT));
    /** Route short circuit. */
    public static final Attribute<Boolean> RSC = SET.add(12, "IFLA_VXLAN_RSC", BOOL, READ_WRITE, NONE,
            as("rsc", PRESENT));
    /** Notify user space of FDB misses. */
    public static final Attribute<Boolean> L2MISS = SET.add(13, "IFLA_VXLAN_L2MISS", BOOL, READ_WRITE, NONE,
            as("l2miss", PRESENT));
    /** Notify user space of neighbour misses. */
    public static final Attribute<Boolean> L3MISS = SET.add(14, "IFLA_VXLAN_L3MISS", BOOL, READ_WRITE, NONE,
            as("l3miss", PRESENT));
    /** The outer TOS byte; 1 copies the inner packet's ({@code tos inherit}). */
    public static final Attribute<Integer> TOS = SET.add(6, "IFLA_VXLAN_TOS", U8, READ_WRITE, NONE, as("tos", CUSTOM));
    /** Copy the inner packet's TTL ({@code ttl inherit}); ip's JSON leaves it out. */
    public static final Attribute<Boolean> TTL_INHERIT = SET.add(28, "IFLA_VXLAN_TTL_INHERIT", FLAG_OR_U8, READ_WRITE,
            NONE, new Display("ttl", null, CUSTOM));
    /** The outer TTL; 0 takes the route's ({@code ttl auto}). */
    public static final Attribute<Integer> TTL = SET.add(5, "IFLA_VXLAN_TTL", U8, READ_WRITE, NONE, as("ttl", CUSTOM));
    /** The outer IPv4 Don't Fragment bit: {@code VxlanData.VXLAN_DF_UNSET}, {@code _SET} or {@code _INHERIT}. */
    public static final Attribute<Integer> DF = SET.add(29, "IFLA_VXLAN_DF",
            range(U8, VxlanData.VXLAN_DF_UNSET, VxlanData.VXLAN_DF_INHERIT), READ_WRITE, NONE, as("df", CUSTOM));
    /** The outer IPv6 flow label, 0 to {@link VxlanData#MAX_LABEL} ({@code flowlabel}). */
    public static final Attribute<Long> LABEL = SET.add(26, "IFLA_VXLAN_LABEL", range(U32_BE, 0, VxlanData.MAX_LABEL),
            READ_WRITE, NONE, new Display("flowlabel", "label", CUSTOM));
    /** Lifetime of learned FDB entries; 0 for none ({@code ageing none}). */
    public static final Attribute<Long> AGEING = SET.add(8, "IFLA_VXLAN_AGEING", U32_LONG, READ_WRITE, SECONDS,
            as("ageing", CUSTOM));
    /** The most FDB entries; 0 for no limit ({@code maxaddress}). */
    public static final Attribute<Long> LIMIT = SET.add(9, "IFLA_VXLAN_LIMIT", U32_LONG, READ_WRITE, NONE,
            new Display("maxaddr", "limit", CUSTOM));
    /** Checksum the outer UDP header over IPv4. */
    public static final Attribute<Boolean> UDP_CSUM = SET.add(18, "IFLA_VXLAN_UDP_CSUM", BOOL, READ_WRITE, NONE,
            new Display("udpcsum", "udp_csum", NEGATABLE));
    /** Send zero UDP checksums over IPv6. */
    public static final Attribute<Boolean> UDP_ZERO_CSUM6_TX = SET.add(19, "IFLA_VXLAN_UDP_ZERO_CSUM6_TX", BOOL,
            READ_WRITE, NONE, new Display("udp6zerocsumtx", "udp_zero_csum6_tx", NEGATABLE));
    /** Accept zero UDP checksums over IPv6. */
    public static final Attribute<Boolean> UDP_ZERO_CSUM6_RX = SET.add(20, "IFLA_VXLAN_UDP_ZERO_CSUM6_RX", BOOL,
            READ_WRITE, NONE, new Display("udp6zerocsumrx", "udp_zero_csum6_rx", NEGATABLE));
    /** Remote checksum offload on transmit. */
    public static final Attribute<Boolean> REMCSUM_TX = SET.add(21, "IFLA_VXLAN_REMCSUM_TX", BOOL, READ_WRITE, NONE,
            new Display("remcsumtx", "remcsum_tx", PRESENT));
    /** Remote checksum offload on receive. */
    public static final Attribute<Boolean> REMCSUM_RX = SET.add(22, "IFLA_VXLAN_REMCSUM_RX", BOOL, READ_WRITE, NONE,
            new Display("remcsumrx", "remcsum_rx", PRESENT));
    /** The Group Based Policy extension (a flag: false sends nothing). */
    public static final Attribute<Boolean> GBP = SET.add(23, "IFLA_VXLAN_GBP", FLAG, READ_WRITE, NONE,
            as("gbp", PRESENT));
    /** The Generic Protocol Extension (a flag: false sends nothing). */
    public static final Attribute<Boolean> GPE = SET.add(27, "IFLA_VXLAN_GPE", FLAG, READ_WRITE, NONE,
            as("gpe", PRESENT));
    /** Remote checksum offload without partial checksums (a flag: false sends nothing). */
    public static final Attribute<Boolean> REMCSUM_NOPARTIAL = SET.add(24, "IFLA_VXLAN_REMCSUM_NOPARTIAL", FLAG,
            READ_WRITE, NONE, Display.NONE);
    /** Deliver to a local VXLAN device directly, bypassing the underlay (on by default). */
    public static final Attribute<Boolean> LOCALBYPASS = SET.add(31, "IFLA_VXLAN_LOCALBYPASS", BOOL, READ_WRITE, NONE,
            Display.NONE);
    /**
     * Where the outer IPv6 flow label comes from: {@code VxlanData.VXLAN_LABEL_FIXED} ({@link #LABEL})
     * or {@code _INHERIT}.
     */
    public static final Attribute<Integer> LABEL_POLICY = SET.add(32, "IFLA_VXLAN_LABEL_POLICY",
            range(U32, VxlanData.VXLAN_LABEL_FIXED, VxlanData.VXLAN_LABEL_INHERIT), READ_WRITE, NONE, Display.NONE);
    /**
     * The bits of the 8-byte VXLAN header accepted on receive, a {@code struct vxlanhdr} mask read
     * big-endian.
     */
    public static final Attribute<Long> RESERVED_BITS = SET.add(33, "IFLA_VXLAN_RESERVED_BITS", HEADER_MASK,
            READ_WRITE, NONE, Display.NONE);
    /** Route the encapsulated multicast traffic through the underlay's multicast routes. */
    public static final Attribute<Boolean> MC_ROUTE = SET.add(34, "IFLA_VXLAN_MC_ROUTE", BOOL, READ_WRITE, NONE,
            Display.NONE);

    private VxlanAttributes() {
    }
}
