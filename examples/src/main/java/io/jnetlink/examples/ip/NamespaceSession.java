package io.jnetlink.examples.ip;

import io.jnetlink.core.Errno;
import io.jnetlink.core.NetlinkException;
import io.jnetlink.core.NetlinkSocket;
import io.jnetlink.core.netns.NetNs;
import io.jnetlink.examples.cli.CommandFailure;
import io.jnetlink.examples.cli.Invocation;
import io.jnetlink.route.Rtnl;

/** An rtnetlink client in the invocation's namespace, with the namespace handle it needs. */
public final class NamespaceSession implements AutoCloseable {
    private final NetNs netns;
    private final Rtnl rtnl;

    private final boolean ownNamespace;

    private NamespaceSession(NetNs netns, Rtnl rtnl, boolean ownNamespace) {
        this.netns = netns;
        this.rtnl = rtnl;
        this.ownNamespace = ownNamespace;
    }

    /**
     * Opens a client in the namespace {@code invocation} selects; failures read as ip's
     * ({@code Cannot open network namespace}, {@code setting the network namespace ... failed}).
     */
    public static NamespaceSession open(Invocation invocation) {
        NetNs netns = invocation.openNetNs();
        if (!invocation.hasNamespace()) {
            // Our own namespace: no setns, so an unprivileged user can read it as with ip.
            return new NamespaceSession(netns, Rtnl.open(), true);
        }
        try {
            return new NamespaceSession(netns, Rtnl.open(netns), false);
        } catch (NetlinkException e) {
            netns.close();
            if (e.operation().startsWith("setns")) {
                throw new CommandFailure("setting the network namespace \"" + invocation.namespaceLabel() + "\" failed: "
                        + Errno.strerror(e.errnoNumber()), 255);
            }
            throw e;
        }
    }

    /** A further netlink socket in the same namespace (for notifications). */
    public NetlinkSocket openSocket(int protocol) {
        return ownNamespace ? NetlinkSocket.open(protocol) : netns.openSocket(protocol);
    }

    /** The client. */
    public Rtnl rtnl() {
        return rtnl;
    }

    /** The namespace. */
    public NetNs netns() {
        return netns;
    }

    @Override
    public void close() {
        rtnl.close();
        netns.close();
    }
}
