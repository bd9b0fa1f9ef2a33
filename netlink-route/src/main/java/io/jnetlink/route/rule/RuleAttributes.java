package io.jnetlink.route.rule;

import static io.jnetlink.core.attr.Access.READ_WRITE;
import static io.jnetlink.core.attr.Display.as;
import static io.jnetlink.core.attr.Format.CUSTOM;
import static io.jnetlink.core.attr.Format.HEX_PREFIXED;
import static io.jnetlink.core.attr.Format.NUMBER;
import static io.jnetlink.core.attr.Format.STRING;
import static io.jnetlink.core.attr.Unit.NONE;
import static io.jnetlink.core.attr.ValueType.ADDRESS;
import static io.jnetlink.core.attr.ValueType.BOOL;
import static io.jnetlink.core.attr.ValueType.U32;
import static io.jnetlink.core.attr.ValueType.U32_LONG;
import static io.jnetlink.core.attr.ValueType.U8;

import io.jnetlink.core.attr.Attribute;
import io.jnetlink.core.attr.AttributeSet;
import io.jnetlink.core.attr.Display;
import io.jnetlink.core.attr.ValueType;
import java.net.InetAddress;

/**
 * {@code FRA_*} (linux/fib_rules.h): the attributes of a policy routing rule after its
 * {@code struct fib_rule_hdr} ({@code RTM_NEWRULE}, {@code RTM_DELRULE}). One row per attribute, in
 * the order {@code ip rule} prints them; complete against the header but for the three numbers it
 * marks unused and never sent ({@code FRA_UNUSED3} to {@code FRA_UNUSED5}) and {@code FRA_PAD},
 * which carries nothing. Read with {@link Rule#get(Attribute)}, set with
 * {@link RuleRequest#with(Attribute, Object)}; every row may be sent.
 */
public final class RuleAttributes {
    /** The {@code FRA_*} set. */
    public static final AttributeSet SET = new AttributeSet("FRA");

