package io.jnetlink.bench;

import io.jnetlink.core.MessageHandler;
import io.jnetlink.core.NetlinkProtocol;
import io.jnetlink.core.NetlinkSocket;
import io.jnetlink.core.message.MessageCursor;
import io.jnetlink.core.message.MessageType;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.netns.NetNs;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A throwaway network namespace holding a given number of ifb devices ({@code ifb0},
 * {@code ifb1}, ...) plus its loopback, with a route socket opened inside it. Made by the
 * benchmark itself and removed on {@link #close()}, so a benchmark never touches the host's own
 * links. ifb is used because some kernels (this project's CI among them) have no dummy driver.
 */
public final class LinkNamespace implements AutoCloseable {
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final String name;
    private final NetNs netns;
    private final NetlinkSocket socket;
    private final MessageWriter writer = new MessageWriter();
    private final int ifbCount;

    private LinkNamespace(String name, int ifbCount) {
        this.name = name;
        this.ifbCount = ifbCount;
        this.netns = NetNs.create(name);
        NetlinkSocket opened = null;
        try {
            opened = netns.openSocket(NetlinkProtocol.ROUTE, socketConfig());
            this.socket = opened;
            for (int i = 0; i < ifbCount; i++) {
                socket.execute(LinkRequests.newIfb(writer, "ifb" + i));
            }
        } catch (RuntimeException | Error e) {
            if (opened != null) {
                opened.close();
            }
            writer.close();
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

    /** The socket options every benchmark socket uses: core defaults with strict checking, as {@code Rtnl} does. */
    public static NetlinkSocket.Config socketConfig() {
        return NetlinkSocket.Config.defaults().strictCheck(true);
    }

    /** The name in {@code /run/netns}. */
    public String name() {
        return name;
    }

    /** The namespace handle (closed with this object). */
    public NetNs netns() {
        return netns;
    }

    /** A route socket inside the namespace (closed with this object). */
    public NetlinkSocket socket() {
        return socket;
    }

    /** Links in the namespace: the ifb devices and {@code lo}. */
    public int linkCount() {
        return ifbCount + 1;
    }

    /**
     * The interface index of the link called {@code name}.
     *
     * @throws io.jnetlink.core.NetlinkException ENODEV when there is none
     */
    public int indexOf(String linkName) {
        int[] index = {0};
        MessageHandler handler = (MessageCursor message) -> {
            if (message.type() == MessageType.RTM_NEWLINK) {
                index[0] = LinkAttributeWalk.ifindex(message);
            }
            return true;
        };
        socket.execute(LinkRequests.getLink(writer, linkName), handler);
        return index[0];
    }

    /** Closes the socket and deletes the namespace with everything in it. */
    @Override
    public void close() {
        try {
            socket.close();
            writer.close();
            netns.close();
        } finally {
            NetNs.delete(name);
        }
    }
}
