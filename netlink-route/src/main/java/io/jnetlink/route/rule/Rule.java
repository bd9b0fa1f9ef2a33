package io.jnetlink.route.rule;

import io.jnetlink.core.attr.Attribute;
import io.jnetlink.core.attr.AttributeHolder;
import io.jnetlink.core.attr.AttributeValues;
import java.util.Objects;

/**
 * One policy routing rule as the kernel reports it ({@code RTM_NEWRULE}, {@code ip rule}): the
 * {@code fib_rule_hdr} fields and the {@link RuleAttributes}, read with {@link #get(Attribute)}
 * ({@code rule.get(RuleAttributes.FWMARK)}; null when the kernel did not send it). Decoded once,
 * immutable, equal by value; attributes this library does not name are kept raw in
 * {@code values().unknown()}.
 *
 * @param family    {@code AF_INET} or {@code AF_INET6} ({@code RTNL_FAMILY_IPMR}, 128, and
 *                  {@code RTNL_FAMILY_IP6MR}, 129, for multicast routing rules in a dump of every family)
 * @param dstLength {@code dst_len}: bits of {@link RuleAttributes#DST} that count, 0 for any destination
 * @param srcLength {@code src_len}: bits of {@link RuleAttributes#SRC} that count, 0 for any source
 * @param tos       {@code tos}: the type-of-service byte to match, 0 for any
 * @param table     the table id: {@link RuleAttributes#TABLE} when present, else the header's {@code table}
 * @param action    {@code action}: {@code FR_ACT_*} ({@link RuleCodec#FR_ACT_TO_TBL}, ...), or {@code RTN_NAT}
 * @param flags     {@code flags}: {@code FIB_RULE_*} bits ({@link RuleCodec#FIB_RULE_INVERT}, ...)
 * @param values    the attributes, of {@link RuleAttributes#SET}
 */
public record Rule(int family, int dstLength, int srcLength, int tos, long table, int action, int flags,
                   AttributeValues values) implements AttributeHolder {
    /**
     * Checks that the values are rule attributes.
     *
     * @param family    the rule's family
     * @param dstLength {@code dst_len}
     * @param srcLength {@code src_len}
     * @param tos       {@code tos}
     * @param table     the table id
     * @param action    {@code action}
     * @param flags     {@code flags}
     * @param values    the attributes, of {@link RuleAttributes#SET}; not null
     */
    public Rule {
        if (Objects.requireNonNull(values, "values").set() != RuleAttributes.SET) {
            throw new IllegalArgumentException("a rule holds FRA attributes, not " + values.set());
        }
    }

    /** {@return the priority, {@link RuleAttributes#PRIORITY}; 0 when the kernel left it out} */
    public long priority() {
        Long priority = values.get(RuleAttributes.PRIORITY);
        return priority == null ? 0 : priority;
    }

    /** {@return true when the selector is negated ({@code not}, {@link RuleCodec#FIB_RULE_INVERT})} */
    public boolean isInverted() {
        return (flags & RuleCodec.FIB_RULE_INVERT) != 0;
    }
}
