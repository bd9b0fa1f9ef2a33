package io.jnetlink.examples.ip;

import io.jnetlink.examples.cli.CommandFailure;
import io.jnetlink.route.link.BridgeData;
import io.jnetlink.route.link.BridgePortAttributes;
import io.jnetlink.route.link.BridgePortData;
import io.jnetlink.route.link.Link;
import io.jnetlink.route.neighbour.Neighbour;
import io.jnetlink.route.neighbour.NeighbourAttributes;
import io.jnetlink.route.neighbour.NeighbourCodec;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code brctl showmacs BRIDGE} as bridge-utils prints it: the bridge's forwarding entries (those
 * it learned or was given for its ports, not the ports' own tables), sorted by MAC address, with
 * the port number, whether the address is the bridge's own, and the seconds since the entry was
 * last updated (0 for local and static entries, which do not age). Read from the kernel's FDB
 * dump instead of sysfs's {@code brforward}, which carries the same entries.
 */
final class BrctlShowmacs {
    private static final String HEADER = "port no\tmac addr\t\tis local?\tageing timer\n";

    private BrctlShowmacs() {
    }

    /** The table of {@code bridgeName}, among {@code links} and the namespace's FDB {@code entries}. */
    static String format(String bridgeName, List<Link> links, List<Neighbour> entries) {
        Link bridge = links.stream().filter(l -> l.name().equals(bridgeName)).findFirst()
                .orElseThrow(() -> new CommandFailure("read of forward table failed: No such device", 1));
        if (bridge.info() == null || !(bridge.info().data() instanceof BridgeData)) {
            throw new CommandFailure("read of forward table failed: Operation not supported", 1);
        }
        Map<Integer, Integer> portNumbers = new HashMap<>();
        for (Link link : links) {
            if (link.masterIfindex() == bridge.ifindex() && link.info() != null
                    && link.info().slaveData() instanceof BridgePortData port && port.get(BridgePortAttributes.NO) != null) {
                portNumbers.put(link.ifindex(), port.get(BridgePortAttributes.NO));
            }
        }
        StringBuilder out = new StringBuilder(HEADER);
        entries.stream()
                .filter(e -> Integer.valueOf(bridge.ifindex()).equals(e.get(NeighbourAttributes.MASTER))
                        && e.get(NeighbourAttributes.LLADDR) != null && portNumbers.containsKey(e.ifindex()))
                .sorted(Comparator.comparing(e -> e.get(NeighbourAttributes.LLADDR).toByteArray(), Arrays::compareUnsigned))
                .forEach(e -> out.append(line(e, portNumbers.get(e.ifindex()))));
        return out.toString();
    }

    private static String line(Neighbour entry, int portNumber) {
        boolean local = entry.hasState(NeighbourCodec.NUD_PERMANENT);
        Neighbour.CacheInfo ages = entry.get(NeighbourAttributes.CACHEINFO);
        long centiseconds = !local && !entry.hasState(NeighbourCodec.NUD_NOARP) && ages != null ? ages.updated() : 0;
        return String.format("%3d\t%s\t%s\t\t%4d.%02d%n", portNumber, entry.get(NeighbourAttributes.LLADDR),
                local ? "yes" : "no", centiseconds / 100, centiseconds % 100);
    }
}
