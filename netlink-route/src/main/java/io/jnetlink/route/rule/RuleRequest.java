package io.jnetlink.route.rule;

import io.jnetlink.core.attr.Attribute;
import io.jnetlink.core.attr.AttributeValues;
import io.jnetlink.route.AddressFamily;
import io.jnetlink.route.internal.Arguments;
import io.jnetlink.route.link.InterfaceNames;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.Objects;

/**
 * A policy routing rule to add or delete: what {@code ip rule add SELECTOR ACTION} says. Held as
 * the {@code fib_rule_hdr} fields and the {@link RuleAttributes} to send, in the order they were
 * set (as ip sends each word's attribute as it reads it, so a request built in a command line's
 * order matches ip's byte for byte). Immutable; each {@code with} method returns a checked copy,
 * so bad arguments fail with {@link IllegalArgumentException} before any request is sent. The
 * action left unset is a table lookup for an add (main when no table is given either) and any
 * action for a delete.
 *
 * <pre>{@code
 * RuleRequest.of(AddressFamily.AF_INET).withFrom(InetAddress.getByName("10.0.0.0"), 8).withTable(100)
 * RuleRequest.of(AddressFamily.AF_INET6).withFwmark(0x10, 0xff).withPriority(100).withAction(RuleCodec.FR_ACT_PROHIBIT)
 * RuleRequest.of(AddressFamily.AF_INET).withPriority(100)   // as a delete: the rule of priority 100
 * }</pre>
 */
public final class RuleRequest {
    /** A header field left to ip's default. */
    private static final int UNSET = -1;
    private static final int FAMILY = 0;
    private static final int DST_LEN = 1;
    private static final int SRC_LEN = 2;
    private static final int TOS = 3;
    private static final int TABLE = 4;
    private static final int ACTION = 5;
    private static final int FLAGS = 6;

    /** family, dst_len, src_len, tos, table (-1 unset), action (-1 unset), flags. */
    private final int[] header;
    private final AttributeValues values;

    private RuleRequest(int[] header, AttributeValues values) {
        this.header = header;
        this.values = values;
    }

    /**
     * A rule of {@code family} with nothing set: as an add, every packet looked up in the main
     * table ({@code ip rule add from all}); as a delete, the first rule of the family.
     *
     * @param family {@code AddressFamily.AF_INET} or {@code AF_INET6}
     * @return the request
     * @throws IllegalArgumentException for another family
     */
    public static RuleRequest of(int family) {
        if (!AddressFamily.isIp(family)) {
            throw new IllegalArgumentException("rule family must be AF_INET or AF_INET6: " + family);
        }
        return new RuleRequest(new int[] {family, 0, 0, 0, UNSET, UNSET, 0}, RuleAttributes.SET.empty());
    }

    /**
     * The request that recreates or deletes {@code rule} as the kernel reported it: its header
     * fields and every attribute, as {@code ip rule flush} sends a listed rule back.
     *
     * @param rule a rule as {@code Rules.list} returned it; not null
     * @return a request naming that rule
     */
    public static RuleRequest from(Rule rule) {
        int headerTable = rule.table() > RuleCodec.HEADER_TABLE_MAX ? 0 : (int) rule.table();
        return new RuleRequest(new int[] {rule.family(), rule.dstLength(), rule.srcLength(), rule.tos(), headerTable,
            rule.action(), rule.flags()}, rule.values());
    }

    private RuleRequest header(int field, int value) {
        int[] copy = header.clone();
        copy[field] = value;
        return new RuleRequest(copy, values);
    }

    /**
     * A copy with one attribute set: any {@link RuleAttributes} row; addresses must be of the
     * rule's family. Header fields that go with a row (a prefix's length, the action of
     * {@link RuleAttributes#GOTO}) are set by the {@code withX} methods, not here.
     *
     * @param <T>       the value's type
     * @param attribute a {@link RuleAttributes} row
     * @param value     the value; null removes it
     * @return a copy of this request with that change; this one is unchanged
     * @throws IllegalArgumentException for an address of the other family, or a value the row's type refuses
     */
    public <T> RuleRequest with(Attribute<T> attribute, T value) {
        if (value instanceof InetAddress address) {
            Arguments.sameFamily(family(), address, attribute.name());
        }
        return new RuleRequest(header, values.with(attribute, value));
    }

