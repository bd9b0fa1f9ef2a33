package io.jnetlink.examples.topology;

import com.fasterxml.jackson.databind.JsonNode;
import io.jnetlink.examples.cli.CommandFailure;
import io.jnetlink.vxlan.topology.NamespaceNode;
import io.jnetlink.vxlan.topology.Topology;
import java.util.regex.Pattern;

/**
 * {@code topology --network NAME}: the part of the host's graph one Docker network occupies,
 * given the daemon's JSON for that network ({@code GET /networks/NAME}).
 *
 * <ul>
 *   <li>An {@code overlay} network has a namespace of its own, which Docker names {@code N-} plus
 *       the first ten characters of the network id ({@code N} counts the namespace's re-creations,
 *       {@code 1} on a fresh host). The view is that namespace ({@code br0}, {@code vxlan0}, one
 *       veth per endpoint) and every namespace its veth pairs lead to: the containers' sandboxes,
 *       {@code lb_ID} and, for the ingress network, {@code ingress_sbox}.</li>
 *   <li>A {@code bridge} network is a bridge in the daemon's own namespace, named by its option
 *       {@code com.docker.network.bridge.name} ({@code docker0}, {@code docker_gwbridge}) or
 *       {@code br-} plus the first twelve characters of the id. The view is that bridge with its
 *       ports, and the sandboxes the ports lead to.</li>
 * </ul>
 */
final class DockerNetworkView {
    private static final int OVERLAY_ID_CHARS = 10;
    private static final int BRIDGE_ID_CHARS = 12;
    private static final String BRIDGE_NAME_OPTION = "com.docker.network.bridge.name";

    private DockerNetworkView() {
    }

    /**
     * The view of {@code network} in {@code topology}.
     *
     * @param daemonInode the inode of the namespace the daemon runs in (where bridges live): this
     *                    program's own, as for the docker CLI talking to the local daemon
     * @throws CommandFailure when the network has no namespace or bridge in the graph
     */
    static Topology select(Topology topology, JsonNode network, long daemonInode) {
        String name = network.path("Name").asText();
        String id = network.path("Id").asText();
        String driver = network.path("Driver").asText();
        return switch (driver) {
            case "overlay" -> overlay(topology, name, id);
            case "bridge" -> bridge(topology, name, id, network.path("Options").path(BRIDGE_NAME_OPTION).asText(""),
                    daemonInode);
            default -> throw new CommandFailure("Network " + name + " (driver " + driver
                    + ") has no namespace or bridge of its own to show.", 1);
        };
    }

    private static Topology overlay(Topology topology, String name, String id) {
        String idPart = id.substring(0, Math.min(OVERLAY_ID_CHARS, id.length()));
        Pattern namespaceName = Pattern.compile("[0-9]+-" + Pattern.quote(idPart));
        NamespaceNode overlay = topology.namespaces().stream()
                .filter(ns -> namespaceName.matcher(ns.name()).matches())
                .findFirst()
                .orElseThrow(() -> new CommandFailure("Network " + name + " (overlay) has no namespace 1-" + idPart
                        + " on this host: no task or container of it runs here.", 1));
        return topology.around(overlay.name());
    }

    private static Topology bridge(Topology topology, String name, String id, String configuredName, long daemonInode) {
        String bridge = configuredName.isEmpty()
                ? "br-" + id.substring(0, Math.min(BRIDGE_ID_CHARS, id.length()))
                : configuredName;
        NamespaceNode host = topology.namespace(daemonInode)
                .orElseThrow(() -> new CommandFailure("Network " + name + " is the bridge " + bridge
                        + " of the daemon's namespace, which is not in the graph.", 1));
        if (host.link(bridge).filter(l -> "bridge".equals(l.kind())).isEmpty()) {
            throw new CommandFailure("Network " + name + " should be the bridge " + bridge + ", which namespace "
                    + host.name() + " does not have: is the daemon in another network namespace?", 1);
        }
        return topology.aroundBridge(host.name(), bridge);
    }
}
