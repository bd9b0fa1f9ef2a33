package io.jnetlink.core.netns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jnetlink.core.Errno;
import io.jnetlink.core.NetlinkException;
import io.jnetlink.core.testing.Privileges;
import io.jnetlink.core.testing.Shell;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link NetNs} handles and named namespaces, checked against {@code ip netns}. */
class NetNsIntegrationTest {

    private static String uniqueName(String what) {
        return "jnlt-" + what + "-" + ProcessHandle.current().pid() + "-" + System.nanoTime() % 100_000;
    }

    private static List<String> ipNetnsList() {
        // "name" or "name (id: 3)" per line
        return Arrays.stream(Shell.run("ip", "netns", "list").split("\n"))
                .map(line -> line.split(" ")[0]).filter(s -> !s.isEmpty()).toList();
    }

    @Test
    void createdNamespaceShowsInIpNetnsListAndWorksWithIpNetnsExec() {
        Privileges.requireNetAdmin();
        String name = uniqueName("create");
        try (NetNs ns = NetNs.create(name)) {
            try {
                assertTrue(ipNetnsList().contains(name), "ip netns list shows " + name);
                assertTrue(NetNs.list().contains(name));
                String links = Shell.run("ip", "netns", "exec", name, "ip", "-o", "link", "show");
                assertTrue(links.startsWith("1: lo: "), links);
                assertEquals(1, links.trim().split("\n").length, "a new namespace holds only lo");
                assertEquals(ns.inode(), NetNs.inodeOf(NetNs.DEFAULT_DIR.resolve(name)));
                assertNotEquals(NetNs.currentInode(), ns.inode());
                assertEquals(ns.inode(), (long) ns.call(NetNs::currentInode), "call runs inside the namespace");
                try (NetNs again = NetNs.named(name)) {
                    assertEquals(ns.inode(), again.inode());
                    assertEquals(name, again.name());
                }
                NetlinkException taken = assertThrows(NetlinkException.class, () -> NetNs.create(name));
                assertEquals(Errno.EEXIST, taken.errno());
            } finally {
                NetNs.delete(name);
            }
        }
        assertFalse(ipNetnsList().contains(name), "ip netns list no longer shows " + name);
        assertFalse(NetNs.list().contains(name));
        assertEquals(Errno.ENOENT, assertThrows(NetlinkException.class, () -> NetNs.delete(name)).errno());
        assertEquals(Errno.ENOENT, assertThrows(NetlinkException.class, () -> NetNs.named(name)).errno());
    }

    @Test
    void deleteRemovesAFileWithNothingMountedOnIt() throws Exception {
        Privileges.requireNetAdmin();
        String name = uniqueName("plain");
        java.nio.file.Path file = NetNs.DEFAULT_DIR.resolve(name);
        java.nio.file.Files.createFile(file);
        try {
            NetNs.delete(name);
            assertFalse(java.nio.file.Files.exists(file), "ip netns del removes such a file too");
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }

    @Test
    void namespaceMadeByIpOpensByName() {
        Privileges.requireNetAdmin();
        String name = uniqueName("byip");
        Shell.run("ip", "netns", "add", name);
        try (NetNs ns = NetNs.named(name)) {
            Shell.run("ip", "-n", name, "link", "add", "ifbx", "type", "ifb");
            // /proc/thread-self, not /proc/self: the latter follows the main thread's namespace.
            String inside = ns.call(() -> Files.readString(Path.of("/proc/thread-self/net/dev")));
            assertTrue(inside.contains("ifbx:"), "the thread saw the namespace's links: " + inside);
        } finally {
            Shell.run("ip", "netns", "del", name);
        }
    }

    @Test
    void listReadsAnyDirectoryAndAMissingOneIsEmpty() throws IOException {
        Path dir = Files.createTempDirectory("jnetlink-netns");
        try {
            Files.createFile(dir.resolve("b"));
            Files.createFile(dir.resolve("a"));
            assertEquals(List.of("a", "b"), NetNs.list(dir).stream().sorted().toList());
            assertEquals(List.of(), NetNs.list(dir.resolve("missing")));
        } finally {
            Files.delete(dir.resolve("a"));
            Files.delete(dir.resolve("b"));
            Files.delete(dir);
        }
    }

    @Test
    void ownPidAndCurrentThreadNameTheSameNamespace() {
        try (NetNs self = NetNs.ofPid((int) ProcessHandle.current().pid()); NetNs current = NetNs.current()) {
            assertEquals(current.inode(), self.inode());
            assertEquals(NetNs.currentInode(), self.inode());
            assertEquals(NetNs.inodeOf(Path.of("/proc/self/ns/net")), self.inode());
            assertEquals("pid:" + ProcessHandle.current().pid(), self.name());
        }
    }

    @Test
    void badNamesAndPidsAreRefusedBeforeAnySystemCall() {
        for (String bad : List.of("", ".", "..", "a/b", "/abs", "nul\0byte", "x".repeat(256))) {
            assertThrows(IllegalArgumentException.class, () -> NetNs.create(bad), "create \"" + bad + "\"");
            assertThrows(IllegalArgumentException.class, () -> NetNs.named(bad), "named \"" + bad + "\"");
            assertThrows(IllegalArgumentException.class, () -> NetNs.delete(bad), "delete \"" + bad + "\"");
        }
        assertThrows(IllegalArgumentException.class, () -> NetNs.ofPid(0));
        assertThrows(IllegalArgumentException.class, () -> NetNs.ofPid(-5));
    }

    @Test
    void closedHandleRefusesWork() {
        NetNs current = NetNs.current();
        current.close();
        current.close();
        assertThrows(IllegalStateException.class, () -> current.call(() -> 1));
    }
}
