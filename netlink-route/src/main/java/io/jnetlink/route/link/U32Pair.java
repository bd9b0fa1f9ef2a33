package io.jnetlink.route.link;

import io.jnetlink.core.NetlinkParseException;
import io.jnetlink.core.attr.ValueType;
import io.jnetlink.core.message.AttributeCursor;
import io.jnetlink.core.message.HostOrder;
import java.util.function.ToIntFunction;

/**
 * Values made of two host-order u32 fields ({@code ifla_vlan_flags}, {@code ifla_vlan_qos_mapping},
 * {@code br_boolopt_multi}): the first is read with {@link AttributeCursor#s32()}, the second here.
 */
final class U32Pair {
    private U32Pair() {
    }

    /** The second u32 of the current attribute's value, or {@code absent} when the value is shorter. */
    static int second(AttributeCursor a, int absent) {
        return a.valueLength() >= 8 ? HostOrder.s32(a.buffer(), a.valueOffset() + 4) : absent;
    }

    /** The 8-byte value holding {@code first} then {@code second}. */
    static byte[] encode(int first, int second) {
        byte[] b = new byte[8];
        for (int i = 0; i < 4; i++) {
            int shift = HostOrder.LITTLE_ENDIAN ? 8 * i : 8 * (3 - i);
            b[i] = (byte) (first >>> shift);
            b[4 + i] = (byte) (second >>> shift);
        }
        return b;
    }

    /** Makes a value of the two u32 fields. */
    @FunctionalInterface
    interface Maker<T> {
        T make(int first, int second);
    }

    /**
     * The value type of a struct of two host-order u32 fields, {@code what} in parse errors; a value
     * shorter than 8 bytes is malformed.
     */
    static <T> ValueType<T> type(Class<T> type, String what, Maker<T> make, ToIntFunction<T> first,
            ToIntFunction<T> second) {
        return ValueType.of(type, a -> {
            if (a.valueLength() < 8) {
                throw new NetlinkParseException(a.offset(), what + " of " + a.valueLength() + " bytes, 8 needed");
            }
            return make.make(a.s32(), second(a, 0));
        }, (w, t, v) -> w.attrBytes(t, encode(first.applyAsInt(v), second.applyAsInt(v))));
    }
}
