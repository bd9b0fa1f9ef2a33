package io.jnetlink.core.attr;

import io.jnetlink.core.NetlinkParseException;

/**
 * A range of UDP ports, both ends inclusive: {@code struct ifla_vxlan_port_range} (and geneve's
 * {@code ifla_geneve_port_range}), two big-endian {@code u16}s, low then high.
 *
 * @param low  the lowest port, 0 to 65535
 * @param high the highest port, {@code low} to 65535
 */
public record PortRange(int low, int high) {
    private static final int SIZE = 4;

    /** The struct as an attribute value. */
    public static final ValueType<PortRange> TYPE = ValueType.of(PortRange.class, a -> {
        if (a.valueLength() < SIZE) {
            throw new NetlinkParseException(a.offset(), "port range of " + a.valueLength() + " bytes, " + SIZE + " needed");
        }
        int low = a.buffer().getUnsignedShort(a.valueOffset());
        int high = a.buffer().getUnsignedShort(a.valueOffset() + 2);
        if (low > high) {
            throw new NetlinkParseException(a.offset(), "port range " + low + "-" + high + " is reversed");
        }
        return new PortRange(low, high);
    }, (w, type, v) -> w.attrBytes(type, new byte[] {
        (byte) (v.low >>> 8), (byte) v.low, (byte) (v.high >>> 8), (byte) v.high}));

    /**
     * Checks the ports.
     *
     * @param low  the lowest port, 0 to 65535
     * @param high the highest port, {@code low} to 65535
     * @throws IllegalArgumentException for a port outside 0 to 65535 or {@code low > high}
     */
    public PortRange {
        if (low < 0 || low > 0xffff || high < 0 || high > 0xffff) {
            throw new IllegalArgumentException("ports must be 0 to 65535: " + low + "-" + high);
        }
        if (low > high) {
            throw new IllegalArgumentException("port range " + low + "-" + high + " is reversed");
        }
    }
}
