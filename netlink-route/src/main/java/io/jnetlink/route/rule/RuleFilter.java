package io.jnetlink.route.rule;

import io.jnetlink.route.AddressFamily;
import io.jnetlink.route.internal.Arguments;

/**
 * Which rules {@code Rules.list(filter)} and {@code flush} select:
 * {@code RuleFilter.all().withFamily(AF_INET6).withTable(100)}. The kernel dumps one family or
 * all of them; the library applies the rest. A filter never changes what a rule holds, only which
 * rules come back.
 *
 * @param family   {@code AF_INET}, {@code AF_INET6}, or {@code AF_UNSPEC} for both
 * @param table    the table id a rule looks up, or 0 for any
 * @param priority the rule's priority, or -1 for any
 * @param protocol the {@code RTPROT_*} that installed it ({@link RuleAttributes#PROTOCOL}), or -1 for any
 */
public record RuleFilter(int family, long table, long priority, int protocol) {
    private static final RuleFilter ALL = new RuleFilter(AddressFamily.AF_UNSPEC, 0, -1, -1);

    /**
     * Checks the fields.
     *
     * @param family   {@code AF_INET}, {@code AF_INET6}, or {@code AF_UNSPEC} for both
     * @param table    the table id, 0 to 2^32-1 (0 for any)
     * @param priority the priority 0 to 2^32-1, or -1 for any
     * @param protocol the protocol 0 to 255, or -1 for any
     * @throws IllegalArgumentException when a field is out of range
     */
    public RuleFilter {
        if (family != AddressFamily.AF_UNSPEC && !AddressFamily.isIp(family)) {
            throw new IllegalArgumentException("rule family must be AF_UNSPEC, AF_INET or AF_INET6: " + family);
        }
        Arguments.u32(table, "table id");
        Arguments.inRange(priority, -1, 0xffffffffL, "priority");
        Arguments.inRange(protocol, -1, 0xff, "protocol");
    }

    /** {@return the filter that selects every rule of every family} */
    public static RuleFilter all() {
        return ALL;
    }

    /** {@return true when this filter selects every rule} */
    public boolean selectsAll() {
        return equals(ALL);
    }

    /**
     * Only rules of {@code family}.
     *
     * @param family {@code AF_INET}, {@code AF_INET6}, or {@code AF_UNSPEC} for both
     * @return the narrowed filter
     */
    public RuleFilter withFamily(int family) {
        return new RuleFilter(family, table, priority, protocol);
    }

    /**
     * Only rules looking up table {@code table}.
     *
     * @param table the table id 1 to 2^32-1, or 0 for any
     * @return the narrowed filter
     */
    public RuleFilter withTable(long table) {
        return new RuleFilter(family, table, priority, protocol);
    }

    /**
     * Only the rules of priority {@code priority}.
     *
     * @param priority the priority, or -1 for any
     * @return the narrowed filter
     */
    public RuleFilter withPriority(long priority) {
        return new RuleFilter(family, table, priority, protocol);
    }

    /**
     * Only rules installed by {@code protocol} ({@code RTPROT_*}; a rule without
     * {@link RuleAttributes#PROTOCOL} counts as 0).
     *
     * @param protocol the protocol 0 to 255, or -1 for any
     * @return the narrowed filter
     */
    public RuleFilter withProtocol(int protocol) {
        return new RuleFilter(family, table, priority, protocol);
    }

    /**
     * Whether {@code rule} passes the filter.
     *
     * @param rule a rule; not null
     * @return true when every field the filter sets matches
     */
    public boolean test(Rule rule) {
        return (family == AddressFamily.AF_UNSPEC || family == rule.family())
                && (table == 0 || table == rule.table())
                && (priority < 0 || priority == rule.priority())
                && (protocol < 0 || protocol == rule.getInt(RuleAttributes.PROTOCOL, 0));
    }
}
