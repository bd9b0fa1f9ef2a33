package io.jnetlink.bench;

import io.jnetlink.route.link.IfbData;
import io.jnetlink.route.link.LinkRequest;
import io.jnetlink.core.netns.NetNs;
import io.jnetlink.route.Rtnl;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A throwaway network namespace holding a given number of ifb devices ({@code ifb0},
 * {@code ifb1}, ...) plus its loopback, with an {@link Rtnl} client inside it. Made by the
 * benchmark itself and removed on {@link #close()}, so a benchmark never touches the host's own
 * links. ifb is used because some kernels (this project's CI among them) have no dummy driver.
 */
public final class LinkNamespace implements AutoCloseable {
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final String name;
    private final NetNs netns;
    private final Rtnl rtnl;
    private final int ifbCount;

    private LinkNamespace(String name, int ifbCount) {
        this.name = name;
        this.ifbCount = ifbCount;
        this.netns = NetNs.create(name);
        Rtnl client = null;
        try {
            client = Rtnl.open(netns);
            for (int i = 0; i < ifbCount; i++) {
                client.links().add(LinkRequest.of("ifb" + i).withData(IfbData.INSTANCE));
            }
            this.rtnl = client;
        } catch (RuntimeException | Error e) {
            if (client != null) {
                client.close();
            }
            netns.close();
            NetNs.delete(name);
            throw e;
        }
    }

    /**
     * Creates namespace {@code jnlb-<pid>-<n>} with {@code ifbCount} ifb devices.
     *
     * @throws IllegalArgumentException for a negative count
     */
    public static LinkNamespace create(int ifbCount) {
        if (ifbCount < 0) {
            throw new IllegalArgumentException("ifb count must not be negative: " + ifbCount);
        }
        return new LinkNamespace("jnlb-" + ProcessHandle.current().pid() + "-" + COUNTER.incrementAndGet(), ifbCount);
    }

    /** The name in {@code /run/netns}. */
    public String name() {
        return name;
    }

    /** A client inside the namespace (closed with this object). */
    public Rtnl rtnl() {
        return rtnl;
    }

    /** Links in the namespace: the ifb devices and {@code lo}. */
    public int linkCount() {
        return ifbCount + 1;
    }

    /** Closes the client and deletes the namespace with everything in it. */
    @Override
    public void close() {
        try {
            rtnl.close();
            netns.close();
        } finally {
            NetNs.delete(name);
        }
    }
}
