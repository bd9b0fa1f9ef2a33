package io.jnetlink.route;

import io.jnetlink.route.internal.Arguments;
import io.jnetlink.core.MacAddress;
import io.jnetlink.core.MessageHandler;
import io.jnetlink.core.NetlinkException;
import io.jnetlink.core.message.MessageType;
import io.jnetlink.core.message.NlMsgHdr;
import io.jnetlink.route.neighbour.Neighbour;
import io.jnetlink.route.neighbour.NeighbourCodec;
import io.jnetlink.route.neighbour.NeighbourRequest;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Neighbour tables of one namespace: ARP/NDP entries ({@code ip neigh}) and bridge FDB entries
 * ({@code bridge fdb}). Obtained from {@link Rtnl#neighbours()}; safe to use from any thread.
 */
public final class Neighbours {
    private final Rtnl rtnl;

    Neighbours(Rtnl rtnl) {
        this.rtnl = rtnl;
    }

    /**
     * ARP and NDP entries of every state ({@code ip neigh show nud all}).
     *
     * @return the entries in the order the kernel dumps them; empty when there are none
     */
    public List<Neighbour> list() {
        return list(AddressFamily.AF_UNSPEC, 0);
    }

    /**
     * Entries of {@code family} ({@code AF_UNSPEC} for IPv4 and IPv6, {@code AF_INET},
     * {@code AF_INET6}, or {@code AF_BRIDGE} for the FDB) on interface {@code ifindex} (0 for
     * all). The kernel filters by interface under strict checking (the default); the same
     * filter is applied here either way.
     *
     * @param family  an {@code AddressFamily} constant as above
     * @param ifindex the interface's index, or 0 for all
     * @return the entries in the order the kernel dumps them; empty when none match
     */
    public List<Neighbour> list(int family, int ifindex) {
        List<Neighbour> result = new ArrayList<>();
        forEach(family, ifindex, DumpHandlers.collecting(NeighbourCodec::decode,
                n -> ifindex <= 0 || n.ifindex() == ifindex, result));
        return result;
    }

    /**
     * Bridge FDB entries of every device ({@code bridge fdb show}).
     *
     * @return the entries in the order the kernel dumps them; empty when there are none
     */
    public List<Neighbour> listFdb() {
        return list(AddressFamily.AF_BRIDGE, 0);
    }

    /**
     * Bridge FDB entries of device {@code ifindex} ({@code bridge fdb show dev D}).
     *
     * @param ifindex the device's index (a bridge, a bridge port or a VXLAN device), greater than 0
     * @return the entries in the order the kernel dumps them; empty when it has none
     */
    public List<Neighbour> listFdb(int ifindex) {
        return list(AddressFamily.AF_BRIDGE, Arguments.ifindex(ifindex));
    }

    /**
     * Streams the {@code RTM_NEWNEIGH} messages of a dump to {@code visitor} without building
     * records (the cursor is valid only inside the call). The interface filter applies only
     * with strict checking.
     * A dump the kernel flagged interrupted and the client runs again calls
     * {@link MessageHandler#onRestart()} on {@code visitor} first.
     *
     * @param family  an {@code AddressFamily} constant, {@code AF_UNSPEC} for IPv4 and IPv6
     * @param ifindex the interface's index, or 0 for all
     * @param visitor called once per message on the calling thread; not null
     */
    public void forEach(int family, int ifindex, MessageHandler visitor) {
        if (family != AddressFamily.AF_UNSPEC && family != AddressFamily.AF_BRIDGE && !AddressFamily.isIp(family)) {
            throw new IllegalArgumentException("neighbour family must be AF_UNSPEC, AF_INET, AF_INET6 or AF_BRIDGE: "
                    + family);
        }
        Arguments.ifindexFilter(ifindex);
        Objects.requireNonNull(visitor, "visitor");
        rtnl.dump(w -> NeighbourCodec.writeDump(w, family, ifindex),
                DumpHandlers.only(MessageType.RTM_NEWNEIGH, visitor));
    }

    /**
     * Adds an entry ({@code ip neigh add}, {@code bridge fdb add}).
     *
     * @param request the entry to add; not null
     * @throws NetlinkException with {@code EEXIST} when present, {@code ENODEV} for a missing device
     */
    public void add(NeighbourRequest request) {
        send(MessageType.RTM_NEWNEIGH, NlMsgHdr.NLM_F_CREATE | NlMsgHdr.NLM_F_EXCL, request);
    }

    /**
     * Adds the entry or overwrites it ({@code ip neigh replace}, {@code bridge fdb replace}).
     *
     * @param request the entry to add or overwrite; not null
     */
    public void replace(NeighbourRequest request) {
        send(MessageType.RTM_NEWNEIGH, NlMsgHdr.NLM_F_CREATE | NlMsgHdr.NLM_F_REPLACE, request);
    }

    /**
     * Adds an FDB entry beside existing ones for the same MAC ({@code bridge fdb append}): how a
     * VXLAN device gets several remotes for one MAC, such as the all-zero flooding entry.
     *
     * @param request the FDB entry to add; not null
     */
    public void append(NeighbourRequest request) {
        send(MessageType.RTM_NEWNEIGH, NlMsgHdr.NLM_F_CREATE | NlMsgHdr.NLM_F_APPEND, request);
    }

    /**
     * {@code bridge fdb append MAC dev DEV dst REMOTE}: a permanent {@code self} entry sending
     * {@code mac} to the VXLAN remote {@code dst}.
     *
     * @param ifindex the VXLAN device's index, greater than 0
     * @param mac     the MAC address the entry is for; not null
     * @param dst     the remote VTEP's address; not null
     */
    public void appendFdb(int ifindex, MacAddress mac, InetAddress dst) {
        append(NeighbourRequest.fdb(ifindex, mac).withDst(dst));
    }

    /**
     * Deletes an entry ({@code ip neigh del}, {@code bridge fdb del}).
     *
     * @param request the entry to delete; not null
     * @throws NetlinkException with {@code ENOENT} when it is not there
     */
    public void delete(NeighbourRequest request) {
        send(MessageType.RTM_DELNEIGH, 0, request);
    }

    /**
     * Deletes {@code neighbour} as listed.
     *
     * @param neighbour an entry as {@link #list()} or {@link #listFdb()} returned it; not null
     */
    public void delete(Neighbour neighbour) {
        delete(NeighbourRequest.of(neighbour));
    }

    private void send(int type, int flags, NeighbourRequest request) {
        Objects.requireNonNull(request, "request");
        rtnl.execute(w -> NeighbourCodec.write(w, type, flags, request), message -> true);
    }
}
