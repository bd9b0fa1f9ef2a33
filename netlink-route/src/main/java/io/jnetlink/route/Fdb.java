package io.jnetlink.route;

import io.jnetlink.core.NetlinkException;
import io.jnetlink.core.message.MessageType;
import io.jnetlink.core.message.NlMsgHdr;
import io.jnetlink.route.neighbour.FdbFilter;
import io.jnetlink.route.neighbour.FdbFlush;
import io.jnetlink.route.neighbour.Neighbour;
import io.jnetlink.route.neighbour.NeighbourCodec;
import io.jnetlink.route.neighbour.NeighbourRequest;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The bridge forwarding databases of one namespace ({@code bridge fdb}): {@code AF_BRIDGE}
 * entries of bridges, bridge ports and VXLAN devices, read as {@link Neighbour} records and
 * written with {@link NeighbourRequest#fdb}. Obtained from {@link Rtnl#fdb()}; safe to use from any
 * thread.
 */
public final class Fdb extends NeighbourFacet {
    Fdb(Rtnl rtnl) {
        super(rtnl, true);
    }

    /**
     * Every FDB entry of every device ({@code bridge fdb show}).
     *
     * @return the entries in the order the kernel dumps them; empty when there are none
     */
    public List<Neighbour> list() {
        return list(FdbFilter.all());
    }

    /**
     * The entries {@code filter} selects ({@code bridge fdb show dev D}, {@code br B},
     * {@code vlan V}). The kernel filters by device and bridge under strict checking (the client's
     * default); device, VLAN and state are checked here again.
     *
     * @param filter the selection; not null
     * @return the entries in the order the kernel dumps them; empty when none match
     */
    public List<Neighbour> list(FdbFilter filter) {
        Objects.requireNonNull(filter, "filter");
        Predicate<Neighbour> keep = filter::test;
        if (!rtnl.socket().config().strictCheck()) {
            keep = keep.and(filter::showsMaster); // the kernel ignored the bridge criterion
        }
        return dump(AddressFamily.AF_BRIDGE, filter.ifindex(), filter.masterIfindex(), false, keep);
    }

    /**
     * Adds an entry beside existing ones for the same MAC ({@code bridge fdb append}): how a VXLAN
     * device gets several remotes for one MAC, such as the all-zero flooding entry.
     *
     * @param request the entry: {@link NeighbourRequest#fdb}; not null
     * @throws IllegalArgumentException for a request that is not an FDB entry's
     */
    public void append(NeighbourRequest request) {
        send(MessageType.RTM_NEWNEIGH, NlMsgHdr.NLM_F_CREATE | NlMsgHdr.NLM_F_APPEND, request);
    }

    /**
     * Deletes every entry {@code filter} selects and returns how many this call deleted; entries
     * gone meanwhile are skipped. The kernel's own entries (a port's address, {@code permanent})
     * are selected too unless the filter names states ({@code withStates(NUD_REACHABLE)} for the
     * learned ones, {@code NUD_NOARP} for the static ones).
     *
     * @param filter the selection: not {@link FdbFilter#all()}; not null
     * @return how many entries this call deleted, 0 or more
     * @throws IllegalArgumentException for a filter that selects every entry
     */
    public int flush(FdbFilter filter) {
        if (filter.selectsAll()) {
            throw new IllegalArgumentException("flush needs a narrower filter than all(): a device, bridge, VLAN or state");
        }
        return deleteEach(list(filter));
    }

    /**
     * The entry {@code key} names ({@code bridge fdb get MAC dev DEV [vlan V] [vni N] [self|master]}):
     * its device, MAC, and the VLAN, VNI and table flags when set.
     *
     * @param key an FDB request naming the entry ({@link NeighbourRequest#fdb}); not null
     * @return the entry; never null
     * @throws NetlinkException with {@code ENOENT} when there is none
     * @throws IllegalArgumentException for a request that is not an FDB entry's
     */
    public Neighbour get(NeighbourRequest key) {
        Objects.requireNonNull(key, "key");
        if (key.family() != AddressFamily.AF_BRIDGE) {
            throw new IllegalArgumentException("not an FDB entry (NeighbourRequest.fdb): " + key);
        }
        Neighbour[] found = new Neighbour[1];
        rtnl.execute(w -> NeighbourCodec.writeFdbGet(w, key), message -> {
            if (message.type() == MessageType.RTM_NEWNEIGH) {
                found[0] = NeighbourCodec.decode(message);
            }
            return true;
        });
        return found[0];
    }

    /**
     * Lets the kernel delete every entry {@code flush} selects in one request
     * ({@code bridge fdb flush dev DEV ...}); unlike {@link #flush(FdbFilter)} nothing is listed first,
     * and the device's driver decides what it can flush.
     *
     * @param flush the selection; not null
     * @throws NetlinkException as the kernel refuses: {@code EOPNOTSUPP} for a device without bulk deletion
     */
    public void flush(FdbFlush flush) {
        Objects.requireNonNull(flush, "flush");
        rtnl.execute(w -> NeighbourCodec.writeFlush(w, flush), message -> true);
    }
}
