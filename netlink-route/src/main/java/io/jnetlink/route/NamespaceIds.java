package io.jnetlink.route;

import io.jnetlink.core.NetlinkException;
import io.jnetlink.core.message.MessageType;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.netns.NetNs;
import io.jnetlink.route.nsid.NsId;
import io.jnetlink.route.nsid.NsIdCodec;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Namespace ids: the numbers under which this client's namespace knows other namespaces
 * ({@code ip netns set}, {@code ip netns list-id}, the {@code (id: N)} of {@code ip netns list},
 * the {@code link-netnsid} of a veth whose peer lives elsewhere). Obtained from
 * {@link Rtnl#namespaceIds()}; safe to use from any thread.
 */
public final class NamespaceIds {
    private final Rtnl rtnl;

    NamespaceIds(Rtnl rtnl) {
        this.rtnl = rtnl;
    }

    /**
     * The id of {@code other} as seen from this namespace, or
     * {@link NsIdCodec#NETNSA_NSID_NOT_ASSIGNED} (-1) when it has none.
     *
     * @param other an open handle on the other namespace; not null
     * @return the id, 0 or more, or -1 when it has none
     */
    public int idOf(NetNs other) {
        Objects.requireNonNull(other, "other");
        int fd = other.fd();
        return query(w -> NsIdCodec.writeGetByFd(w, fd));
    }

    /**
     * The id of the namespace of process {@code pid} as seen from this namespace, or -1.
     *
     * @param pid a process id, greater than 0
     * @return the id, 0 or more, or -1 when that namespace has none
     */
    public int idOfPid(int pid) {
        if (pid <= 0) {
            throw new IllegalArgumentException("pid must be positive: " + pid);
        }
        return query(w -> NsIdCodec.writeGetByPid(w, pid));
    }

    private int query(Consumer<MessageWriter> build) {
        int[] id = {NsIdCodec.NETNSA_NSID_NOT_ASSIGNED};
        rtnl.execute(build, message -> {
            if (message.type() == MessageType.RTM_NEWNSID) {
                id[0] = NsIdCodec.decode(message).nsid();
            }
            return true;
        });
        return id[0];
    }

    /**
     * Assigns id {@code nsid} (0 or more) to {@code other} ({@code ip netns set NAME ID}).
     *
     * @param other an open handle on the other namespace; not null
     * @param nsid  the id, 0 or more
     * @throws NetlinkException with {@code EEXIST} when {@code other} has an id already or the id is taken
     */
    public void assign(NetNs other, int nsid) {
        Objects.requireNonNull(other, "other");
        if (nsid < 0) {
            throw new IllegalArgumentException("namespace id must not be negative: " + nsid);
        }
        int fd = other.fd();
        rtnl.execute(w -> NsIdCodec.writeAssign(w, fd, nsid), message -> true);
    }

    /**
     * Lets the kernel pick a free id for {@code other} ({@code ip netns set NAME auto}) and returns it.
     *
     * @param other an open handle on the other namespace; not null
     * @return the id the kernel picked, 0 or more
     */
    public int assign(NetNs other) {
        Objects.requireNonNull(other, "other");
        int fd = other.fd();
        rtnl.execute(w -> NsIdCodec.writeAssign(w, fd, NsIdCodec.NETNSA_NSID_NOT_ASSIGNED), message -> true);
        return idOf(other);
    }

    /**
     * Every id this namespace has assigned ({@code ip netns list-id}).
     *
     * @return the ids with the namespaces they name; empty when none
     */
    public List<NsId> list() {
        List<NsId> ids = new ArrayList<>();
        rtnl.dump(NsIdCodec::writeDump,
                DumpHandlers.only(MessageType.RTM_NEWNSID, DumpHandlers.collecting(NsIdCodec::decode, id -> true, ids)));
        return ids;
    }
}
