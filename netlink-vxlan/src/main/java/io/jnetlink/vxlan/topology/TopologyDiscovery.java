package io.jnetlink.vxlan.topology;

import io.jnetlink.core.NetlinkException;
import io.jnetlink.core.netns.NetNs;
import io.jnetlink.route.Rtnl;
import io.jnetlink.route.address.Address;
import io.jnetlink.route.link.Link;
import io.jnetlink.route.neighbour.Neighbour;
import io.jnetlink.route.neighbour.NeighbourAttributes;
import io.jnetlink.route.nsid.NamespaceIdAttributes;
import io.jnetlink.vxlan.VxlanFdb;
import io.jnetlink.vxlan.VxlanAttributes;
import io.jnetlink.vxlan.VxlanData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/** One run of {@link Topology#discover}: finds the namespaces, reads each once, then joins veth ends. */
final class TopologyDiscovery {
    private static final Path PROC = Path.of("/proc");

    private final TopologyOptions options;
    /** Namespaces by inode, in discovery order; the first name wins. */
    private final Map<Long, NetNs> found = new LinkedHashMap<>();

    TopologyDiscovery(TopologyOptions options) {
        this.options = options;
    }

    Topology run() {
        try {
            for (Path dir : options.directories()) {
                for (String name : NetNs.list(dir)) {
                    add(() -> NetNs.open(dir.resolve(name)));
                }
            }
            for (Path file : options.files()) {
                add(() -> NetNs.open(file));
            }
            for (int pid : options.pids()) {
                add(() -> NetNs.ofPid(pid));
            }
            if (options.allProcesses()) {
                for (int pid : processesByNamespace().values()) {
                    add(() -> NetNs.ofPid(pid));
                }
            }
            return build(read());
        } finally {
            found.values().forEach(NetNs::close);
        }
    }

    /** Opens a namespace and keeps it unless one with the same inode is known already. */
    private void add(Supplier<NetNs> opener) {
        NetNs ns;
        try {
            ns = opener.get();
        } catch (NetlinkException | UncheckedIOException e) {
            return; // gone (a process exited, a file was removed) or not a namespace file: not in the graph
        }
        if (found.putIfAbsent(ns.inode(), ns) != null) {
            ns.close();
        }
    }

