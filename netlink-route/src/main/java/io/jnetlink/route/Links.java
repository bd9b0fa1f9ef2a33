package io.jnetlink.route;

import io.jnetlink.core.Errno;
import io.jnetlink.core.MacAddress;
import io.jnetlink.core.MessageHandler;
import io.jnetlink.core.NetlinkException;
import io.jnetlink.core.message.MessageCursor;
import io.jnetlink.core.message.MessageType;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.route.internal.Arguments;
import io.jnetlink.route.link.InterfaceNames;
import io.jnetlink.route.link.Link;
import io.jnetlink.route.link.LinkAttributes;
import io.jnetlink.route.link.LinkFilter;
import io.jnetlink.route.link.LinkRequest;
import io.jnetlink.route.link.LinkView;
import io.jnetlink.route.link.LinkVisitor;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * What {@code ip link} does, for the namespace of an {@link Rtnl} client, with the verbs of
 * {@code docs/API.md}: {@link #list()} and {@link #get} links as {@link Link} records or stream
 * them through a {@link LinkVisitor} ({@link #forEach}); {@link #add}, {@link #change} and
 * {@link #delete} them with {@link LinkRequest}s. Obtained with {@link Rtnl#links()}; as
 * thread-safe as the client.
 *
 * <p>Arguments are checked before anything is sent ({@link IllegalArgumentException}); kernel
 * refusals raise {@link NetlinkException} with the kernel's own message ({@code ENODEV} for a
 * link that does not exist).
 */
public final class Links {
    private final Rtnl rtnl;
    private final int extMask;
    /** One spare view per client, so a dump allocates none. */
    private final AtomicReference<LinkView> spareView;

    Links(Rtnl rtnl) {
        this(rtnl, 0, new AtomicReference<>());
    }

    private Links(Rtnl rtnl, int extMask, AtomicReference<LinkView> spareView) {
        this.rtnl = rtnl;
        this.extMask = extMask;
        this.spareView = spareView;
    }

    private LinkView takeView() {
        LinkView view = spareView.getAndSet(null);
        return view != null ? view : new LinkView();
    }

    private void giveBack(LinkView view) {
        spareView.set(view);
    }

    /**
     * The same facet with {@code RTEXT_FILTER_SKIP_STATS}: the kernel leaves the counters out
     * ({@link Link#stats()} null, no IPv6 statistics in {@code IFLA_AF_SPEC}), which makes dumps
     * smaller and faster.
     *
     * @return a facet on the same client that skips statistics
     */
    public Links withoutStats() {
        return new Links(rtnl, extMask | LinkAttributes.RTEXT_FILTER_SKIP_STATS, spareView);
    }

    // ---- Reading ----

    /** {@return every link of the namespace, in the kernel's order} */
    public List<Link> list() {
        return list(LinkFilter.all());
    }

    /**
     * The links {@code filter} selects.
     *
     * @param filter which links; {@link LinkFilter#all()} for every one
     * @return the links, in the kernel's order
     */
    public List<Link> list(LinkFilter filter) {
        List<Link> links = new ArrayList<>();
        forEach(filter, new LinkVisitor() {
            @Override
            public void visit(LinkView link) {
                links.add(Link.from(link));
            }

            @Override
            public void onRestart() {
                links.clear(); // the dump starts over: what came before is stale
            }
        });
        return links;
    }

    /**
     * Streams every link through {@code visitor} as a flyweight view, allocating nothing per link.
     *
     * @param visitor called with a view valid only during the call
     */
    public void forEach(LinkVisitor visitor) {
        forEach(LinkFilter.all(), visitor);
    }

    /**
     * Streams the links {@code filter} selects through {@code visitor}.
     *
     * @param filter  which links
     * @param visitor called with a view valid only during the call; told when an interrupted dump
     *                starts over
     */
    public void forEach(LinkFilter filter, LinkVisitor visitor) {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(visitor, "visitor");
        LinkView view = takeView();
        try {
            dump(filter, view, new MessageHandler() {
                @Override
                public boolean onMessage(MessageCursor message) {
                    if (message.type() == MessageType.RTM_NEWLINK && filter.test(view.wrap(message))) {
                        visitor.visit(view);
                    }
                    return true;
                }

                @Override
                public void onRestart() {
                    visitor.onRestart();
                }
            });
        } finally {
            giveBack(view);
        }
    }

    private void dump(LinkFilter filter, LinkView view, MessageHandler handler) {
        rtnl.dump(w -> filter.writeDump(w, extMask), handler);
    }

    /**
     * The link called {@code name}: its interface name or one of its alternative names. A valid
     * interface name is asked for as {@code IFLA_IFNAME} (the kernel finds a short alternative
     * name so too), a longer one as {@code IFLA_ALT_IFNAME}, as {@code ip} does.
     *
     * @param name an interface name or alternative name (1 to 127 bytes)
     * @return the link
     * @throws NetlinkException {@code ENODEV} when there is none
     */
    public Link get(String name) {
        InterfaceNames.checkAltName(name);
        return single(w -> LinkRequest.writeGetByName(w, name, extMask));
    }

    /**
     * The link with interface index {@code ifindex}.
     *
     * @param ifindex the interface index, greater than 0
     * @return the link
     * @throws NetlinkException {@code ENODEV} when there is none
     */
    public Link get(int ifindex) {
        Arguments.ifindex(ifindex);
        LinkRequest request = LinkRequest.of(ifindex);
        return single(w -> request.writeGet(w, extMask));
    }

    /**
     * The link called {@code name} (an interface name or an alternative name), if there is one.
     *
     * @param name an interface name or alternative name (1 to 127 bytes)
     * @return the link, or empty
     */
    public Optional<Link> find(String name) {
        InterfaceNames.checkAltName(name);
        return absentIfNoDevice(() -> get(name));
    }

    /**
     * The link with interface index {@code ifindex}, if there is one.
     *
     * @param ifindex the interface index, greater than 0
     * @return the link, or empty
     */
    public Optional<Link> find(int ifindex) {
        Arguments.ifindex(ifindex);
        return absentIfNoDevice(() -> get(ifindex));
    }

    private static Optional<Link> absentIfNoDevice(java.util.function.Supplier<Link> get) {
        try {
            return Optional.of(get.get());
        } catch (NetlinkException e) {
            if (e.is(Errno.ENODEV)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private Link single(Consumer<MessageWriter> request) {
        Link[] found = new Link[1];
        LinkView view = takeView();
        try {
            rtnl.execute(request, message -> {
                if (message.type() == MessageType.RTM_NEWLINK) {
                    found[0] = Link.from(view.wrap(message));
                }
                return true;
            });
        } finally {
            giveBack(view);
        }
        return found[0];
    }

    // ---- Writing ----

    /**
     * Creates a link ({@code ip link add}): {@code LinkRequest.of("br0").withData(BridgeData.of())}.
     * Bridge port options in the request are set once the link exists.
     *
     * @param request the new link: its name, kind ({@link LinkRequest#withData}) and settings
     * @throws NetlinkException {@code EEXIST} when the name is taken
     */
    public void add(LinkRequest request) {
        Objects.requireNonNull(request, "request");
        send(request::writeAdd);
        if (request.portData() != null) {
            sendPortData(request, get(request.name()).ifindex());
        }
    }

    /**
     * Creates a link, or changes the one of the request's name when it exists ({@code ip link
     * replace}: the kernel decides); bridge port options are then set as by {@link #add}.
     *
     * @param request the link: its name, kind ({@link LinkRequest#withData}) and settings
     * @throws NetlinkException as the kernel refuses, for instance {@code EOPNOTSUPP} for a change
     *                          its kind does not allow
     */
    public void replace(LinkRequest request) {
        Objects.requireNonNull(request, "request");
        send(request::writeReplace);
        if (request.portData() != null) {
            sendPortData(request, get(request.name()).ifindex());
        }
    }

    /**
     * Changes an existing link ({@code ip link set}, {@code bridge link set}): what the request
     * sets, nothing else. A link named by its current name and renamed is looked up first, as
     * {@code ip} does.
     *
     * @param request the link (by name or index) and the changes
     * @throws NetlinkException {@code ENODEV} when there is no such link
     */
    public void change(LinkRequest request) {
        Objects.requireNonNull(request, "request");
        MacAddress address = request.values().get(LinkAttributes.ADDRESS);
        Link link = request.renamesByName() || address != null
                ? request.ifindex() > 0 ? get(request.ifindex()) : get(request.name()) : null;
        if (address != null && link.address() != null && link.address().length() != address.length()) {
            // Only the device knows its address length: refuse a mismatch before changing anything.
            throw new IllegalArgumentException(link.name() + " has " + link.address().length()
                    + "-byte hardware addresses, not " + address.length() + ": " + address);
        }
        LinkRequest sent = request.renamesByName() ? request.resolvedTo(link.ifindex()) : request;
        int ifindex = sent.ifindex();
        if (sent.changesLink()) {
            send(sent::writeChange);
        }
        if (request.portData() != null) {
            sendPortData(request, ifindex > 0 ? ifindex : get(request.name()).ifindex());
        }
    }

    private void sendPortData(LinkRequest request, int ifindex) {
        send(w -> request.writePortData(w, ifindex));
    }

    /**
     * Deletes the link called {@code name} ({@code ip link del}), by its interface name or one of
     * its alternative names (sent as {@code IFLA_IFNAME}, or {@code IFLA_ALT_IFNAME} when longer
     * than an interface name may be); a veth's peer goes with it.
     *
     * @param name an interface name or alternative name (1 to 127 bytes)
     * @throws NetlinkException {@code ENODEV} when there is none
     */
    public void delete(String name) {
        InterfaceNames.checkAltName(name);
        send(w -> LinkRequest.writeDeleteByName(w, name));
    }

    /**
     * Deletes the link with interface index {@code ifindex}.
     *
     * @param ifindex the interface index, greater than 0
     * @throws NetlinkException {@code ENODEV} when there is none
     */
    public void delete(int ifindex) {
        send(LinkRequest.of(ifindex)::writeDelete);
    }

    /**
     * Deletes every link of a group ({@code ip link delete group N}).
     *
     * @param group the group number, unsigned
     * @throws NetlinkException {@code ENODEV} when no link is in the group, {@code EPERM} for group 0
     */
    public void deleteGroup(int group) {
        send(w -> LinkRequest.writeDeleteGroup(w, group));
    }

    /**
     * Gives a link alternative names ({@code ip link property add dev DEV altname NAME}), in one
     * {@code RTM_NEWLINKPROP}.
     *
     * @param ifindex  the link's interface index
     * @param altNames the names (the kernel refuses an empty one or one of 128 bytes or more)
     * @throws NetlinkException {@code EEXIST} when a name is taken, {@code EINVAL} for a bad name
     */
    public void addAltNames(int ifindex, List<String> altNames) {
        List<String> names = List.copyOf(altNames);
        send(w -> LinkRequest.writeAddAltNames(w, ifindex, names));
    }

    /**
     * Takes alternative names from a link ({@code ip link property del dev DEV altname NAME}), in
     * one {@code RTM_DELLINKPROP}.
     *
     * @param ifindex  the link's interface index
     * @param altNames the names
     * @throws NetlinkException {@code ENOENT} when the link has no such name
     */
    public void deleteAltNames(int ifindex, List<String> altNames) {
        List<String> names = List.copyOf(altNames);
        send(w -> LinkRequest.writeDeleteAltNames(w, ifindex, names));
    }

    private void send(Consumer<MessageWriter> request) {
        rtnl.execute(request, message -> true);
    }
}
