package io.jnetlink.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.buffer.UnpooledByteBufAllocator;
import io.netty.buffer.UnpooledDirectByteBuf;
import io.netty.util.internal.PlatformDependent;
import org.junit.jupiter.api.Test;

/**
 * {@link Syscalls#address}: the address netty gives, and the same memory's address when netty
 * has none (a direct buffer without {@code sun.misc.Unsafe}, as the CLI runs on Java 24 and later).
 */
class SyscallsAddressTest {
    @Test
    void aDirectBufferWithoutNettysAddressIsFoundThroughJni() {
        ByteBuf buf = new UnpooledDirectByteBuf(UnpooledByteBufAllocator.DEFAULT, 64, 64);
        try {
            assertFalse(buf.hasMemoryAddress());
            assertEquals(PlatformDependent.directBufferAddress(buf.nioBuffer(0, 64)), Syscalls.address(buf));
        } finally {
            buf.release();
        }
    }

    @Test
    void nettysOwnAddressIsTakenAndAHeapBufferRefused() {
        ByteBuf direct = Unpooled.directBuffer(16, 16);
        ByteBuf heap = Unpooled.buffer(16, 16);
        try {
            assertEquals(direct.memoryAddress(), Syscalls.address(direct));
            assertThrows(IllegalArgumentException.class, () -> Syscalls.address(heap));
        } finally {
            direct.release();
            heap.release();
        }
    }
}
