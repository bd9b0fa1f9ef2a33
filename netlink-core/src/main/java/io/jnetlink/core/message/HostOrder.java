package io.jnetlink.core.message;

import io.netty.buffer.ByteBuf;
import java.nio.ByteOrder;

/**
 * Reads and writes in the host's byte order, which netlink uses for everything but attributes
 * flagged {@code NLA_F_NET_BYTEORDER} and fields the kernel declares big-endian. The order is a
 * {@code static final} so the JIT folds the branch away.
 */
public final class HostOrder {
    /** True on little-endian hosts (x86, most ARM). */
    public static final boolean LITTLE_ENDIAN = ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN;

    private HostOrder() {
    }

    /** Unsigned 16-bit value at {@code index}. */
    public static int u16(ByteBuf buf, int index) {
        return LITTLE_ENDIAN ? buf.getUnsignedShortLE(index) : buf.getUnsignedShort(index);
    }

    /** 32-bit value at {@code index}, as raw int bits. */
    public static int s32(ByteBuf buf, int index) {
        return LITTLE_ENDIAN ? buf.getIntLE(index) : buf.getInt(index);
    }

    /** 64-bit value at {@code index}, as raw long bits. */
    public static long u64(ByteBuf buf, int index) {
        return LITTLE_ENDIAN ? buf.getLongLE(index) : buf.getLong(index);
    }

    /** Writes 16 bits at {@code index}. */
    public static void setU16(ByteBuf buf, int index, int value) {
        if (LITTLE_ENDIAN) {
            buf.setShortLE(index, value);
        } else {
            buf.setShort(index, value);
        }
    }

    /** Writes 32 bits at {@code index}. */
    public static void setU32(ByteBuf buf, int index, int value) {
        if (LITTLE_ENDIAN) {
            buf.setIntLE(index, value);
        } else {
            buf.setInt(index, value);
        }
    }

    /** Writes 64 bits at {@code index}. */
    public static void setU64(ByteBuf buf, int index, long value) {
        if (LITTLE_ENDIAN) {
            buf.setLongLE(index, value);
        } else {
            buf.setLong(index, value);
        }
    }
}
