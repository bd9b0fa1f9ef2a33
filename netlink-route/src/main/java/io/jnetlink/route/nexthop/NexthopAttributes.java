package io.jnetlink.route.nexthop;

import static io.jnetlink.core.attr.Access.READ_WRITE;
import static io.jnetlink.core.attr.Access.WRITE_ONLY;
import static io.jnetlink.core.attr.Display.as;
import static io.jnetlink.core.attr.Format.CUSTOM;
import static io.jnetlink.core.attr.Format.NUMBER;
import static io.jnetlink.core.attr.Unit.NONE;
import static io.jnetlink.core.attr.ValueType.ADDRESS;
import static io.jnetlink.core.attr.ValueType.FLAG;
import static io.jnetlink.core.attr.ValueType.NESTED_RAW;
import static io.jnetlink.core.attr.ValueType.U16;
import static io.jnetlink.core.attr.ValueType.U32;
import static io.jnetlink.core.attr.ValueType.U32_LONG;

import io.jnetlink.core.attr.Attribute;
import io.jnetlink.core.attr.AttributeSet;
import io.jnetlink.core.attr.AttributeValues;
import io.jnetlink.core.attr.Display;
import io.jnetlink.core.attr.RawAttributes;
import io.jnetlink.core.attr.ValueType;
import io.jnetlink.core.message.NlAttr;
import java.net.InetAddress;
import java.util.List;

/**
 * {@code NHA_*} (linux/nexthop.h): the attributes of a nexthop object after its {@code nhmsg}
 * header. One row per attribute, in the order {@code ip nexthop} prints them; the rows only dump
 * requests carry come last. Complete against the header ({@code NHA_UNSPEC}, 0, is unused). Read
 * with {@link Nexthop#get(Attribute)}, set with {@link NexthopRequest#with(Attribute, Object)}.
 *
 * <p>A nexthop is one of: a gateway and/or device ({@link #GATEWAY}, {@link #OIF}, optionally
 * {@link #ENCAP}), a {@link #BLACKHOLE}, or a {@link #GROUP} of other nexthops; {@link #FDB} marks
 * one used by bridge FDB entries (a gateway without device, or a group of those).
 */
public final class NexthopAttributes {
    /** The {@code NHA_*} set. */
    public static final AttributeSet SET = new AttributeSet("NHA");

    /** The nexthop's id, 1 to 2^32-1 ({@code id N}); a request without it lets the kernel pick one. */
    public static final Attribute<Long> ID = SET.add(1, "NHA_ID", U32_LONG, READ_WRITE, NONE, as("id", NUMBER));
    /** The members of a group ({@code group 1/2,3}): {@code struct nexthop_grp} each. */
    public static final Attribute<List<NexthopGroupMember>> GROUP = SET.add(2, "NHA_GROUP", NexthopGroupMember.LIST,
            READ_WRITE, NONE, as("group", CUSTOM));
    /** A group's type: {@link NexthopCodec#NEXTHOP_GRP_TYPE_MPATH} (the default) or {@code _RES} ({@code type resilient}). */
    public static final Attribute<Integer> GROUP_TYPE = SET.add(3, "NHA_GROUP_TYPE", U16, READ_WRITE, NONE,
            as("type", CUSTOM));
    /** A resilient group's options, the {@link ResilientGroupAttributes} (sent with {@code NLA_F_NESTED}). */
    public static final Attribute<AttributeValues> RES_GROUP = SET.add(12, "NHA_RES_GROUP",
            flaggedNest(ResilientGroupAttributes.SET), READ_WRITE, NONE, new Display("", "resilient_args", CUSTOM));
    /** Lightweight tunnel type ({@code LWTUNNEL_ENCAP_*}) of {@link #ENCAP}. */
    public static final Attribute<Integer> ENCAP_TYPE = SET.add(7, "NHA_ENCAP_TYPE", U16, READ_WRITE, NONE,
            as("encap", CUSTOM));
    /** Lightweight tunnel options, a nest whose set depends on {@link #ENCAP_TYPE} (kept raw). */
    public static final Attribute<RawAttributes> ENCAP = SET.add(8, "NHA_ENCAP", NESTED_RAW, READ_WRITE, NONE,
            Display.NONE);
    /** The gateway, IPv4 or IPv6 ({@code via G}); its family is the nexthop's. */
    public static final Attribute<InetAddress> GATEWAY = SET.add(6, "NHA_GATEWAY", ADDRESS, READ_WRITE, NONE,
            new Display("via", "gateway", CUSTOM));
    /** The output device ({@code dev D}): the nexthop's {@link Nexthop#ifindex()}; in a dump request, a filter. */
    public static final Attribute<Integer> OIF = SET.add(5, "NHA_OIF", U32, READ_WRITE, NONE, as("dev", CUSTOM));
    /** A nexthop that drops packets ({@code blackhole}). */
    public static final Attribute<Boolean> BLACKHOLE = SET.add(4, "NHA_BLACKHOLE", FLAG, READ_WRITE, NONE,
            as("blackhole", CUSTOM));
    /** A nexthop for bridge FDB entries ({@code fdb}, as the VXLAN driver uses them). */
    public static final Attribute<Boolean> FDB = SET.add(11, "NHA_FDB", FLAG, READ_WRITE, NONE, as("fdb", CUSTOM));
    /** Dump request: only groups. */
    public static final Attribute<Boolean> GROUPS = SET.add(9, "NHA_GROUPS", FLAG, WRITE_ONLY, NONE, Display.NONE);
    /** Dump request: only nexthops whose device has this master. */
    public static final Attribute<Integer> MASTER = SET.add(10, "NHA_MASTER", U32, WRITE_ONLY, NONE, Display.NONE);
    /** One bucket of a resilient group, the {@link NexthopBucketAttributes} ({@code ip nexthop bucket}). */
    public static final Attribute<AttributeValues> RES_BUCKET = SET.add(13, "NHA_RES_BUCKET",
            flaggedNest(NexthopBucketAttributes.SET), READ_WRITE, NONE, new Display("", "bucket", CUSTOM));

    private NexthopAttributes() {
    }

    /** A nest of {@code set}'s attributes sent with {@code NLA_F_NESTED}, as ip sends it, members in the order set. */
    private static ValueType<AttributeValues> flaggedNest(AttributeSet set) {
        return ValueType.of(AttributeValues.class, a -> set.decode(a.nested()), (w, t, v) -> {
            int token = w.beginNested(t | NlAttr.NLA_F_NESTED);
            v.encode(w);
            w.endNested(token);
        });
    }
}
