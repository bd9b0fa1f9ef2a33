package io.jnetlink.examples.ip.link;

import io.jnetlink.core.netns.NetNs;
import io.jnetlink.examples.cli.CommandFailure;
import io.jnetlink.examples.cli.Invocation;
import io.jnetlink.examples.ip.NamespaceSession;
import io.jnetlink.route.Links;
import io.jnetlink.route.link.Link;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a kind's option parser works with: the session of the namespace the command runs in,
 * whether the link is being created or changed, and the namespaces it opens, which stay open until
 * the request is sent.
 */
public final class KindContext {
    /** ip's fallback for a name no link has: {@code if} and a number is that interface index. */
    private static final Pattern IF_N = Pattern.compile("if([0-9]+)");
    private final Invocation invocation;
    private final NamespaceSession session;
    private final boolean creating;
    private final int family;
    private final boolean force;
    private final List<NetNs> namespaces = new ArrayList<>();
    private String device;

    KindContext(Invocation invocation, NamespaceSession session, boolean creating, int family, boolean force) {
        this.invocation = invocation;
        this.session = session;
        this.creating = creating;
        this.force = force;
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

    /** ip's {@code -force}: an XDP detach then replaces whatever is attached. */
    public boolean force() {
        return force;
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
        int ifindex = ifindex(session.rtnl().links(), name);
        if (ifindex == 0) {
            throw LinkWords.invalidArgument(name, "Device does not exist\n");
        }
        return ifindex;
    }

    /**
     * The interface index ip takes {@code name} for ({@code ll_name_to_index}): the link's that has
     * it as its name or an alternative name, else N for a name {@code ifN} (whether or not such a
     * link exists: the kernel then says so), else 0.
     */
    public static int ifindex(Links links, String name) {
        try {
            Optional<Link> link = links.find(name);
            if (link.isPresent()) {
                return link.get().ifindex();
            }
        } catch (IllegalArgumentException e) {
            // no link can be called so; ifN may still name one
        }
        Matcher m = IF_N.matcher(name);
        if (m.lookingAt()) {
            long index = m.group(1).length() > 10 ? 0 : Long.parseLong(m.group(1));
            return index <= Integer.MAX_VALUE ? (int) index : 0;
        }
        return 0;
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
