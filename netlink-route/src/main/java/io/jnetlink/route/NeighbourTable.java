package io.jnetlink.route;

import io.jnetlink.core.message.MessageType;
import io.jnetlink.route.neighbour.Neighbour;
import io.jnetlink.route.neighbour.NeighbourCodec;
import io.jnetlink.route.neighbour.NeighbourRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * What {@link Neighbours} and {@link Fdb} share: both tables travel as {@code RTM_*NEIGH}
 * messages, told apart by family ({@code AF_BRIDGE} for the FDB).
 */
final class NeighbourTable {
    private NeighbourTable() {
    }

    /** A dump of {@code family}, narrowed by the kernel as {@link NeighbourCodec#writeDump} says, then by {@code keep}. */
    static List<Neighbour> list(Rtnl rtnl, int family, int ifindex, int masterIfindex, boolean proxies,
                                Predicate<Neighbour> keep) {
        List<Neighbour> result = new ArrayList<>();
        rtnl.dump(w -> NeighbourCodec.writeDump(w, family, ifindex, masterIfindex, proxies),
                DumpHandlers.only(MessageType.RTM_NEWNEIGH, DumpHandlers.collecting(NeighbourCodec::decode, keep, result)));
        return result;
    }

    /** Sends {@code request} as {@code type} with {@code flags}, after checking it is of the table's kind. */
    static void send(Rtnl rtnl, int type, int flags, NeighbourRequest request, boolean fdb) {
        Objects.requireNonNull(request, "request");
        if ((request.family() == AddressFamily.AF_BRIDGE) != fdb) {
            throw new IllegalArgumentException(fdb ? "not an FDB entry (NeighbourRequest.fdb): " + request
                    : "an FDB entry goes to Rtnl.fdb(), not Rtnl.neighbours(): " + request);
        }
        rtnl.execute(w -> NeighbourCodec.write(w, type, flags, request), message -> true);
    }
}
