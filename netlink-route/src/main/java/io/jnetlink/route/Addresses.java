package io.jnetlink.route;

import io.jnetlink.core.Errno;
import io.jnetlink.core.MessageHandler;
import io.jnetlink.core.NetlinkException;
import io.jnetlink.core.message.MessageCursor;
import io.jnetlink.core.message.MessageType;
import io.jnetlink.core.message.NlMsgHdr;
import io.jnetlink.route.address.Address;
import io.jnetlink.route.address.AddressCodec;
import io.jnetlink.route.address.AddressFilter;
import io.jnetlink.route.address.AddressRequest;
import io.jnetlink.route.address.AddressView;
import io.jnetlink.route.address.AddressVisitor;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Interface addresses of one namespace: what {@code ip addr} shows and changes. Obtained from
 * {@link Rtnl#addresses()}; safe to use from any thread.
 *
 * <p>There is no {@code change}: the kernel adds a missing address even without
 * {@code NLM_F_CREATE}, so {@link #replace} is what {@code ip addr change} does.
 */
public final class Addresses {
    private final Rtnl rtnl;

    Addresses(Rtnl rtnl) {
        this.rtnl = rtnl;
    }

    /**
     * Every address of every family and interface ({@code ip addr show}).
     *
     * @return the addresses in the order the kernel dumps them; empty when there are none
     */
    public List<Address> list() {
        return list(AddressFilter.all());
    }

    /**
     * The addresses {@code filter} selects ({@code ip -4 addr show dev D scope S}). The kernel
     * filters by family and interface under strict checking (the client's default); every
     * criterion is checked here again, so the result is the same without it.
     *
     * @param filter the selection; not null
     * @return the addresses in the order the kernel dumps them; empty when none match
     */
    public List<Address> list(AddressFilter filter) {
        List<Address> result = new ArrayList<>();
        dump(filter, DumpHandlers.collecting(AddressCodec::decode, filter::test, result));
        return result;
    }

    /**
     * Streams the addresses {@code filter} selects to {@code visitor} as views over the receive
     * buffer: no record and no per-address allocation. A dump the kernel flagged interrupted and
     * the client runs again calls {@link AddressVisitor#onRestart()} first.
     *
     * @param filter  the selection; not null
     * @param visitor called once per address, on the calling thread; not null
     */
    public void forEach(AddressFilter filter, AddressVisitor visitor) {
        Objects.requireNonNull(visitor, "visitor");
        AddressView view = new AddressView();
        dump(filter, new MessageHandler() {
            @Override
            public boolean onMessage(MessageCursor message) {
                view.wrap(message);
                if (filter.test(view.family(), view.ifindex(), view.scope())) {
                    visitor.visit(view);
                }
                return true;
            }

            @Override
            public void onRestart() {
                visitor.onRestart();
            }
        });
    }

    private void dump(AddressFilter filter, MessageHandler handler) {
        Objects.requireNonNull(filter, "filter");
        rtnl.dump(w -> AddressCodec.writeDump(w, filter.family(), filter.ifindex()),
                DumpHandlers.only(MessageType.RTM_NEWADDR, handler));
    }

    /**
     * Adds an address ({@code ip addr add}).
     *
     * @param request the address, its interface and options; not null
     * @throws NetlinkException with {@code EEXIST} when it is already there,
     *                          {@code ENODEV} for a missing interface
     */
    public void add(AddressRequest request) {
        send(MessageType.RTM_NEWADDR, NlMsgHdr.NLM_F_CREATE | NlMsgHdr.NLM_F_EXCL, request);
    }

    /**
     * Updates an address in place, as {@code ip addr change} does: {@code NLM_F_REPLACE} without
     * {@code NLM_F_CREATE}. The kernel (6.x, IPv4 and IPv6 alike) still adds an address that is
     * absent: it does not check for the missing create flag on addresses.
     *
     * @param request the address, its interface and options; not null
     */
    public void change(AddressRequest request) {
        send(MessageType.RTM_NEWADDR, NlMsgHdr.NLM_F_REPLACE, request);
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
     * Deletes {@code address} as listed.
     *
     * @param address an address as {@link #list()} returned it; not null
     * @throws NetlinkException with {@code EADDRNOTAVAIL} when it is no longer there
     */
    public void delete(Address address) {
        delete(AddressRequest.from(Objects.requireNonNull(address, "address")));
    }

    /**
     * Deletes every address {@code filter} selects ({@code ip addr flush dev D}) and returns how
     * many this call deleted. Addresses the kernel removed meanwhile (secondaries go with their
     * primary) are skipped.
     *
     * @param filter the selection: not {@link AddressFilter#all()}, which would strip the loopback too
     * @return how many addresses this call deleted, 0 or more
     * @throws IllegalArgumentException for a filter that selects every address
     */
    public int flush(AddressFilter filter) {
        if (filter.selectsAll()) {
            throw new IllegalArgumentException("flush needs a narrower filter than all(): a family, interface or scope");
        }
        return Deletions.deleteEach(list(filter), this::delete, Errno.EADDRNOTAVAIL);
    }

    private void send(int type, int flags, AddressRequest request) {
        Objects.requireNonNull(request, "request");
        rtnl.execute(w -> AddressCodec.write(w, type, flags, request), message -> true);
    }
}