    /**
     * Packets from {@code source/prefixLength} ({@code from S/LEN}).
     *
     * @param source       the prefix's address, of the rule's family; not null
     * @param prefixLength its length in bits, 0 to 32 or 0 to 128
     * @return a copy of this request with that change; this one is unchanged
     */
    public RuleRequest withFrom(InetAddress source, int prefixLength) {
        Arguments.prefixLength(Objects.requireNonNull(source, "source"), prefixLength);
        return with(RuleAttributes.SRC, source).header(SRC_LEN, prefixLength);
    }

    /**
     * Packets to {@code destination/prefixLength} ({@code to D/LEN}).
     *
     * @param destination  the prefix's address, of the rule's family; not null
     * @param prefixLength its length in bits, 0 to 32 or 0 to 128
     * @return a copy of this request with that change; this one is unchanged
     */
    public RuleRequest withTo(InetAddress destination, int prefixLength) {
        Arguments.prefixLength(Objects.requireNonNull(destination, "destination"), prefixLength);
        return with(RuleAttributes.DST, destination).header(DST_LEN, prefixLength);
    }

    /**
     * Packets coming in on the interface called {@code name} ({@code iif NAME}), which need not exist.
     *
     * @param name an interface name as {@link InterfaceNames#check} takes it; not null
     * @return a copy of this request with that change; this one is unchanged
     */
    public RuleRequest withInputInterface(String name) {
        return with(RuleAttributes.IIFNAME, InterfaceNames.check(name));
    }

    /**
     * Packets sent from sockets bound to the interface called {@code name} ({@code oif NAME}).
     *
     * @param name an interface name as {@link InterfaceNames#check} takes it; not null
     * @return a copy of this request with that change; this one is unchanged
     */
    public RuleRequest withOutputInterface(String name) {
        return with(RuleAttributes.OIFNAME, InterfaceNames.check(name));
    }

    /**
     * Packets carrying firewall mark {@code mark} ({@code fwmark M}).
     *
     * @param mark the mark, 0 to 2^32-1
     * @return a copy of this request with that change; this one is unchanged
     */
    public RuleRequest withFwmark(long mark) {
        return with(RuleAttributes.FWMARK, Arguments.u32(mark, "fwmark"));
    }

    /**
     * Packets whose firewall mark, masked with {@code mask}, is {@code mark} ({@code fwmark M/MASK}).
     *
     * @param mark the mark, 0 to 2^32-1
     * @param mask the mask, 0 to 2^32-1
     * @return a copy of this request with that change; this one is unchanged
     */
    public RuleRequest withFwmark(long mark, long mask) {
        return withFwmark(mark).with(RuleAttributes.FWMASK, Arguments.u32(mask, "fwmask"));
    }

    /**
     * Packets of type of service {@code tos} ({@code tos T}, {@code dsfield T}).
     *
     * @param tos the type-of-service byte, 0 to 255
     * @return a copy of this request with that change; this one is unchanged
     */
    public RuleRequest withTos(int tos) {
        return header(TOS, Arguments.u8(tos, "tos"));
    }

    /**
     * Packets of sockets owned by a user id in {@code range} ({@code uidrange A-B}).
     *
     * @param range the user ids; not null
     * @return a copy of this request with that change; this one is unchanged
     */
    public RuleRequest withUidRange(UidRange range) {
        return with(RuleAttributes.UID_RANGE, Objects.requireNonNull(range, "range"));
    }

    /**
     * Packets of IP protocol {@code protocol} ({@code ipproto tcp} is 6).
     *
     * @param protocol the protocol number, 0 to 255
     * @return a copy of this request with that change; this one is unchanged
     */
    public RuleRequest withIpProtocol(int protocol) {
        return with(RuleAttributes.IP_PROTO, Arguments.u8(protocol, "ipproto"));
    }

    /**
     * Packets from a source port in {@code ports} ({@code sport N}, {@code sport A-B}).
     *
     * @param ports the ports; not null
     * @return a copy of this request with that change; this one is unchanged
     */
    public RuleRequest withSourcePorts(RulePortRange ports) {
        return with(RuleAttributes.SPORT_RANGE, Objects.requireNonNull(ports, "ports"));
    }

