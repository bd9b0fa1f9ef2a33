package io.jnetlink.examples.ip.link;

import io.jnetlink.core.netns.NetNs;
import io.jnetlink.examples.cli.CommandFailure;
import io.jnetlink.examples.cli.Invocation;
import io.jnetlink.examples.ip.NamespaceSession;
import io.jnetlink.route.link.Link;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * What a kind's option parser works with: the session of the namespace the command runs in,
 * whether the link is being created or changed, and the namespaces it opens, which stay open until
 * the request is sent.
 */
public final class KindContext {
    private final Invocation invocation;
    private final NamespaceSession session;
    private final boolean creating;
    private final int family;
    private final List<NetNs> namespaces = new ArrayList<>();
    private String device;

    KindContext(Invocation invocation, NamespaceSession session, boolean creating, int family) {
        this.invocation = invocation;
        this.session = session;
        this.creating = creating;
        this.family = family;
    }

    /** The client of the command's namespace. */
    public NamespaceSession session() {
        return session;
    }

    /** True for {@code ip link add}, false for {@code ip link set}: a change sends only what is given. */
    public boolean creating() {
        return creating;
    }

    /** The family ip's {@code -4}/{@code -6} asked for: {@code AF_INET}, {@code AF_INET6}, or 0 for none. */
    public int family() {
        return family;
    }

    /** Names the link that {@code ip link set} changes (null when the command line names none before {@code type}). */
    void changing(String name) {
        device = name;
    }

    /** The link {@code ip link set} changes, as the kernel reports it now; null when it names none that exists. */
    public Link changedLink() {
        return creating || device == null ? null : session.rtnl().links().find(device).orElse(null);
    }

    /** Where ip's warnings go. */
    public PrintStream err() {
        return invocation.err();
    }

    /**
     * The ifindex of the link called {@code name}, or the failure of ip's {@code Device does not
     * exist} (argument wrong, status 255).
     */
    public int existingIfindex(String name) {
        return session.rtnl().links().find(name).map(Link::ifindex)
                .orElseThrow(() -> LinkWords.invalidArgument(name, "Device does not exist\n"));
    }

    /**
     * The namespace called {@code name} in the namespace directory, kept open until the request is
     * sent, or null when there is none of that name.
     */
    public NetNs openNamespace(String name) {
        if (name.isEmpty() || name.contains("/")) {
            return null;
        }
        NetNs netns;
        try {
            netns = NetNs.open(invocation.netnsDir().resolve(name));
        } catch (RuntimeException e) {
            return null;
        }
        namespaces.add(netns);
        return netns;
    }

    /** A new link (or veth peer) is named once: by {@code name} or by a bare word, unless both say the same. */
    public void checkNameAndDev(String name, String dev) {
        if (creating && name != null && dev != null && !name.equals(dev)) {
            throw new CommandFailure("both \"name\" and \"dev\" cannot be used when creating devices.", 255);
        }
    }

    /** Closes the namespaces opened for the request. */
    void closeNamespaces() {
        for (NetNs netns : namespaces) {
            netns.close();
        }
    }
}
