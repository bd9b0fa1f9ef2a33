package io.jnetlink.route.rule;

import io.jnetlink.core.NetlinkParseException;
import io.jnetlink.core.attr.AttributeValues;
import io.jnetlink.core.message.HostOrder;
import io.jnetlink.core.message.MessageCursor;
import io.jnetlink.core.message.MessageType;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.route.routing.RouteCodec;
import io.netty.buffer.ByteBuf;

/**
 * Decodes {@code RTM_NEWRULE} messages into {@link Rule} records and writes rule requests and
 * dumps; the {@code fib_rule_hdr} constants of {@code <linux/fib_rules.h>}. The attributes are
 * {@link RuleAttributes}' rows.
 */
public final class RuleCodec {
    /** {@code FR_ACT_UNSPEC}: what a delete sends to match any action. */
    public static final int FR_ACT_UNSPEC = 0;
    /** {@code FR_ACT_TO_TBL}: look the packet up in the rule's table ({@code lookup T}). */
    public static final int FR_ACT_TO_TBL = 1;
    /** {@code FR_ACT_GOTO}: go on at the rule of priority {@link RuleAttributes#GOTO} ({@code goto N}). */
    public static final int FR_ACT_GOTO = 2;
    /** {@code FR_ACT_NOP}: do nothing, go on with the next rule ({@code nop}). */
    public static final int FR_ACT_NOP = 3;
    /** {@code FR_ACT_BLACKHOLE}: drop silently ({@code blackhole}). */
    public static final int FR_ACT_BLACKHOLE = 6;
    /** {@code FR_ACT_UNREACHABLE}: drop, answering network unreachable ({@code unreachable}). */
    public static final int FR_ACT_UNREACHABLE = 7;
    /** {@code FR_ACT_PROHIBIT}: drop, answering administratively prohibited ({@code prohibit}). */
    public static final int FR_ACT_PROHIBIT = 8;
    /** {@code RTN_NAT} as an action: the deprecated NAT rule ({@code nat ADDRESS}). */
    public static final int RTN_NAT = 10;

    /** {@code FIB_RULE_PERMANENT}: the rule cannot be deleted. */
    public static final int FIB_RULE_PERMANENT = 0x1;
    /** {@code FIB_RULE_INVERT}: the selector is negated ({@code not}). */
    public static final int FIB_RULE_INVERT = 0x2;
    /** {@code FIB_RULE_UNRESOLVED}: a {@code goto} whose target priority has no rule. */
    public static final int FIB_RULE_UNRESOLVED = 0x4;
    /** {@code FIB_RULE_IIF_DETACHED}: the input interface named does not exist (now). */
    public static final int FIB_RULE_IIF_DETACHED = 0x8;
    /** {@code FIB_RULE_OIF_DETACHED}: the output interface named does not exist (now). */
    public static final int FIB_RULE_OIF_DETACHED = 0x10;
    /** {@code FIB_RULE_FIND_SADDR}: find a source address in routing lookups. */
    public static final int FIB_RULE_FIND_SADDR = 0x10000;

    /** The largest table id a {@code fib_rule_hdr}'s {@code table} byte holds; larger go in {@link RuleAttributes#TABLE}. */
    static final int HEADER_TABLE_MAX = 0xff;

    private RuleCodec() {
    }

    /**
     * Decodes the rule message at {@code message}.
     *
     * @param message positioned on a message of that type; not null
     * @return the decoded record, independent of the buffer
     * @throws NetlinkParseException when the message is malformed
     */
    public static Rule decode(MessageCursor message) {
        ByteBuf buf = message.buffer();
        int header = message.familyHeader(FibRuleHdr.SIZE);
        AttributeValues values = RuleAttributes.SET.decode(message.attributes(FibRuleHdr.SIZE));
        Long table = values.get(RuleAttributes.TABLE);
        return new Rule(buf.getUnsignedByte(header + FibRuleHdr.FAMILY), buf.getUnsignedByte(header + FibRuleHdr.DST_LEN),
                buf.getUnsignedByte(header + FibRuleHdr.SRC_LEN), buf.getUnsignedByte(header + FibRuleHdr.TOS),
                table != null ? table : buf.getUnsignedByte(header + FibRuleHdr.TABLE),
                buf.getUnsignedByte(header + FibRuleHdr.ACTION), HostOrder.s32(buf, header + FibRuleHdr.FLAGS), values);
    }

    /**
     * Writes an {@code RTM_GETRULE} dump request for the rules of {@code family}, as
     * {@code ip rule} sends it (the kernel filters by nothing else).
     *
     * @param writer the writer to append the message to; not null
     * @param family {@code AF_INET}, {@code AF_INET6}, or {@code AF_UNSPEC} for every family
     */
    public static void writeDump(MessageWriter writer, int family) {
        writer.begin(MessageType.RTM_GETRULE, 0).u8(family).zeros(FibRuleHdr.SIZE - 1);
    }

    /**
     * Writes {@code request} as an {@code RTM_NEWRULE} or {@code RTM_DELRULE} message as
     * {@code ip rule add/del} does: the attributes in the order they were set (ip appends each
     * word's attribute as it reads it); an action left unset is {@link #FR_ACT_TO_TBL} for an add
     * and {@link #FR_ACT_UNSPEC} for a delete, and an add that names neither table, {@code l3mdev}
     * nor an action other than {@link #RTN_NAT} looks up the main table.
     *
     * @param writer  the writer to append the message to; not null
     * @param type    {@code RTM_NEWRULE} or {@code RTM_DELRULE}
     * @param flags   {@code NLM_F_*} beyond {@code NLM_F_REQUEST}
     * @param request what to write; not null
     */
    public static void write(MessageWriter writer, int type, int flags, RuleRequest request) {
        boolean add = type == MessageType.RTM_NEWRULE;
        int action = request.action() >= 0 ? request.action() : add ? FR_ACT_TO_TBL : FR_ACT_UNSPEC;
        int table = request.headerTable();
        if (table < 0) {
            // ip's NAT word sets the action but, unlike goto, nop and the types, leaves the table to main.
            boolean chosen = request.action() >= 0 && request.action() != RTN_NAT
                    || request.values().has(RuleAttributes.L3MDEV);
            table = add && !chosen ? (int) RouteCodec.RT_TABLE_MAIN : 0;
        }
        writer.begin(type, flags)
                .u8(request.family())
                .u8(request.dstLength())
                .u8(request.srcLength())
                .u8(request.tos())
                .u8(table)
                .zeros(2)
                .u8(action)
                .u32(request.flags());
        request.values().encode(writer);
    }
}
