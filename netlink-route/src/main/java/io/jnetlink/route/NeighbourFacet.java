package io.jnetlink.route;

import io.jnetlink.core.Errno;
import io.jnetlink.core.NetlinkException;
import io.jnetlink.core.message.MessageType;
import io.jnetlink.core.message.NlMsgHdr;
import io.jnetlink.route.neighbour.Neighbour;
import io.jnetlink.route.neighbour.NeighbourCodec;
import io.jnetlink.route.neighbour.NeighbourRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The verbs {@link Neighbours} and {@link Fdb} share: both tables travel as {@code RTM_*NEIGH}
 * messages, told apart by family ({@code AF_BRIDGE} for the FDB), and each takes only requests of
 * its own kind.
 */
abstract sealed class NeighbourFacet permits Neighbours, Fdb {
    /** The client whose socket the facet shares. */
    final Rtnl rtnl;
    private final boolean fdb;

    NeighbourFacet(Rtnl rtnl, boolean fdb) {
        this.rtnl = rtnl;
        this.fdb = fdb;
    }

    /**
     * Adds an entry ({@code ip neigh add}, {@code bridge fdb add}).
     *
     * @param request the entry: {@link NeighbourRequest#of} for {@link Neighbours},
     *                {@link NeighbourRequest#fdb} for {@link Fdb}; not null
     * @throws NetlinkException with {@code EEXIST} when present, {@code ENODEV} for a missing device
     * @throws IllegalArgumentException for a request of the other table
     */
    public void add(NeighbourRequest request) {
        send(MessageType.RTM_NEWNEIGH, NlMsgHdr.NLM_F_CREATE | NlMsgHdr.NLM_F_EXCL, request);
    }

    /**
     * Adds the entry or overwrites it ({@code ip neigh replace}, {@code bridge fdb replace}).
     *
     * @param request the entry to add or overwrite; not null
     * @throws IllegalArgumentException for a request of the other table
     */
    public void replace(NeighbourRequest request) {
        send(MessageType.RTM_NEWNEIGH, NlMsgHdr.NLM_F_CREATE | NlMsgHdr.NLM_F_REPLACE, request);
    }

    /**
     * Changes an existing entry ({@code ip neigh change}, {@code bridge fdb change}).
     *
     * @param request the entry's new form; not null
     * @throws NetlinkException with {@code ENOENT} when there is no such entry
     * @throws IllegalArgumentException for a request of the other table
     */
    public void change(NeighbourRequest request) {
        send(MessageType.RTM_NEWNEIGH, NlMsgHdr.NLM_F_REPLACE, request);
    }

    /**
     * Deletes an entry ({@code ip neigh del}, {@code bridge fdb del}). A VXLAN device deletes the
     * remote an FDB request names exactly (destination, port, VNI, via), and quietly keeps one
     * that differs.
     *
     * @param request the entry to delete; not null
     * @throws NetlinkException with {@code ENOENT} when it is not there
     * @throws IllegalArgumentException for a request of the other table
     */
    public void delete(NeighbourRequest request) {
        send(MessageType.RTM_DELNEIGH, 0, request);
    }

    /**
     * Deletes {@code entry} as listed.
     *
     * @param entry an entry as this facet's {@code list} returned it; not null
     * @throws NetlinkException with {@code ENOENT} when it is no longer there
     */
    public void delete(Neighbour entry) {
        delete(NeighbourRequest.from(Objects.requireNonNull(entry, "entry")));
    }

    /** A dump of {@code family}, narrowed by the kernel as {@link NeighbourCodec#writeDump} says, then by {@code keep}. */
    final List<Neighbour> dump(int family, int ifindex, int masterIfindex, boolean proxies, Predicate<Neighbour> keep) {
        List<Neighbour> result = new ArrayList<>();
        rtnl.dump(w -> NeighbourCodec.writeDump(w, family, ifindex, masterIfindex, proxies),
                DumpHandlers.only(MessageType.RTM_NEWNEIGH, DumpHandlers.collecting(NeighbourCodec::decode, keep, result)));
        return result;
    }

    /** Deletes every entry of {@code entries}, skipping those gone meanwhile; how many this call deleted. */
    final int deleteEach(List<Neighbour> entries) {
        return Deletions.deleteEach(entries, this::delete, Errno.ENOENT);
    }

    /** Sends {@code request} as {@code type} with {@code flags}, after checking it is of this table's kind. */
    final void send(int type, int flags, NeighbourRequest request) {
        Objects.requireNonNull(request, "request");
        if ((request.family() == AddressFamily.AF_BRIDGE) != fdb) {
            throw new IllegalArgumentException(fdb ? "not an FDB entry (NeighbourRequest.fdb): " + request
                    : "an FDB entry goes to Rtnl.fdb(), not Rtnl.neighbours(): " + request);
        }
        rtnl.execute(w -> NeighbourCodec.write(w, type, flags, request), message -> true);
    }
}
