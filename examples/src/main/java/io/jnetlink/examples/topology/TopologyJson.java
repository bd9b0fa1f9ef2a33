package io.jnetlink.examples.topology;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jnetlink.examples.ip.InetFormat;
import io.jnetlink.vxlan.topology.LinkNode;
import io.jnetlink.vxlan.topology.NamespaceNode;
import io.jnetlink.vxlan.topology.Topology;
import java.net.InetAddress;

/**
 * {@code topology --format json}, the stable scriptable form:
 * {@code {"namespaces":[{"name","path","inode","links":[{"index","name","kind","master","peer","vxlan"}]}]}},
 * with {@code kind}, {@code master}, {@code peer} and {@code vxlan} only where they apply.
 */
final class TopologyJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TopologyJson() {
    }

    static ObjectNode tree(Topology topology) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode namespaces = root.putArray("namespaces");
        for (NamespaceNode ns : topology.namespaces()) {
            ObjectNode n = namespaces.addObject();
            n.put("name", ns.name());
            n.put("path", ns.path().toString());
            n.put("inode", ns.inode());
            ArrayNode links = n.putArray("links");
            for (LinkNode link : ns.links()) {
                links.add(link(link));
            }
        }
        return root;
    }

    private static ObjectNode link(LinkNode link) {
        ObjectNode l = MAPPER.createObjectNode();
        l.put("index", link.ifindex());
        l.put("name", link.name());
        if (link.kind() != null) {
            l.put("kind", link.kind());
        }
        if (link.master() != null) {
            l.put("master", link.master());
        }
        if (link.peer() != null) {
            ObjectNode peer = l.putObject("peer");
            if (link.peer().isResolved()) {
                peer.put("namespace", link.peer().namespace());
                peer.put("name", link.peer().name());
            }
            peer.put("index", link.peer().ifindex());
        }
        if (link.vxlan() != null) {
            ObjectNode vxlan = l.putObject("vxlan");
            vxlan.put("id", link.vxlan().vni());
            vxlan.put("port", link.vxlan().port());
            ArrayNode remotes = vxlan.putArray("remotes");
            for (InetAddress remote : link.vxlan().remotes()) {
                remotes.add(InetFormat.ntop(remote));
            }
        }
        return l;
    }

    static String render(Topology topology) {
        return tree(topology).toString();
    }
}
