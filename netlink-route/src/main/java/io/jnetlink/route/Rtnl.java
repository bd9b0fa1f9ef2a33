package io.jnetlink.route;

import io.jnetlink.core.MessageHandler;
import io.jnetlink.core.NetlinkProtocol;
import io.jnetlink.core.NetlinkSocket;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.netns.NetNs;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * An rtnetlink client for one network namespace: what {@code ip link}, {@code ip addr},
 * {@code ip route}, {@code ip neigh} and {@code bridge fdb} do, as typed calls.
 *
 * <pre>{@code
 * try (NetNs ns = NetNs.named("blue"); Rtnl rtnl = Rtnl.open(ns)) {
 *     for (Link link : rtnl.links().list()) { ... }
 * }
 * }</pre>
 *
 * <p>The client's socket is created inside the namespace and then used from any thread; calls
 * from several threads are serialised. Close the client to release its socket.
 */
public final class Rtnl implements AutoCloseable {
    private final NetlinkSocket socket;
    private final NetNs netns;
    private final boolean ownsNetns;
    private final ReentrantLock lock = new ReentrantLock();
    private final MessageWriter writer = new MessageWriter();
    /** The link facet; one per client so that it can keep a spare view between calls. */
    private final Links links = new Links(this);

    private Rtnl(NetlinkSocket socket, NetNs netns, boolean ownsNetns) {
        this.socket = socket;
        this.netns = netns;
        this.ownsNetns = ownsNetns;
    }

    /**
     * A client for the calling thread's current namespace. It keeps a handle on that namespace
     * (closed with the client), for the namespace ids and the event subscriptions made there.
     *
     * @return an open client, its socket bound to that namespace; close it when done
     */
    public static Rtnl open() {
        NetNs here = NetNs.current();
        try {
            return new Rtnl(NetlinkSocket.open(NetlinkProtocol.ROUTE, defaultConfig()), here, true);
        } catch (RuntimeException e) {
            here.close();
            throw e;
        }
    }

    /**
     * A client for {@code netns}, with {@link #defaultConfig()}.
     *
     * @param netns the namespace to work in; not null, and open while the client is used for
     *              namespace ids
     * @return an open client; close it when done (it does not close {@code netns})
     */
    public static Rtnl open(NetNs netns) {
        return open(netns, defaultConfig());
    }

    /**
     * A client for {@code netns} whose socket uses {@code config}.
     *
     * @param netns  the namespace to work in; not null, and open while the client is used for
     *               namespace ids
     * @param config buffer sizes and socket options, usually derived from {@link #defaultConfig()};
     *               not null
     * @return an open client; close it when done (it does not close {@code netns})
     */
    public static Rtnl open(NetNs netns, NetlinkSocket.Config config) {
        Objects.requireNonNull(netns, "netns");
        return new Rtnl(netns.openSocket(NetlinkProtocol.ROUTE, config), netns, false);
    }

    /**
     * The socket configuration clients use unless told otherwise.
     *
     * @return the core defaults with strict checking ({@code NETLINK_GET_STRICT_CHK}) on
     */
    public static NetlinkSocket.Config defaultConfig() {
        return NetlinkSocket.Config.defaults().withStrictCheck(true);
    }

    /**
     * The namespace this client works in.
     *
     * @return the handle given to {@link #open(NetNs)}, or for {@link #open()} the client's own
     *         handle on the opening thread's namespace (closed with the client); never null
     */
    public NetNs netns() {
        return netns;
    }

    /**
     * Links of this client's namespace: {@code ip link}.
     *
     * @return a view sharing this client's socket; never null
     */
    public Links links() {
        return links;
    }

    /**
     * The underlying socket, for requests this API does not cover.
     *
     * @return the socket, closed with this client
     */
    public NetlinkSocket socket() {
        return socket;
    }

    /**
     * Interface addresses: {@code ip addr}.
     *
     * @return a view sharing this client's socket; never null
     */
    public Addresses addresses() {
        return new Addresses(this);
    }

    /**
     * Routes: {@code ip route}.
     *
     * @return a view sharing this client's socket; never null
     */
    public Routes routes() {
        return new Routes(this);
    }

    /**
     * Policy routing rules: {@code ip rule}.
     *
     * @return a view sharing this client's socket; never null
     */
    public Rules rules() {
        return new Rules(this);
    }

    /**
     * Nexthop objects: {@code ip nexthop}.
     *
     * @return a view sharing this client's socket; never null
     */
    public Nexthops nexthops() {
        return new Nexthops(this);
    }

    /**
     * Ids under which this namespace knows other namespaces: {@code ip netns set/list-id}.
     *
     * @return a view sharing this client's socket; never null
     */
    public NamespaceIds namespaceIds() {
        return new NamespaceIds(this);
    }

    /**
     * Per-device IP configuration: {@code ip netconf show}.
     *
     * @return a view sharing this client's socket; never null
     */
    public Netconfs netconf() {
        return new Netconfs(this);
    }

    /**
     * ARP/NDP entries: {@code ip neigh} (bridge FDB entries are on {@link #fdb()}).
     *
     * @return a view sharing this client's socket; never null
     */
    public Neighbours neighbours() {
        return new Neighbours(this);
    }

    /**
     * Bridge FDB entries: {@code bridge fdb}.
     *
     * @return a view sharing this client's socket; never null
     */
    public Fdb fdb() {
        return new Fdb(this);
    }

    /**
     * Tun and tap devices: {@code ip tuntap}.
     *
     * @return a view of this client's namespace; never null
     */
    public TunTaps tunTaps() {
        return new TunTaps(this);
    }

    /**
     * Builds a request with {@code build} and executes it, waiting for the acknowledgement;
     * reply messages go to {@code handler}.
     */
    void execute(Consumer<MessageWriter> build, MessageHandler handler) {
        send(build, NetlinkSocket::execute, handler);
    }

    /** Builds a dump request with {@code build} and streams its reply to {@code handler}. */
    void dump(Consumer<MessageWriter> build, MessageHandler handler) {
        send(build, NetlinkSocket::dump, handler);
    }

    /** How a built request goes out: {@link NetlinkSocket#execute} or {@link NetlinkSocket#dump}. */
    @FunctionalInterface
    private interface Exchange {
        void run(NetlinkSocket socket, MessageWriter request, MessageHandler handler);
    }

    /**
     * Builds the request in the one writer and sends it, under the lock from building to the
     * last reply: neither the writer nor the socket may serve two requests at once.
     */
    private void send(Consumer<MessageWriter> build, Exchange exchange, MessageHandler handler) {
        lock.lock();
        try {
            build.accept(writer);
            exchange.run(socket, writer, handler);
        } finally {
            lock.unlock();
        }
    }

    /** Closes the socket (and the namespace handle {@link #open()} took; a caller's handle stays open). */
    @Override
    public void close() {
        lock.lock();
        try {
            socket.close();
            writer.close();
            if (ownsNetns) {
                netns.close();
            }
        } finally {
            lock.unlock();
        }
    }
}
