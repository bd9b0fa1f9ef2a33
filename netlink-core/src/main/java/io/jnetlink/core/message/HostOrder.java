package io.jnetlink.core.message;

import io.netty.buffer.ByteBuf;
import io.netty.util.internal.PlatformDependent;
import java.nio.ByteOrder;

/**
 * Reads and writes in the host's byte order, which netlink uses for everything but attributes
 * flagged {@code NLA_F_NET_BYTEORDER} and fields the kernel declares big-endian. The order is a
 * {@code static final} so the JIT folds the branch away.
 *
 * <p>The {@code long address} readers are for cursors that have already checked the bounds of
 * every read against a buffer's readable bytes: they read native memory directly, skipping
 * netty's per-read accessibility and bounds checks, which otherwise dominate attribute walking
 * and grow the hot loop past what the JIT will inline. They are only used when
 * {@code DIRECT_READS} holds. They stay package-private: reading native memory by address is
 * safe only after a cursor's bounds checks.
 */
public final class HostOrder {
    /** True on little-endian hosts (x86, most ARM). */
    public static final boolean LITTLE_ENDIAN = ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN;

    /**
     * True when native memory can be read at any alignment through netty's {@code Unsafe} access
     * (x86, aarch64): the condition for the {@code long address} readers.
     */
    static final boolean DIRECT_READS = PlatformDependent.hasUnsafe() && PlatformDependent.isUnaligned();

    private HostOrder() {
    }

    /**
     * The native address of index 0 of {@code buf} when its bytes may be read directly by
     * address, or 0 when reads must go through the buffer (heap and composite buffers, released
     * buffers, platforms without unaligned access).
     *
     * @param buf the buffer; not null
     * @return the native address, or 0
     */
    static long readAddress(ByteBuf buf) {
        return DIRECT_READS && buf.refCnt() > 0 && buf.hasMemoryAddress() ? buf.memoryAddress() : 0;
    }

    /** Byte at native {@code address}, unsigned. The caller has checked the bounds. */
    static int u8(long address) {
        return PlatformDependent.getByte(address) & 0xff;
    }

    /** Unsigned host-order 16-bit value at native {@code address}. The caller has checked the bounds. */
    static int u16(long address) {
        return PlatformDependent.getShort(address) & 0xffff;
    }

    /** Host-order 32-bit value at native {@code address}. The caller has checked the bounds. */
    static int s32(long address) {
        return PlatformDependent.getInt(address);
    }

    /** Host-order 64-bit value at native {@code address}. The caller has checked the bounds. */
    static long u64(long address) {
        return PlatformDependent.getLong(address);
    }

    /**
     * Unsigned 16-bit value at {@code index}.
     *
     * @param buf   the buffer; not null
     * @param index the byte index
     * @return the value, 0 to 65535
     */
    public static int u16(ByteBuf buf, int index) {
        return LITTLE_ENDIAN ? buf.getUnsignedShortLE(index) : buf.getUnsignedShort(index);
    }

    /**
     * 32-bit value at {@code index}, as raw int bits.
     *
     * @param buf   the buffer; not null
     * @param index the byte index
     * @return the value
     */
    public static int s32(ByteBuf buf, int index) {
        return LITTLE_ENDIAN ? buf.getIntLE(index) : buf.getInt(index);
    }

    /**
     * 64-bit value at {@code index}, as raw long bits.
     *
     * @param buf   the buffer; not null
     * @param index the byte index
     * @return the value
     */
    public static long u64(ByteBuf buf, int index) {
        return LITTLE_ENDIAN ? buf.getLongLE(index) : buf.getLong(index);
    }

    /**
     * Writes 16 bits at {@code index}.
     *
     * @param buf   the buffer; not null
     * @param index the byte index
     * @param value the value; its low 16 bits are written
     */
    public static void setU16(ByteBuf buf, int index, int value) {
        if (LITTLE_ENDIAN) {
            buf.setShortLE(index, value);
        } else {
            buf.setShort(index, value);
        }
    }

    /**
     * Writes 32 bits at {@code index}.
     *
     * @param buf   the buffer; not null
     * @param index the byte index
     * @param value the value
     */
    public static void setU32(ByteBuf buf, int index, int value) {
        if (LITTLE_ENDIAN) {
            buf.setIntLE(index, value);
        } else {
            buf.setInt(index, value);
        }
    }

    /**
     * Writes 64 bits at {@code index}.
     *
     * @param buf   the buffer; not null
     * @param index the byte index
     * @param value the value
     */
    public static void setU64(ByteBuf buf, int index, long value) {
        if (LITTLE_ENDIAN) {
            buf.setLongLE(index, value);
        } else {
            buf.setLong(index, value);
        }
    }
}
