package io.jnetlink.examples.ip;

import io.jnetlink.core.NetlinkException;
import io.jnetlink.core.message.AttributeCursor;
import io.jnetlink.core.message.MessageType;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.NlMsgHdr;
import io.jnetlink.core.netns.NetNs;
import io.jnetlink.route.Rtnl;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Namespace ids ({@code RTM_GETNSID}) as one namespace sees the others: what {@code ip netns list}
 * prints as {@code (id: N)} and what turns {@code link-netnsid N} into {@code link-netns NAME}.
 *
 * <p>Kept here, small, until the route library offers namespace ids; the request is the one
 * iproute2 sends (an {@code rtgenmsg} and {@code NETNSA_FD}).
 */
final class NamespaceIds {
    // From linux/net_namespace.h.
    private static final int NETNSA_NSID = 1;
    private static final int NETNSA_FD = 3;
    private static final int RTGENMSG_SIZE = 1;
    private static final int AF_UNSPEC = 0;

    private final Rtnl rtnl;
    private final Path dir;
    private Map<Integer, String> names;

    /** Ids as seen from {@code rtnl}'s namespace, of the namespaces named in {@code dir}. */
    NamespaceIds(Rtnl rtnl, Path dir) {
        this.rtnl = rtnl;
        this.dir = dir;
    }

    /** The id the client's namespace gives the namespace bound at {@code file}, or -1 when none. */
    int idOf(Path file) {
        try (NetNs netns = NetNs.open(file); MessageWriter request = new MessageWriter(64)) {
            int[] id = {-1};
            rtnl.socket().execute(request.begin(MessageType.RTM_GETNSID, NlMsgHdr.NLM_F_REQUEST)
                            .u8(AF_UNSPEC).pad().attrU32(NETNSA_FD, netns.fd()),
                    message -> {
                        AttributeCursor attributes = message.attributes(RTGENMSG_SIZE);
                        while (attributes.next()) {
                            if (attributes.type() == NETNSA_NSID) {
                                id[0] = attributes.s32();
                            }
                        }
                        return true;
                    });
            return id[0];
        } catch (NetlinkException notANamespace) {
            return -1;
        }
    }

    /**
     * The name in the directory of the namespace with id {@code nsid}, or null. Like ip, the
     * last name in directory order wins when two names bind the same namespace.
     */
    String nameOf(int nsid) {
        if (names == null) {
            names = new HashMap<>();
            for (String name : list()) {
                int id = idOf(dir.resolve(name));
                if (id >= 0) {
                    names.put(id, name);
                }
            }
        }
        return names.get(nsid);
    }

    /** The names in the directory, in directory order. */
    List<String> list() {
        return NetNs.list(dir);
    }
}
