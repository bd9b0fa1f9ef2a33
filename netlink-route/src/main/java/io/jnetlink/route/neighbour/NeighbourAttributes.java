package io.jnetlink.route.neighbour;

import static io.jnetlink.core.attr.Access.READ_ONLY;
import static io.jnetlink.core.attr.Access.READ_WRITE;
import static io.jnetlink.core.attr.Access.WRITE_ONLY;
import static io.jnetlink.core.attr.Display.as;
import static io.jnetlink.core.attr.Format.CUSTOM;
import static io.jnetlink.core.attr.Format.NUMBER;
import static io.jnetlink.core.attr.Unit.CENTISECONDS;
import static io.jnetlink.core.attr.Unit.NONE;
import static io.jnetlink.core.attr.ValueType.MAC;
import static io.jnetlink.core.attr.ValueType.NESTED_RAW;
import static io.jnetlink.core.attr.ValueType.U16;
import static io.jnetlink.core.attr.ValueType.U16_BE;
import static io.jnetlink.core.attr.ValueType.U32;
import static io.jnetlink.core.attr.ValueType.U32_LONG;
import static io.jnetlink.core.attr.ValueType.U8;

import io.jnetlink.core.MacAddress;
import io.jnetlink.core.attr.Attribute;
import io.jnetlink.core.attr.AttributeSet;
import io.jnetlink.core.attr.Display;
import io.jnetlink.core.attr.Format;
import io.jnetlink.core.attr.RawAttributes;
import io.jnetlink.core.attr.ValueType;
import java.net.InetAddress;

/**
 * {@code NDA_*} (linux/neighbour.h): the attributes of a neighbour entry and of a bridge FDB entry
 * ({@code RTM_NEWNEIGH}, {@code RTM_DELNEIGH}). One row per attribute, in the order
 * {@code bridge fdb} (iproute2 6.1) prints them, then those only {@code ip neigh} prints, then
 * those neither prints; complete against the kernel's {@code rt-neigh.yaml}
 * ({@code neighbour-attrs}). Read with {@link Neighbour#get(Attribute)}, set with
 * {@link NeighbourRequest#with(Attribute, Object)}.
 *
 * <p>Each tool starts its line with the entry's key, bare: {@code ip neigh} the destination,
 * {@code bridge fdb} the MAC ({@code mac} in its JSON). The rows give the forms of those
 * attributes as fields elsewhere: bridge's {@code dst IP}, ip's {@code lladdr MAC}.
 */
public final class NeighbourAttributes {
    /** The {@code NDA_*} set. */
    public static final AttributeSet SET = new AttributeSet("NDA");

    /** The link-layer address: an IP entry's, or the MAC an FDB entry is for (its key). */
    public static final Attribute<MacAddress> LLADDR = SET.add(2, "NDA_LLADDR", MAC, READ_WRITE, NONE,
            as("lladdr", Format.STRING));
    /** The destination: an IP entry's address (its key), or a VXLAN FDB entry's remote VTEP. */
    public static final Attribute<InetAddress> DST = SET.add(1, "NDA_DST", ValueType.ADDRESS, READ_WRITE, NONE,
            as("dst", Format.ADDRESS));
    /** FDB: VLAN id. */
    public static final Attribute<Integer> VLAN = SET.add(5, "NDA_VLAN", U16, READ_WRITE, NONE, as("vlan", NUMBER));
    /** FDB: the VXLAN remote's UDP destination port. */
    public static final Attribute<Integer> PORT = SET.add(6, "NDA_PORT", U16_BE, READ_WRITE, NONE, as("port", NUMBER));
    /** FDB: the VXLAN network identifier to send with. */
    public static final Attribute<Long> VNI = SET.add(7, "NDA_VNI", U32_LONG, READ_WRITE, NONE, as("vni", NUMBER));
    /** FDB: the source VNI of a collect-metadata VXLAN device. */
    public static final Attribute<Long> SRC_VNI = SET.add(11, "NDA_SRC_VNI", U32_LONG, READ_WRITE, NONE,
            as("src_vni", NUMBER));
    /**
     * FDB: the device to reach a VXLAN remote through ({@code via DEV}, {@code viaIf} in JSON; with
     * {@link #LINK_NETNSID} bridge writes the number, {@code via ifindex N} / {@code viaIfIndex}).
     */
    public static final Attribute<Integer> IFINDEX = SET.add(8, "NDA_IFINDEX", U32, READ_WRITE, NONE,
            new Display("via", "viaIf", CUSTOM));
    /** FDB: the nexthop group a VXLAN entry forwards to. */
    public static final Attribute<Long> NH_ID = SET.add(13, "NDA_NH_ID", U32_LONG, READ_WRITE, NONE,
            as("nhid", NUMBER));
    /** The namespace id of {@link #IFINDEX}'s namespace. */
    public static final Attribute<Integer> LINK_NETNSID = SET.add(10, "NDA_LINK_NETNSID", U32, READ_ONLY, NONE,
            new Display("link-netnsid", "linkNetNsId", NUMBER));
    /**
     * Ages in centiseconds and a reference count ({@code struct nda_cacheinfo}): ip {@code -s}
     * writes {@code [ref R] used U/C/P}, bridge {@code -s} {@code used U/P} (seconds).
     */
    public static final Attribute<Neighbour.CacheInfo> CACHEINFO = SET.add(3, "NDA_CACHEINFO", Neighbour.CacheInfo.TYPE,
            READ_ONLY, CENTISECONDS, as("used", CUSTOM));
    /** FDB: the bridge a port's entry belongs to (bridge writes its name). */
    public static final Attribute<Integer> MASTER = SET.add(9, "NDA_MASTER", U32, READ_ONLY, NONE, as("master", CUSTOM));
    /** IP: probes sent since the entry was last confirmed ({@code ip -s neigh}). */
    public static final Attribute<Long> PROBES = SET.add(4, "NDA_PROBES", U32_LONG, READ_ONLY, NONE,
            as("probes", NUMBER));
    /** Originator of the entry ({@code RTPROT_*}; ip writes its name, {@code proto static}). */
    public static final Attribute<Integer> PROTOCOL = SET.add(12, "NDA_PROTOCOL", U8, READ_WRITE, NONE,
            new Display("proto", "protocol", CUSTOM));
    /** Extended flags ({@code NTF_EXT_*}), which ip writes among the entry's flag words ({@code managed}). */
    public static final Attribute<Integer> FLAGS_EXT = SET.add(15, "NDA_FLAGS_EXT", U32, READ_WRITE, NONE,
            new Display(null, null, CUSTOM));
    /** FDB: bridge extensions ({@code NFEA_*}: activity notification), kept as received. */
    public static final Attribute<RawAttributes> FDB_EXT_ATTRS = SET.add(14, "NDA_FDB_EXT_ATTRS", NESTED_RAW, READ_WRITE,
            NONE, Display.NONE);
    /** Bulk deletion ({@code NLM_F_BULK}): the {@code ndm_state} bits the entries must match within. */
    public static final Attribute<Integer> NDM_STATE_MASK = SET.add(16, "NDA_NDM_STATE_MASK", U16, WRITE_ONLY, NONE,
            Display.NONE);
    /** Bulk deletion ({@code NLM_F_BULK}): the {@code ndm_flags} bits the entries must match within. */
    public static final Attribute<Integer> NDM_FLAGS_MASK = SET.add(17, "NDA_NDM_FLAGS_MASK", U8, WRITE_ONLY, NONE,
            Display.NONE);

    private NeighbourAttributes() {
    }
}
