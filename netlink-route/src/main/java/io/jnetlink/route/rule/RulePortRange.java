package io.jnetlink.route.rule;

import io.jnetlink.core.NetlinkParseException;
import io.jnetlink.core.attr.ValueType;
import io.jnetlink.core.message.HostOrder;

/**
 * A range of TCP/UDP ports a rule matches, both ends inclusive: {@code struct fib_rule_port_range},
 * two {@code u16}s in host order, start then end ({@code ip rule add sport 80} is 80-80,
 * {@code dport 1000-2000}). Unlike {@link io.jnetlink.core.attr.PortRange} (big-endian, VXLAN's)
 * the ports are in host order.
 *
 * @param start the first port, 0 to 65535
 * @param end   the last port, 0 to 65535 (the kernel refuses an end below the start, and port 0)
 */
public record RulePortRange(int start, int end) {
    private static final int SIZE = 4;

    /** The struct as an attribute value. */
    public static final ValueType<RulePortRange> TYPE = ValueType.of(RulePortRange.class, a -> {
        if (a.valueLength() < SIZE) {
            throw new NetlinkParseException(a.offset(), "port range of " + a.valueLength() + " bytes, " + SIZE + " needed");
        }
        return new RulePortRange(HostOrder.u16(a.buffer(), a.valueOffset()),
                HostOrder.u16(a.buffer(), a.valueOffset() + Short.BYTES));
    }, (w, type, range) -> {
        // A struct-valued attribute: the nest's length back-patching sizes it just as well.
        int token = w.beginNested(type);
        w.u16(range.start).u16(range.end);
        w.endNested(token);
    });

    /**
     * Checks the ports.
     *
     * @param start the first port, 0 to 65535
     * @param end   the last port, 0 to 65535
     * @throws IllegalArgumentException for a port outside 0 to 65535
     */
    public RulePortRange {
        if (start < 0 || start > 0xffff || end < 0 || end > 0xffff) {
            throw new IllegalArgumentException("ports must be 0 to 65535: " + start + "-" + end);
        }
    }

    /**
     * The range of the one port {@code port} ({@code sport 80}).
     *
     * @param port the port, 0 to 65535
     * @return {@code port-port}
     */
    public static RulePortRange of(int port) {
        return new RulePortRange(port, port);
    }
}
