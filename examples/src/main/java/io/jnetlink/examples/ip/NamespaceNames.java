package io.jnetlink.examples.ip;

import io.jnetlink.core.NetlinkException;
import io.jnetlink.core.netns.NetNs;
import io.jnetlink.route.Rtnl;
import io.jnetlink.route.nsid.NamespaceIdAttributes;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Names for namespace ids: what turns {@code link-netnsid N} into {@code link-netns NAME} and
 * adds {@code (id: N)} to {@code ip netns list}. The ids are the ones {@code rtnl}'s namespace
 * gives the namespaces bound in the directory ({@code RTM_GETNSID} by descriptor, as ip asks).
 */
final class NamespaceNames {
    private final Rtnl rtnl;
    private final Path dir;
    private Map<Integer, String> names;

    /** Ids as seen from {@code rtnl}'s namespace, of the namespaces named in {@code dir}. */
    NamespaceNames(Rtnl rtnl, Path dir) {
        this.rtnl = rtnl;
        this.dir = dir;
    }

    /** The id the client's namespace gives the namespace bound at {@code file}, or -1 when none. */
    int idOf(Path file) {
        try (NetNs netns = NetNs.open(file)) {
            return rtnl.namespaceIds().find(netns).map(id -> id.get(NamespaceIdAttributes.NSID)).orElse(-1);
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
