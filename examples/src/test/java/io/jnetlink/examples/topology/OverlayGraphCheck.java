package io.jnetlink.examples.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Checks one Docker-style overlay namespace of a {@code topology --format json} graph against
 * iproute2 run at the same moment: {@code br0} is a bridge, {@code vxlan0} is its port with the
 * VNI {@code ip -d link} reports, and the veths are exactly ip's, each a port of {@code br0}
 * whose peer (namespace and name) is what ip says at both ends: the peer's ifindex is the veth's
 * {@code link_index}, the peer's namespace is the one the veth's {@code link_netnsid} names in
 * {@code ip netns list-id}, and the peer's own {@code link_index} and {@code link_netnsid} lead back.
 * Shared by the overlay-lab test (ip run here) and the Docker-lab test (ip run inside the node).
 */
public final class OverlayGraphCheck {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Runs {@code ip ARGS} where the namespaces are named and returns its standard output. */
    @FunctionalInterface
    public interface Ip {
        /** The output of {@code ip args}. */
        String run(String... args);
    }

    private final JsonNode graph;
    private final Ip ip;

    /**
     * @param graphJson the output of {@code topology --format json}
     * @param ip        how to run iproute2 where the graph's namespace names are {@code ip -n} names
     */
    public OverlayGraphCheck(String graphJson, Ip ip) throws JsonProcessingException {
        this.graph = JSON.readTree(graphJson);
        this.ip = ip;
    }

    /** The graph's namespace names, in its order. */
    public List<String> namespaces() {
        List<String> names = new ArrayList<>();
        graph.get("namespaces").forEach(ns -> names.add(ns.get("name").asText()));
        return names;
    }

    /**
     * Asserts the overlay namespace {@code overlayNs} as described above.
     *
     * @return the VNI of its {@code vxlan0}, and the far ends of its veths as {@code namespace:ifname},
     *         sorted, for the caller to compare with the endpoints it expects
     */
    public Overlay assertOverlay(String overlayNs) throws JsonProcessingException {
        Map<String, JsonNode> ours = links(overlayNs);
        Map<String, JsonNode> ipLinks = ipLinks(overlayNs);
        assertEquals("bridge", kind(ours.get("br0")), overlayNs + ": br0 " + ours.get("br0"));
        JsonNode vxlan = ours.get("vxlan0");
        assertNotNull(vxlan, overlayNs + " has no vxlan0: " + ours.keySet());
        assertEquals("vxlan", kind(vxlan));
        assertEquals("br0", vxlan.path("master").asText(), overlayNs + ": vxlan0 is a port of br0");
        int vni = ipLinks.get("vxlan0").get("linkinfo").get("info_data").get("id").asInt();
        assertEquals(vni, vxlan.get("vxlan").get("id").asInt(), overlayNs + ": VNI as ip -d link shows it");

        List<String> ipVeths = ipLinks.values().stream().filter(l -> "veth".equals(ipKind(l)))
                .map(l -> l.get("ifname").asText()).sorted().toList();
        List<String> ourVeths = ours.values().stream().filter(l -> "veth".equals(kind(l)))
                .map(l -> l.get("name").asText()).sorted().toList();
        assertEquals(ipVeths, ourVeths, overlayNs + ": the veths ip lists");
        Map<Integer, String> overlayIds = namespaceIds(overlayNs);
        List<String> ends = new ArrayList<>();
        for (String veth : ourVeths) {
            JsonNode link = ours.get(veth);
            JsonNode ipLink = ipLinks.get(veth);
            assertEquals("br0", link.path("master").asText(), overlayNs + ":" + veth + " is a port of br0");
            assertEquals("br0", ipLink.path("master").asText(), overlayNs + ":" + veth + " per ip");
            JsonNode peer = link.get("peer");
            String peerNs = peer.path("namespace").asText(null);
            String peerName = peer.path("name").asText(null);
            assertNotNull(peerNs, overlayNs + ":" + veth + " peer unresolved: " + peer);
            assertEquals(ipLink.get("link_index").asInt(), peer.get("index").asInt(), veth + " peer ifindex");
            assertEquals(overlayIds.get(ipLink.get("link_netnsid").asInt()), peerNs,
                    overlayNs + ":" + veth + " peer namespace, by link_netnsid " + ipLink.get("link_netnsid"));

            JsonNode ipPeer = JSON.readTree(ip.run("-n", peerNs, "-j", "-d", "link", "show", "dev", peerName)).get(0);
            assertEquals(peer.get("index").asInt(), ipPeer.get("ifindex").asInt(), peerNs + ":" + peerName);
            assertEquals(ipLink.get("ifindex").asInt(), ipPeer.get("link_index").asInt(), peerNs + ":" + peerName
                    + " leads back to " + veth);
            assertEquals(overlayNs, namespaceIds(peerNs).get(ipPeer.get("link_netnsid").asInt()),
                    peerNs + ":" + peerName + " leads back into " + overlayNs);
            JsonNode back = links(peerNs).get(peerName);
            assertEquals(overlayNs, back.get("peer").get("namespace").asText(), peerNs + ":" + peerName);
            assertEquals(veth, back.get("peer").get("name").asText(), peerNs + ":" + peerName);
            ends.add(peerNs + ":" + peerName);
        }
        ends.sort(null);
        return new Overlay(vxlan.get("vxlan").get("id").asInt(), ends);
    }

    /**
     * What {@link #assertOverlay} found.
     *
     * @param vni  the VNI of {@code vxlan0}
     * @param ends the far ends of the overlay's veths as {@code namespace:ifname}, sorted
     */
    public record Overlay(int vni, List<String> ends) {
    }

    /** The graph's links of namespace {@code name}, by name. */
    private Map<String, JsonNode> links(String name) {
        for (JsonNode ns : graph.get("namespaces")) {
            if (ns.get("name").asText().equals(name)) {
                Map<String, JsonNode> links = new TreeMap<>();
                ns.get("links").forEach(l -> links.put(l.get("name").asText(), l));
                return links;
            }
        }
        throw new AssertionError("namespace " + name + " is not in the graph: " + namespaces());
    }

    private Map<String, JsonNode> ipLinks(String ns) throws JsonProcessingException {
        Map<String, JsonNode> links = new TreeMap<>();
        JSON.readTree(ip.run("-n", ns, "-j", "-d", "link", "show")).forEach(l -> links.put(l.get("ifname").asText(), l));
        return links;
    }

    /** ip's namespace ids of {@code ns}: nsid to name. Read after the links, whose dump assigns them. */
    private Map<Integer, String> namespaceIds(String ns) throws JsonProcessingException {
        Map<Integer, String> ids = new HashMap<>();
        JSON.readTree(ip.run("-n", ns, "-j", "netns", "list-id"))
                .forEach(id -> ids.put(id.get("nsid").asInt(), id.path("name").asText(null)));
        return ids;
    }

    private static String kind(JsonNode ourLink) {
        assertNotNull(ourLink, "link missing");
        return ourLink.path("kind").asText(null);
    }

    private static String ipKind(JsonNode ipLink) {
        return ipLink.path("linkinfo").path("info_kind").asText(null);
    }
}
