package io.jnetlink.core.testing;

import io.jnetlink.core.netns.NetNs;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A throwaway named network namespace with a unique name, removed on close (checks privileges
 * first). Use in try-with-resources so a failing test leaves nothing behind.
 */
public final class TestNamespace implements AutoCloseable {
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final String name;
    private final NetNs netns;

    private TestNamespace(String name) {
        this.name = name;
        this.netns = NetNs.create(name);
    }

    /** Creates {@code jnlt-<prefix>-<pid>-<n>} (prefix trimmed to keep names short). */
    public static TestNamespace create(String prefix) {
        Privileges.requireNetAdmin();
        String p = prefix.length() > 12 ? prefix.substring(0, 12) : prefix;
        return new TestNamespace("jnlt-" + p + "-" + ProcessHandle.current().pid() + "-" + COUNTER.incrementAndGet());
    }

    /** The name in /run/netns, usable with {@code ip -n NAME}. */
    public String name() {
        return name;
    }

    /** An open handle on the namespace (closed with this object). */
    public NetNs netns() {
        return netns;
    }

    @Override
    public void close() {
        netns.close();
        NetNs.delete(name);
    }
}