    /**
     * The lowest pid in each process-held namespace, by namespace inode; only stat is used, so no
     * descriptor is opened for the thousands of processes sharing the root namespace.
     */
    private static Map<Long, Integer> processesByNamespace() {
        TreeMap<Integer, Path> pids = new TreeMap<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(PROC)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (!name.isEmpty() && name.chars().allMatch(Character::isDigit)) {
                    pids.put(Integer.parseInt(name), entry.resolve("ns").resolve("net"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + PROC, e);
        }
        Map<Long, Integer> ordered = new LinkedHashMap<>();
        for (Map.Entry<Integer, Path> pid : pids.entrySet()) {
            try {
                ordered.putIfAbsent(NetNs.inodeOf(pid.getValue()), pid.getKey());
            } catch (UncheckedIOException e) {
                // The process exited, or is a kernel thread without a namespace link we may read.
            }
        }
        return ordered;
    }

    /** What one namespace's client saw, before veth ends are joined. */
    private record Observed(NetNs ns, List<Link> links, Map<Integer, List<Address>> addresses,
                            Map<Integer, List<InetAddress>> remotes, Map<Integer, Long> nsidToInode) {
    }

    private List<Observed> read() {
        List<Observed> observed = new ArrayList<>();
        for (NetNs ns : found.values()) {
            try (Rtnl rtnl = Rtnl.open(ns)) {
                observed.add(observe(ns, rtnl));
            } catch (NetlinkException e) {
                // The namespace died between being opened and read: leave it out.
            }
        }
        return observed;
    }

    private Observed observe(NetNs ns, Rtnl rtnl) {
        List<Link> links = rtnl.links().withoutStats().list();
        Map<Integer, List<Address>> addresses = new HashMap<>();
        for (Address address : rtnl.addresses().list()) {
            addresses.computeIfAbsent(address.ifindex(), i -> new ArrayList<>()).add(address);
        }
        Map<Integer, List<InetAddress>> remotes = new HashMap<>();
        VxlanFdb fdb = new VxlanFdb(rtnl);
        boolean needsIds = false;
        for (Link link : links) {
            if (link.info() != null && link.info().data() instanceof VxlanData) {
                Set<InetAddress> dsts = new LinkedHashSet<>();
                for (Neighbour entry : fdb.list(link.ifindex())) {
                    if (entry.get(NeighbourAttributes.DST) != null) {
                        dsts.add(entry.get(NeighbourAttributes.DST));
                    }
                }
                remotes.put(link.ifindex(), List.copyOf(dsts));
            }
            needsIds |= link.linkNetnsId() != Link.ABSENT;
        }
        Map<Integer, Long> nsidToInode = new HashMap<>();
        if (needsIds) {
            // Namespace ids are private to the namespace that assigned them, so they are asked
            // from this namespace's own client for every other namespace of the graph.
            for (NetNs other : found.values()) {
                if (other != ns) {
                    rtnl.namespaceIds().find(other).ifPresent(
                            id -> nsidToInode.put(id.get(NamespaceIdAttributes.NSID), other.inode()));
                }
            }
        }
        return new Observed(ns, links, addresses, remotes, nsidToInode);
    }

    private static Topology build(List<Observed> observed) {
        Map<Long, Observed> byInode = new HashMap<>();
        for (Observed o : observed) {
            byInode.put(o.ns().inode(), o);
        }
        List<NamespaceNode> nodes = new ArrayList<>();
        for (Observed o : observed) {
            Map<Integer, String> names = new HashMap<>();
            for (Link link : o.links()) {
                names.put(link.ifindex(), link.name());
            }
            List<LinkNode> links = new ArrayList<>();
            for (Link link : o.links()) {
                links.add(new LinkNode(link.ifindex(), link.name(), link.kind(),
                        link.masterIfindex() > 0 ? names.get(link.masterIfindex()) : null,
                        addresses(o.addresses().getOrDefault(link.ifindex(), List.of())),
                        peer(o, link, byInode), vxlan(link, o.remotes().get(link.ifindex()))));
            }
            nodes.add(new NamespaceNode(o.ns().name(), o.ns().path(), o.ns().inode(), links));
        }
        return new Topology(nodes);
    }

    private static List<LinkNode.Address> addresses(List<Address> addresses) {
        List<LinkNode.Address> out = new ArrayList<>();
        for (Address address : addresses) {
            if (address.localAddress() != null) {
                out.add(new LinkNode.Address(address.localAddress(), address.prefixLength()));
            }
        }
        return out;
    }

    private static LinkNode.Peer peer(Observed o, Link link, Map<Long, Observed> byInode) {
        if (!"veth".equals(link.kind()) || link.linkIfindex() <= 0) {
            return null;
        }
        Observed target;
        if (link.linkNetnsId() == Link.ABSENT) {
            target = o; // no IFLA_LINK_NETNSID: the peer lives in the same namespace
        } else {
            Long inode = o.nsidToInode().get(link.linkNetnsId());
            target = inode == null ? null : byInode.get(inode);
        }
        if (target == null) {
            return new LinkNode.Peer(null, 0, null, link.linkIfindex());
        }
        String name = target.links().stream().filter(l -> l.ifindex() == link.linkIfindex())
                .map(Link::name).findFirst().orElse(null);
        return new LinkNode.Peer(target.ns().name(), target.ns().inode(), name, link.linkIfindex());
    }

    private static LinkNode.Vxlan vxlan(Link link, List<InetAddress> remotes) {
        if (link.info() == null || !(link.info().data() instanceof VxlanData info)) {
            return null;
        }
        Integer vni = info.get(VxlanAttributes.ID);
        Integer port = info.get(VxlanAttributes.PORT);
        return new LinkNode.Vxlan(vni == null ? 0 : vni, info.local(),
                port == null ? VxlanData.IANA_VXLAN_UDP_PORT : port, remotes == null ? List.of() : remotes);
    }
}
