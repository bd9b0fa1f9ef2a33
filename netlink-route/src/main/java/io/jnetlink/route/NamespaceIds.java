package io.jnetlink.route;

import io.jnetlink.core.NetlinkException;
import io.jnetlink.core.message.MessageType;
import io.jnetlink.core.netns.NetNs;
import io.jnetlink.route.nsid.NamespaceId;
import io.jnetlink.route.nsid.NamespaceIdCodec;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Namespace ids: the numbers under which this client's namespace knows other namespaces
 * ({@code ip netns set}, {@code ip netns list-id}, the {@code (id: N)} of {@code ip netns list},
 * the {@code link-netnsid} of a veth whose peer lives elsewhere). Obtained from
 * {@link Rtnl#namespaceIds()}; safe to use from any thread. The kernel has no deletion: an id goes
 * with its namespace.
 */
public final class NamespaceIds {
    private final Rtnl rtnl;

    NamespaceIds(Rtnl rtnl) {
        this.rtnl = rtnl;
    }

    /**
     * Every id this namespace has assigned ({@code ip netns list-id}).
     *
     * @return the ids; empty when none
     */
    public List<NamespaceId> list() {
        List<NamespaceId> ids = new ArrayList<>();
        rtnl.dump(NamespaceIdCodec::writeDump, DumpHandlers.only(MessageType.RTM_NEWNSID,
                DumpHandlers.collecting(NamespaceIdCodec::decode, id -> true, ids)));
        return ids;
    }

    /**
     * The id of {@code other} as seen from this namespace, as the kernel answers: its
     * {@code NETNSA_NSID} is {@link NamespaceIdCodec#NETNSA_NSID_NOT_ASSIGNED} (-1, see
     * {@link NamespaceId#isAssigned()}) when there is none.
     *
     * @param other an open handle on the other namespace; not null
     * @return the kernel's answer; never null
     */
    public NamespaceId get(NetNs other) {
        int fd = Objects.requireNonNull(other, "other").fd();
        NamespaceId[] found = new NamespaceId[1];
        rtnl.execute(w -> NamespaceIdCodec.writeGet(w, fd), message -> {
            if (message.type() == MessageType.RTM_NEWNSID) {
                found[0] = NamespaceIdCodec.decode(message);
            }
            return true;
        });
        return found[0];
    }

    /**
     * The id of {@code other} as seen from this namespace, when it has one.
     *
     * @param other an open handle on the other namespace; not null
     * @return the id, or empty when {@code other} has none here
     */
    public Optional<NamespaceId> find(NetNs other) {
        return Optional.of(get(other)).filter(NamespaceId::isAssigned);
    }

    /**
     * Gives {@code other} the id {@code nsid} ({@code ip netns set NAME ID}).
     *
     * @param other an open handle on the other namespace; not null
     * @param nsid  the id, 0 or more
     * @throws NetlinkException with {@code EEXIST} when {@code other} has an id already or the id is taken
     * @throws IllegalArgumentException for a negative id
     */
    public void add(NetNs other, int nsid) {
        Objects.requireNonNull(other, "other");
        if (nsid < 0) {
            throw new IllegalArgumentException("namespace id must not be negative: " + nsid);
        }
        int fd = other.fd();
        rtnl.execute(w -> NamespaceIdCodec.writeAdd(w, fd, nsid), message -> true);
    }

    /**
     * Lets the kernel pick a free id for {@code other} ({@code ip netns set NAME auto}) and returns it.
     *
     * @param other an open handle on the other namespace; not null
     * @return the id the kernel gave, read back
     * @throws NetlinkException with {@code EEXIST} when {@code other} has an id already
     */
    public NamespaceId add(NetNs other) {
        int fd = Objects.requireNonNull(other, "other").fd();
        rtnl.execute(w -> NamespaceIdCodec.writeAdd(w, fd, NamespaceIdCodec.NETNSA_NSID_NOT_ASSIGNED), message -> true);
        return get(other);
    }
}
