package io.jnetlink.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Opening and closing sockets releases their descriptors: none leaks over 10,000 of them. */
class SocketLeakTest {
    private static final int SOCKETS = 10_000;

    private static long openDescriptors() throws IOException {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.count();
        }
    }

    @Test
    void tenThousandSocketsOpenedAndClosedLeakNoDescriptor() throws IOException {
        // Warm up first: class loading and JIT may open files of their own.
        for (int i = 0; i < 100; i++) {
            NetlinkSocket.open(NetlinkProtocol.ROUTE).close();
        }
        long before = openDescriptors();
        for (int i = 0; i < SOCKETS; i++) {
            NetlinkSocket socket = NetlinkSocket.open(NetlinkProtocol.ROUTE);
            socket.close();
            socket.close(); // idempotent: a second close must not close a reused descriptor number
            assertTrue(socket.isClosed());
        }
        assertEquals(before, openDescriptors(), "descriptors in /proc/self/fd");
    }
}