    /**
     * Packets to a destination port in {@code ports} ({@code dport N}, {@code dport A-B}).
     *
     * @param ports the ports; not null
     * @return a copy of this request with that change; this one is unchanged
     */
    public RuleRequest withDestinationPorts(RulePortRange ports) {
        return with(RuleAttributes.DPORT_RANGE, Objects.requireNonNull(ports, "ports"));
    }

    /**
     * Packets with tunnel id {@code id} in their metadata ({@code tun_id N}).
     *
     * @param id the tunnel id (all 64 bits)
     * @return a copy of this request with that change; this one is unchanged
     */
    public RuleRequest withTunnelId(long id) {
        return with(RuleAttributes.TUN_ID, id);
    }

    /**
     * Look up the table of the packet's L3 master device ({@code l3mdev}); no table may be set.
     *
     * @return a copy of this request with that change; this one is unchanged
     */
    public RuleRequest withL3mdev() {
        return with(RuleAttributes.L3MDEV, Boolean.TRUE);
    }

    /**
     * Negates the selector: the rule applies to packets it does not match ({@code not}).
     *
     * @param inverted true to negate
     * @return a copy of this request with that change; this one is unchanged
     */
    public RuleRequest withInverted(boolean inverted) {
        int flags = inverted ? flags() | RuleCodec.FIB_RULE_INVERT : flags() & ~RuleCodec.FIB_RULE_INVERT;
        return header(FLAGS, flags);
    }

    /**
     * {@code fib_rule_hdr.flags}: {@code FIB_RULE_*} bits, {@link RuleCodec#FIB_RULE_INVERT} among them.
     *
     * @param flags the bits to send
     * @return a copy of this request with that change; this one is unchanged
     */
    public RuleRequest withFlags(int flags) {
        return header(FLAGS, flags);
    }

    /**
     * The rule's priority, lower first ({@code pref N}, {@code priority N}, {@code order N});
     * unset, the kernel picks one below the lowest existing rule's above 0.
     *
     * @param priority the priority, 0 to 2^32-1
     * @return a copy of this request with that change; this one is unchanged
     */
    public RuleRequest withPriority(long priority) {
        return with(RuleAttributes.PRIORITY, Arguments.u32(priority, "priority"));
    }

    /**
     * Look up table {@code table} ({@code table T}, {@code lookup T}); ids above 255 travel in
     * {@link RuleAttributes#TABLE}, as ip sends them.
     *
     * @param table the table id, 0 to 2^32-1 (254 is main, 255 local)
     * @return a copy of this request with that change; this one is unchanged
     */
    public RuleRequest withTable(long table) {
        Arguments.u32(table, "table id");
        boolean big = table > RuleCodec.HEADER_TABLE_MAX;
        return with(RuleAttributes.TABLE, big ? table : null).header(TABLE, big ? 0 : (int) table);
    }

    /**
     * Go on at the rule of priority {@code target} ({@code goto N}): action {@link RuleCodec#FR_ACT_GOTO}.
     *
     * @param target the priority to jump to, 0 to 2^32-1 (the kernel wants one after this rule's)
     * @return a copy of this request with that change; this one is unchanged
     */
    public RuleRequest withGoto(long target) {
        return with(RuleAttributes.GOTO, Arguments.u32(target, "goto target")).header(ACTION, RuleCodec.FR_ACT_GOTO);
    }

    /**
     * The action, {@code FR_ACT_*}: {@link RuleCodec#FR_ACT_NOP}, {@link RuleCodec#FR_ACT_BLACKHOLE},
     * {@link RuleCodec#FR_ACT_UNREACHABLE}, {@link RuleCodec#FR_ACT_PROHIBIT}, ... ({@code nop},
     * {@code blackhole}, ...); {@link #withGoto(long)} for a jump, {@link #withTable(long)} for a lookup.
     *
     * @param action the action, 0 to 255
     * @return a copy of this request with that change; this one is unchanged
     */
    public RuleRequest withAction(int action) {
        return header(ACTION, Arguments.u8(action, "action"));
    }

