package io.jnetlink.route;

import io.jnetlink.core.Errno;
import io.jnetlink.core.NetlinkException;
import io.jnetlink.core.message.MessageType;
import io.jnetlink.route.internal.Arguments;
import io.jnetlink.route.neighbour.Neighbour;
import io.jnetlink.route.neighbour.NeighbourCodec;
import io.jnetlink.route.neighbour.NeighbourFilter;
import java.net.InetAddress;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The ARP and NDP entries of one namespace ({@code ip neigh}): {@code AF_INET} and
 * {@code AF_INET6} neighbours, and with {@link NeighbourFilter#withProxies()} the proxy entries.
 * Bridge FDB entries are on {@link Rtnl#fdb()}. Obtained from {@link Rtnl#neighbours()}; safe to
 * use from any thread. Entries are added, replaced, changed and deleted with
 * {@link io.jnetlink.route.neighbour.NeighbourRequest#of} requests.
 */
public final class Neighbours extends NeighbourFacet {
    Neighbours(Rtnl rtnl) {
        super(rtnl, false);
    }

    /**
     * Every ARP and NDP entry of every state ({@code ip neigh show nud all}).
     *
     * @return the entries in the order the kernel dumps them; empty when there are none
     */
    public List<Neighbour> list() {
        return list(NeighbourFilter.all());
    }

    /**
     * The entries {@code filter} selects ({@code ip -4 neigh show dev D master M nud S}, or
     * {@code ip neigh show proxy}). The kernel filters by family, interface and master under
     * strict checking (the client's default); family, interface and state are checked here again.
     *
     * @param filter the selection; not null
     * @return the entries in the order the kernel dumps them; empty when none match
     */
    public List<Neighbour> list(NeighbourFilter filter) {
        Objects.requireNonNull(filter, "filter");
        return dump(filter.family(), filter.ifindex(), filter.masterIfindex(), filter.proxies(), filter::test);
    }

    /**
     * The entry of {@code address} on {@code ifindex} ({@code ip neigh get ADDRESS dev D}).
     *
     * @param ifindex the interface's index, greater than 0
     * @param address the neighbour's IPv4 or IPv6 address; not null
     * @return the entry; never null
     * @throws NetlinkException with {@code ENOENT} when there is none, {@code ENODEV} for a missing interface
     */
    public Neighbour get(int ifindex, InetAddress address) {
        Arguments.ifindex(ifindex);
        Objects.requireNonNull(address, "address");
        return get(ifindex, address, 0);
    }

    /**
     * The proxy entry of {@code address} ({@code ip neigh get proxy ADDRESS [dev D]}).
     *
     * @param ifindex the interface's index, or 0 for an entry of any interface
     * @param address the proxied IPv4 or IPv6 address; not null
     * @return the entry; never null
     * @throws NetlinkException with {@code ENOENT} when there is none
     * @throws IllegalArgumentException for a negative index
     */
    public Neighbour getProxy(int ifindex, InetAddress address) {
        Arguments.ifindexFilter(ifindex);
        return get(ifindex, Objects.requireNonNull(address, "address"), NeighbourCodec.NTF_PROXY);
    }

    private Neighbour get(int ifindex, InetAddress address, int ntf) {
        Neighbour[] found = new Neighbour[1];
        rtnl.execute(w -> NeighbourCodec.writeGet(w, ifindex, address, ntf), message -> {
            if (message.type() == MessageType.RTM_NEWNEIGH) {
                found[0] = NeighbourCodec.decode(message);
            }
            return true;
        });
        return found[0];
    }

    /**
     * As {@link #get(int, InetAddress)}, but empty when there is no such entry.
     *
     * @param ifindex the interface's index, greater than 0
     * @param address the neighbour's IPv4 or IPv6 address; not null
     * @return the entry, or empty
     * @throws NetlinkException with {@code ENODEV} for a missing interface
     */
    public Optional<Neighbour> find(int ifindex, InetAddress address) {
        try {
            return Optional.of(get(ifindex, address));
        } catch (NetlinkException e) {
            if (e.is(Errno.ENOENT)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /**
     * Deletes every entry {@code filter} selects ({@code ip neigh flush dev D}) and returns how
     * many this call deleted; entries gone meanwhile are skipped. Unlike ip, which leaves
     * permanent and noarp entries unless told otherwise, every state is flushed unless the filter
     * names states.
     *
     * @param filter the selection; not null, narrower than {@code NeighbourFilter.all()}
     * @return how many entries this call deleted, 0 or more
     * @throws IllegalArgumentException for {@code NeighbourFilter.all()}
     */
    public int flush(NeighbourFilter filter) {
        if (filter.selectsAll()) {
            throw new IllegalArgumentException("flush needs a narrower filter than all(): a family, interface, state or master");
        }
        return deleteEach(list(filter));
    }
}
