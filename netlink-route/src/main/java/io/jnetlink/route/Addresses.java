package io.jnetlink.route;

import io.jnetlink.route.internal.Arguments;
import io.jnetlink.core.Errno;
import io.jnetlink.core.MessageHandler;
import io.jnetlink.core.NetlinkException;
import io.jnetlink.core.message.MessageType;
import io.jnetlink.core.message.NlMsgHdr;
import io.jnetlink.route.address.Addr;
import io.jnetlink.route.address.AddrCodec;
import io.jnetlink.route.address.AddressRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Interface addresses of one namespace: what {@code ip addr} shows and changes. Obtained from
 * {@link Rtnl#addresses()}; safe to use from any thread.
 */
public final class Addresses {
    private final Rtnl rtnl;

    Addresses(Rtnl rtnl) {
        this.rtnl = rtnl;
    }

    /**
     * Every address of every family ({@code ip addr show}).
     *
     * @return the addresses in the order the kernel dumps them; empty when there are none
     */
    public List<Addr> list() {
        return list(AddressFamily.AF_UNSPEC, 0);
    }

    /**
     * Every address of {@code family} ({@code AF_INET}, {@code AF_INET6} or {@code AF_UNSPEC} for all).
     *
     * @param family {@code AddressFamily.AF_INET}, {@code AF_INET6} or {@code AF_UNSPEC} for both
     * @return the addresses in the order the kernel dumps them; empty when there are none
     */
    public List<Addr> list(int family) {
        return list(family, 0);
    }

    /**
     * Addresses of {@code family} ({@code AF_UNSPEC} for all) on interface {@code index}
     * ({@code 0} for every interface). The kernel filters by index when the client uses
     * strict checking (the default); otherwise the filter is applied here.
     *
     * @param family {@code AddressFamily.AF_INET}, {@code AF_INET6} or {@code AF_UNSPEC} for both
     * @param index  the interface's index, or 0 for every interface
     * @return the addresses in the order the kernel dumps them; empty when none match
     */
    public List<Addr> list(int family, int index) {
        checkFamily(family);
        List<Addr> result = new ArrayList<>();
        // Without strict checking the kernel ignores ifa_index and sends everything.
        forEach(family, index, DumpHandlers.collecting(AddrCodec::decode, addr -> index <= 0 || addr.index() == index,
                result));
        return result;
    }

    /**
     * Addresses on interface {@code index} of every family ({@code ip addr show dev D}).
     *
     * @param index the interface's index, greater than 0
     * @return the addresses in the order the kernel dumps them; empty when it has none
     */
    public List<Addr> listByLink(int index) {
        return list(AddressFamily.AF_UNSPEC, Arguments.ifindex(index));
    }

    /**
     * Streams the {@code RTM_NEWADDR} messages of a dump to {@code visitor} without building
     * records: decode what you need with the cursor (valid only inside the call), for instance
     * through {@link AddrCodec#decode}. Without strict checking the index filter is not applied.
     * A dump the kernel flagged interrupted and the client runs again calls
     * {@link MessageHandler#onRestart()} on {@code visitor} first.
     *
     * @param family  {@code AddressFamily.AF_INET}, {@code AF_INET6} or {@code AF_UNSPEC} for both
     * @param index   the interface's index, or 0 for every interface
     * @param visitor called once per message on the calling thread; not null
     */
    public void forEach(int family, int index, MessageHandler visitor) {
        checkFamily(family);
        Arguments.ifindexFilter(index);
        Objects.requireNonNull(visitor, "visitor");
        rtnl.dump(w -> AddrCodec.writeDump(w, family, index), DumpHandlers.only(MessageType.RTM_NEWADDR, visitor));
    }

    /**
     * Adds an address ({@code ip addr add}).
     *
     * @param request the address, its interface and options; not null
     * @throws NetlinkException with {@code EEXIST} when it is already there,
     *                                           {@code ENODEV} for a missing interface
     */
    public void add(AddressRequest request) {
        send(MessageType.RTM_NEWADDR, NlMsgHdr.NLM_F_CREATE | NlMsgHdr.NLM_F_EXCL, request);
    }

    /**
     * Adds the address or updates it in place when present ({@code ip addr replace}).
     *
     * @param request the address, its interface and options; not null
     */
    public void replace(AddressRequest request) {
        send(MessageType.RTM_NEWADDR, NlMsgHdr.NLM_F_CREATE | NlMsgHdr.NLM_F_REPLACE, request);
    }

    /**
     * Deletes an address ({@code ip addr del}).
     *
     * @param request the address and its interface; not null
     * @throws NetlinkException with {@code EADDRNOTAVAIL} when it is not there
     */
    public void delete(AddressRequest request) {
        send(MessageType.RTM_DELADDR, 0, request);
    }

    /**
     * Deletes {@code addr} as listed.
     *
     * @param addr an address as {@link #list()} returned it; not null
     */
    public void delete(Addr addr) {
        delete(AddressRequest.of(addr));
    }

    /**
     * Deletes every address of {@code family} ({@code AF_UNSPEC} for all) on interface
     * {@code index} ({@code ip addr flush dev D}); returns how many were deleted. The arguments
     * come in the order of {@link #list(int, int)}. Addresses the kernel removed meanwhile
     * (secondaries go with their primary) are skipped.
     *
     * @param family {@code AddressFamily.AF_INET}, {@code AF_INET6} or {@code AF_UNSPEC} for both
     * @param index  the interface's index, greater than 0
     * @return how many addresses this call deleted, 0 or more
     */
    public int flush(int family, int index) {
        Arguments.ifindex(index);
        int deleted = 0;
        for (Addr addr : list(family, index)) {
            try {
                delete(addr);
                deleted++;
            } catch (NetlinkException e) {
                if (!e.is(Errno.EADDRNOTAVAIL)) {
                    throw e;
                }
            }
        }
        return deleted;
    }

    private void send(int type, int flags, AddressRequest request) {
        Objects.requireNonNull(request, "request");
        rtnl.execute(w -> AddrCodec.write(w, type, flags, request), message -> true);
    }

    private static void checkFamily(int family) {
        if (family != AddressFamily.AF_UNSPEC && !AddressFamily.isIp(family)) {
            throw new IllegalArgumentException("address family must be AF_UNSPEC, AF_INET or AF_INET6: " + family);
        }
    }
}
