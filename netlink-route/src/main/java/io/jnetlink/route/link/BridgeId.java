package io.jnetlink.route.link;

import io.jnetlink.core.MacAddress;
import io.jnetlink.core.NetlinkParseException;
import io.jnetlink.core.attr.ValueType;
import io.jnetlink.core.message.AttributeCursor;

/**
 * An STP bridge identifier ({@code struct ifla_bridge_id}: two priority bytes, then the
 * 6-byte address), printed as {@code 8000.4e:d7:de:42:79:1e} ({@code ip} drops the leading zero of
 * each address byte).
 *
 * @param priority the 16-bit priority, big-endian on the wire
 * @param address  the bridge address
 */
public record BridgeId(int priority, MacAddress address) {
    private static final int SIZE = 8;

    /** {@code struct ifla_bridge_id} as an attribute value (read-only: the kernel reports it). */
    public static final ValueType<BridgeId> TYPE = ValueType.of(BridgeId.class, BridgeId::decode, (w, t, v) -> {
        throw new UnsupportedOperationException("a bridge id is reported by the kernel, never sent");
    });

    private static BridgeId decode(AttributeCursor a) {
        if (a.valueLength() < SIZE) {
            throw new NetlinkParseException(a.offset(), "bridge id of " + a.valueLength() + " bytes, " + SIZE + " needed");
        }
        byte[] raw = a.bytes();
        byte[] mac = new byte[6];
        System.arraycopy(raw, 2, mac, 0, 6);
        return new BridgeId(((raw[0] & 0xff) << 8) | (raw[1] & 0xff), MacAddress.of(mac));
    }

    /** {@code pppp.aa:bb:cc:dd:ee:ff}, with the priority in four hex digits. */
    @Override
    public String toString() {
        return String.format("%04x.%s", priority, address);
    }
}