    /** {@code __be64} in network order, as {@code FRA_TUN_ID} travels; a {@link Long} of its bits. */
    private static final ValueType<Long> U64_BE = ValueType.of(Long.class, a -> {
        a.u64(); // checks the length
        return a.buffer().getLong(a.valueOffset());
    }, (w, type, value) -> {
        byte[] bytes = new byte[Long.BYTES];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (value >>> (Long.SIZE - Byte.SIZE * (i + 1)));
        }
        w.attrBytes(type, bytes);
    });

    /** Priority (preference) of the rule, lower first ({@code pref N}); the kernel leaves it out for 0. */
    public static final Attribute<Long> PRIORITY = SET.add(6, "FRA_PRIORITY", U32_LONG, READ_WRITE, NONE, as("priority", NUMBER));
    /** Source prefix ({@code from S/LEN}; the header's {@code src_len} bits of it). */
    public static final Attribute<InetAddress> SRC = SET.add(2, "FRA_SRC", ADDRESS, READ_WRITE, NONE, new Display("from", "src", CUSTOM));
    /** Destination prefix ({@code to D/LEN}; the header's {@code dst_len} bits of it). */
    public static final Attribute<InetAddress> DST = SET.add(1, "FRA_DST", ADDRESS, READ_WRITE, NONE, new Display("to", "dst", CUSTOM));
    /** Firewall mark to match ({@code fwmark M}). */
    public static final Attribute<Long> FWMARK = SET.add(10, "FRA_FWMARK", U32_LONG, READ_WRITE, NONE, as("fwmark", HEX_PREFIXED));
    /** Mask applied to the mark before matching ({@code fwmark M/MASK}); ip omits 0xffffffff. */
    public static final Attribute<Long> FWMASK = SET.add(16, "FRA_FWMASK", U32_LONG, READ_WRITE, NONE, new Display("/", "fwmask", HEX_PREFIXED));
    /** Input interface name ({@code iif NAME}), which need not exist yet. */
    public static final Attribute<String> IIFNAME = SET.add(3, "FRA_IIFNAME", ValueType.STRING, READ_WRITE, NONE, as("iif", STRING));
    /** Output interface name ({@code oif NAME}), for locally generated traffic bound to a device. */
    public static final Attribute<String> OIFNAME = SET.add(17, "FRA_OIFNAME", ValueType.STRING, READ_WRITE, NONE, as("oif", STRING));
    /** Look up the table of the L3 master device the packet came in or goes out on ({@code l3mdev}). */
    public static final Attribute<Boolean> L3MDEV = SET.add(19, "FRA_L3MDEV", BOOL, READ_WRITE, NONE, new Display("lookup [l3mdev-table]", "l3mdev", CUSTOM));
    /** User ids of the sending socket ({@code uidrange A-B}): {@link UidRange}. */
    public static final Attribute<UidRange> UID_RANGE = SET.add(20, "FRA_UID_RANGE", UidRange.TYPE, READ_WRITE, NONE, new Display("uidrange", "uid_start", CUSTOM));
    /** IP protocol number to match ({@code ipproto tcp}). */
    public static final Attribute<Integer> IP_PROTO = SET.add(22, "FRA_IP_PROTO", U8, READ_WRITE, NONE, as("ipproto", CUSTOM));
    /** Source ports to match ({@code sport N} or {@code sport A-B}): {@link RulePortRange}. */
    public static final Attribute<RulePortRange> SPORT_RANGE = SET.add(23, "FRA_SPORT_RANGE", RulePortRange.TYPE, READ_WRITE, NONE, as("sport", CUSTOM));
    /** Destination ports to match ({@code dport N} or {@code dport A-B}): {@link RulePortRange}. */
    public static final Attribute<RulePortRange> DPORT_RANGE = SET.add(24, "FRA_DPORT_RANGE", RulePortRange.TYPE, READ_WRITE, NONE, as("dport", CUSTOM));
    /** Tunnel id of the packet's metadata ({@code tun_id N}), a {@code __be64} sent in network order. */
    public static final Attribute<Long> TUN_ID = SET.add(12, "FRA_TUN_ID", U64_BE, READ_WRITE, NONE, as("tun_id", NUMBER));
    /** Table id, for ids above 255 that the header's {@code table} cannot hold; {@link Rule#table()} reads either. */
    public static final Attribute<Long> TABLE = SET.add(15, "FRA_TABLE", U32_LONG, READ_WRITE, NONE, new Display("lookup", "table", CUSTOM));
    /** Reject a table's answer whose prefix is this long or shorter ({@code suppress_prefixlength N}; -1: none). */
    public static final Attribute<Integer> SUPPRESS_PREFIXLEN = SET.add(14, "FRA_SUPPRESS_PREFIXLEN", U32, READ_WRITE, NONE, new Display("suppress_prefixlength", "suppress_prefixlen", NUMBER));
    /** Reject a table's answer through a device of this group ({@code suppress_ifgroup G}; -1: none). */
    public static final Attribute<Integer> SUPPRESS_IFGROUP = SET.add(13, "FRA_SUPPRESS_IFGROUP", U32, READ_WRITE, NONE, as("suppress_ifgroup", CUSTOM));
    /** Routing realms: destination realm in the low 16 bits, source realm in the high 16 ({@code realms S/D}). */
    public static final Attribute<Integer> FLOW = SET.add(11, "FRA_FLOW", U32, READ_WRITE, NONE, new Display("realms", "flow_to", CUSTOM));
    /** The priority a {@code goto} rule jumps to ({@code goto N}); the action is {@link RuleCodec#FR_ACT_GOTO}. */
    public static final Attribute<Long> GOTO = SET.add(4, "FRA_GOTO", U32_LONG, READ_WRITE, NONE, as("goto", NUMBER));
    /**
     * The address a NAT rule ({@code nat ADDRESS}, action {@code RTN_NAT}) maps to, sent where
     * {@code RTA_GATEWAY} was; the header names the number unused, and kernels since 2.6.x keep no
     * value (ip then prints {@code masquerade}).
     */
    public static final Attribute<InetAddress> UNUSED2 = SET.add(5, "FRA_UNUSED2", ADDRESS, READ_WRITE, NONE, new Display("map-to", "nat_gateway", CUSTOM));
    /** Who installed the rule, an {@code RTPROT_*} ({@code protocol P}). */
    public static final Attribute<Integer> PROTOCOL = SET.add(21, "FRA_PROTOCOL", U8, READ_WRITE, NONE, new Display("proto", "protocol", CUSTOM));

    /** {@code FRA_PAD}: aligns 64-bit values, carries nothing. */
    public static final int PAD = 18;

    static {
        SET.ignore(PAD);
    }

    private RuleAttributes() {
    }
}
