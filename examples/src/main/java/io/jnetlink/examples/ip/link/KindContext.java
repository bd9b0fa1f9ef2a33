package io.jnetlink.examples.ip.link;

import io.jnetlink.core.netns.NetNs;
import io.jnetlink.examples.cli.CommandFailure;
import io.jnetlink.examples.cli.Invocation;
import io.jnetlink.examples.ip.NamespaceSession;
import io.jnetlink.route.link.Link;
import java.io.PrintStream;
import java.nio.file.Path;
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
    private final List<NetNs> namespaces = new ArrayList<>();

    KindContext(Invocation invocation, NamespaceSession session, boolean creating) {
        this.invocation = invocation;
        this.session = session;
        this.creating = creating;
    }

    /** The client of the command's namespace. */
    public NamespaceSession session() {
        return session;
    }

    /** True for {@code ip link add}, false for {@code ip link set}: a change sends only what is given. */
    public boolean creating() {
        return creating;
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
     * The namespace called {@code name} in the namespace directory, or bound at the path
     * {@code name} when it has a '/' (as ip reads {@code netns} values), kept open until the
     * request is sent; null when there is none. As for ip, the empty name opens the directory
     * itself, which the kernel then refuses.
     */
    public NetNs openNamespace(String name) {
        NetNs netns;
        try {
            netns = NetNs.open(name.contains("/") ? Path.of(name) : invocation.netnsDir().resolve(name));
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