    /**
     * Reject the table's answer when its prefix is {@code length} bits or shorter
     * ({@code suppress_prefixlength N}).
     *
     * @param length the prefix length, 0 or more
     * @return a copy of this request with that change; this one is unchanged
     */
    public RuleRequest withSuppressPrefixLength(int length) {
        return with(RuleAttributes.SUPPRESS_PREFIXLEN, Arguments.inRange(length, 0, Integer.MAX_VALUE,
                "suppress_prefixlength"));
    }

    /**
     * Reject the table's answer when it leaves through a device of group {@code group}
     * ({@code suppress_ifgroup G}).
     *
     * @param group the link group
     * @return a copy of this request with that change; this one is unchanged
     */
    public RuleRequest withSuppressIfgroup(int group) {
        return with(RuleAttributes.SUPPRESS_IFGROUP, group);
    }

    /**
     * Routing realms ({@code realms S/D}) for the packets the rule selects.
     *
     * @param from the source realm, 0 to 65535 (0: none)
     * @param to   the destination realm, 0 to 65535
     * @return a copy of this request with that change; this one is unchanged
     */
    public RuleRequest withRealms(int from, int to) {
        return with(RuleAttributes.FLOW, Arguments.u16(from, "source realm") << Short.SIZE | Arguments.u16(to, "realm"));
    }

    /**
     * The deprecated NAT action mapping to {@code address} ({@code nat ADDRESS}, {@code map-to}):
     * action {@link RuleCodec#RTN_NAT} with the address in {@link RuleAttributes#UNUSED2}.
     *
     * @param address an IPv4 address; not null
     * @return a copy of this request with that change; this one is unchanged
     */
    public RuleRequest withNat(Inet4Address address) {
        return with(RuleAttributes.UNUSED2, (InetAddress) Objects.requireNonNull(address, "address"))
                .header(ACTION, RuleCodec.RTN_NAT);
    }

    /**
     * Who installs the rule, an {@code RTPROT_*} ({@code protocol P}).
     *
     * @param protocol the protocol number, 0 to 255
     * @return a copy of this request with that change; this one is unchanged
     */
    public RuleRequest withProtocol(int protocol) {
        return with(RuleAttributes.PROTOCOL, Arguments.u8(protocol, "protocol"));
    }

    /**
     * The value of one attribute this request sets.
     *
     * @param <T>       the value's type
     * @param attribute a {@link RuleAttributes} row
     * @return the value, or null when not set
     */
    public <T> T get(Attribute<T> attribute) {
        return values.get(attribute);
    }

    /** {@return the attributes this request sets, of {@link RuleAttributes#SET}, in the order set} */
    public AttributeValues values() {
        return values;
    }

    /** {@return {@code AF_INET} or {@code AF_INET6}} */
    public int family() {
        return header[FAMILY];
    }

    /** {@return the destination prefix length in bits, 0 when none} */
    public int dstLength() {
        return header[DST_LEN];
    }

    /** {@return the source prefix length in bits, 0 when none} */
    public int srcLength() {
        return header[SRC_LEN];
    }

    /** {@return the type-of-service byte, 0 when not set} */
    public int tos() {
        return header[TOS];
    }

    /** {@return the table id: {@link RuleAttributes#TABLE} when set, else the header's; -1 for the default} */
    public long table() {
        Long table = values.get(RuleAttributes.TABLE);
        return table != null ? table : header[TABLE];
    }

    /** The header's {@code table} byte, -1 when left to the default. */
    int headerTable() {
        return header[TABLE];
    }

    /** {@return the {@code FR_ACT_*} action, or -1 for the default} */
    public int action() {
        return header[ACTION];
    }

    /** {@return the {@code FIB_RULE_*} flags, 0 when none} */
    public int flags() {
        return header[FLAGS];
    }

    /** Equal when the header fields and the attributes are. */
    @Override
    public boolean equals(Object o) {
        return o instanceof RuleRequest r && Arrays.equals(r.header, header) && r.values.equals(values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(header) * 31 + values.hashCode();
    }

    /** {@return the family, header fields and attributes} */
    @Override
    public String toString() {
        return "RuleRequest" + Arrays.toString(header) + values;
    }
}
