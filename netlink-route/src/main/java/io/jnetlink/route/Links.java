package io.jnetlink.route;

import io.jnetlink.route.internal.Arguments;
import io.jnetlink.core.Errno;
import io.jnetlink.core.MacAddress;
import io.jnetlink.core.MessageHandler;
import io.jnetlink.core.NetlinkException;
import io.jnetlink.core.message.MessageCursor;
import io.jnetlink.core.message.MessageType;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.netns.NetNs;
import io.jnetlink.route.link.BridgeData;
import io.jnetlink.route.link.BridgePortData;
import io.jnetlink.route.link.DummyData;
import io.jnetlink.route.link.IfbData;
import io.jnetlink.route.link.InterfaceNames;
import io.jnetlink.route.link.Link;
import io.jnetlink.route.link.LinkAttributes;
import io.jnetlink.route.link.LinkData;
import io.jnetlink.route.link.LinkRequests;
import io.jnetlink.route.link.LinkView;
import io.jnetlink.route.link.LinkVisitor;
import io.jnetlink.route.link.MacvlanData;
import io.jnetlink.route.link.VethData;
import io.jnetlink.route.link.VlanData;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * What {@code ip link} does, for the namespace of an {@link Rtnl} client: list and get links as
 * {@link Link} records or stream them through a {@link LinkVisitor}; add, change and delete them.
 * Obtained with {@link Rtnl#links()}; as thread-safe as the client.
 *
 * <p>Operations that take a name look the index up first with {@code RTM_GETLINK}, as iproute2
 * does, so a missing device fails with the kernel's {@code ENODEV}. Arguments are checked before
 * anything is sent ({@link IllegalArgumentException}); kernel refusals raise
 * {@link NetlinkException} with the kernel's own message.
 */
public final class Links {
    private final Rtnl rtnl;
    private final int extMask;
    /** A view (with its scratch space) kept between calls, so a dump or a get need not allocate one. */
    private final AtomicReference<LinkView> spareView;
    /** The request of {@link #forEach}, made once. */
    private final Consumer<MessageWriter> dumpAll;

    Links(Rtnl rtnl) {
        this(rtnl, 0, new AtomicReference<>());
    }

    private Links(Rtnl rtnl, int extMask, AtomicReference<LinkView> spareView) {
        this.rtnl = rtnl;
        this.extMask = extMask;
        this.spareView = spareView;
        this.dumpAll = w -> LinkRequests.dump(w, extMask, 0, null);
    }

    /** The spare view, or a new one while another call (on another thread, or a visitor's) has it. */
    private LinkView takeView() {
        LinkView view = spareView.getAndSet(null);
        return view != null ? view : new LinkView();
    }

    private void giveBack(LinkView view) {
        spareView.set(view);
    }

    /**
     * The same facet with {@code RTEXT_FILTER_SKIP_STATS}: the kernel leaves the IPv6 and ICMPv6
     * counters out of {@code IFLA_AF_SPEC} (and VF counters), which shrinks each link message by
     * a few hundred bytes; {@code IFLA_STATS64}, and so {@link Link#stats()}, stays.
     *
     * @return a facet of the same client that asks for links without those counters
     */
    public Links withoutStats() {
        return new Links(rtnl, extMask | LinkAttributes.RTEXT_FILTER_SKIP_STATS, spareView);
    }

    // ---- Reading ----

    /**
     * Every link of the namespace.
     *
     * @return every link, in the order the kernel dumps them; never empty, since {@code lo} exists
     */
    public List<Link> list() {
        return collect(0, null);
    }

    /**
     * The links enslaved to the master with index {@code masterIndex} (filtered by the kernel).
     *
     * @param masterIndex the master's index, greater than 0
     * @return the links in the order the kernel dumps them; empty when none match
     */
    public List<Link> listByMaster(int masterIndex) {
        if (masterIndex <= 0) {
            throw new IllegalArgumentException("master index must be positive: " + masterIndex);
        }
        return collect(masterIndex, null);
    }

    /**
     * The links enslaved to the master named {@code masterName}.
     *
     * @param masterName the master's name: 1 to 15 bytes of UTF-8
     * @return the links in the order the kernel dumps them; empty when none match
     */
    public List<Link> listByMaster(String masterName) {
        return listByMaster(indexOf(masterName));
    }

    /**
     * The links of {@code kind} ({@code IFLA_INFO_KIND}, filtered by the kernel), such as {@code "bridge"}.
     *
     * @param kind a link kind such as {@code "veth"}; not null or empty
     * @return the links in the order the kernel dumps them; empty when none match
     */
    public List<Link> listByKind(String kind) {
        if (kind == null || kind.isEmpty()) {
            throw new IllegalArgumentException("kind must not be empty");
        }
        return collect(0, kind);
    }

    /**
     * Streams every link to {@code visitor} as a view over the receive buffer: no record and no
     * per-link allocation. The view is valid only during each call. A dump the kernel flagged
     * interrupted and the client runs again calls {@link LinkVisitor#onRestart()} first.
     *
     * @param visitor called once per link, on the calling thread; not null
     */
    public void forEach(LinkVisitor visitor) {
        Objects.requireNonNull(visitor, "visitor");
        LinkView view = takeView();
        try {
            rtnl.dump(dumpAll, new MessageHandler() {
                @Override
                public boolean onMessage(MessageCursor message) {
                    if (message.type() == MessageType.RTM_NEWLINK) {
                        visitor.visit(view.wrap(message));
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

    private List<Link> collect(int master, String kind) {
        List<Link> links = new ArrayList<>();
        LinkView view = takeView();
        try {
            collect(master, kind, view, links);
        } finally {
            giveBack(view);
        }
        return links;
    }

    private void collect(int master, String kind, LinkView view, List<Link> links) {
        rtnl.dump(w -> LinkRequests.dump(w, extMask, master, kind), new MessageHandler() {
            @Override
            public boolean onMessage(MessageCursor message) {
                if (message.type() == MessageType.RTM_NEWLINK) {
                    view.wrap(message);
                    // Kernels without strict checking ignore the filter attributes: filter here too.
                    if ((master == 0 || view.master() == master) && (kind == null || view.kindEquals(kind))) {
                        links.add(Link.from(view));
                    }
                }
                return true;
            }

            @Override
            public void onRestart() {
                links.clear();
            }
        });
    }

    /**
     * The link named {@code name}.
     *
     * @param name the link's name: 1 to 15 bytes of UTF-8
     * @return the link; never null
     * @throws NetlinkException with {@code ENODEV} when there is none
     */
    public Link get(String name) {
        InterfaceNames.check(name);
        return single(w -> LinkRequests.getByName(w, name, extMask));
    }

    /**
     * The link named {@code name}, or empty when there is none ({@code ENODEV}).
     *
     * @param name the link's name: 1 to 15 bytes of UTF-8
     * @return the link, or empty when the namespace has no link of that name
     */
    public Optional<Link> find(String name) {
        try {
            return Optional.of(get(name));
        } catch (NetlinkException e) {
            if (e.is(Errno.ENODEV)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /**
     * The link with index {@code index}.
     *
     * @param index the link's index, greater than 0
     * @return the link; never null
     * @throws NetlinkException with {@code ENODEV} when there is none
     */
    public Link get(int index) {
        if (index <= 0) {
            throw new IllegalArgumentException("interface index must be positive: " + index);
        }
        return single(w -> LinkRequests.getByIndex(w, index, extMask));
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

    private int indexOf(String name) {
        InterfaceNames.check(name);
        return get(name).index();
    }

    // ---- Creating and deleting ----

    /**
     * Creates link {@code name} of the kind of {@code data}, encoded by the kind's registered
     * codec ({@code ip link add NAME type KIND ...}); other modules' kinds, such as vxlan, go
     * through here.
     *
     * @param name the new link's name: 1 to 15 bytes of UTF-8
     * @param data its kind and kind-specific settings, such as a {@code VxlanInfo}; not null
     */
    public void add(String name, LinkData data) {
        add(name, 0, data);
    }

    /**
     * Creates link {@code name} on top of the link with index {@code parentIndex} ({@code ip link add NAME link PARENT type ...}).
     *
     * @param name        the new link's name: 1 to 15 bytes of UTF-8
     * @param parentIndex the parent's index, or 0 for none
     * @param data        its kind and kind-specific settings; not null
     */
    public void add(String name, int parentIndex, LinkData data) {
        send(w -> LinkRequests.add(w, name, parentIndex, data));
    }

    /**
     * {@code ip link add NAME type dummy}.
     *
     * @param name the new link's name: 1 to 15 bytes of UTF-8
     */
    public void addDummy(String name) {
        add(name, DummyData.INSTANCE);
    }

    /**
     * {@code ip link add NAME type ifb}.
     *
     * @param name the new link's name: 1 to 15 bytes of UTF-8
     */
    public void addIfb(String name) {
        add(name, IfbData.INSTANCE);
    }

    /**
     * {@code ip link add NAME type veth peer name PEER}.
     *
     * @param name     the new link's name: 1 to 15 bytes of UTF-8
     * @param peerName the other end's name, in this namespace: 1 to 15 bytes of UTF-8
     */
    public void addVeth(String name, String peerName) {
        addVeth(name, peerName, null);
    }

    /**
     * {@code ip link add NAME type veth peer name PEER netns NS}: the peer is created directly in
     * {@code peerNamespace} (null for this one).
     *
     * @param name          the new link's name: 1 to 15 bytes of UTF-8
     * @param peerName      the other end's name: 1 to 15 bytes of UTF-8
     * @param peerNamespace where the other end is created, or null for this client's namespace
     */
    public void addVeth(String name, String peerName, NetNs peerNamespace) {
        InterfaceNames.check(peerName);
        add(name, new VethData(peerName, peerNamespace));
    }

    /**
     * {@code ip link add NAME type bridge}.
     *
     * @param name the new bridge's name: 1 to 15 bytes of UTF-8
     */
    public void addBridge(String name) {
        addBridge(name, BridgeData.of());
    }

    /**
     * {@code ip link add NAME type bridge ...} with the settings of {@code settings}.
     *
     * @param name     the new bridge's name: 1 to 15 bytes of UTF-8
     * @param settings the bridge options to send (only those set); not null
     */
    public void addBridge(String name, BridgeData settings) {
        add(name, Objects.requireNonNull(settings, "settings"));
    }

    /**
     * {@code ip link add NAME link PARENT type vlan id ID}.
     *
     * @param name   the new link's name: 1 to 15 bytes of UTF-8
     * @param parent the name of the link it tags frames for
     * @param vlanId the 802.1Q VLAN id, 0 to 4095
     */
    public void addVlan(String name, String parent, int vlanId) {
        addOn(name, parent, VlanData.of(vlanId));
    }

    /**
     * {@code ip link add NAME link PARENT type macvlan mode MODE} ({@code MacvlanData.MACVLAN_MODE_*}).
     *
     * @param name   the new link's name: 1 to 15 bytes of UTF-8
     * @param parent the name of the link it sits on
     * @param mode   a {@code MacvlanData.MACVLAN_MODE_*} value, such as bridge
     */
    public void addMacvlan(String name, String parent, int mode) {
        addOn(name, parent, MacvlanData.macvlan(mode));
    }

    /**
     * {@code ip link add NAME link PARENT type macvtap mode MODE} ({@code MacvlanData.MACVLAN_MODE_*}).
     *
     * @param name   the new link's name: 1 to 15 bytes of UTF-8
     * @param parent the name of the link it sits on
     * @param mode   a {@code MacvlanData.MACVLAN_MODE_*} value, such as bridge
     */
    public void addMacvtap(String name, String parent, int mode) {
        addOn(name, parent, MacvlanData.macvtap(mode));
    }

    /** Creates {@code name} on {@code parent}; the arguments are checked before the parent is looked up. */
    private void addOn(String name, String parent, LinkData data) {
        InterfaceNames.check(name);
        add(name, indexOf(parent), data);
    }

    /**
     * {@code ip link del NAME}.
     *
     * @param name the link's name: 1 to 15 bytes of UTF-8
     */
    public void delete(String name) {
        delete(indexOf(name));
    }

    /**
     * Deletes the link with index {@code index}.
     *
     * @param index the link's index, greater than 0
     */
    public void delete(int index) {
        send(w -> LinkRequests.delete(w, index));
    }

    // ---- Changing ----

    /**
     * {@code ip link set NAME up}.
     *
     * @param name the link's name: 1 to 15 bytes of UTF-8
     */
    public void setUp(String name) {
        setUp(indexOf(name));
    }

    /**
     * Sets the link with index {@code index} administratively up.
     *
     * @param index the link's index, greater than 0
     */
    public void setUp(int index) {
        send(w -> LinkRequests.setUp(w, index, true));
    }

    /**
     * {@code ip link set NAME down}.
     *
     * @param name the link's name: 1 to 15 bytes of UTF-8
     */
    public void setDown(String name) {
        setDown(indexOf(name));
    }

    /**
     * Sets the link with index {@code index} administratively down.
     *
     * @param index the link's index, greater than 0
     */
    public void setDown(int index) {
        send(w -> LinkRequests.setUp(w, index, false));
    }

    /**
     * {@code ip link set NAME mtu MTU}; the kernel checks the device's own range.
     *
     * @param name the link's name: 1 to 15 bytes of UTF-8
     * @param mtu  the new MTU in bytes, greater than 0
     */
    public void setMtu(String name, int mtu) {
        Arguments.mtu(mtu);
        setMtu(indexOf(name), mtu);
    }

    /**
     * Sets the MTU of the link with index {@code index}.
     *
     * @param index the link's index, greater than 0
     * @param mtu   the new MTU in bytes, greater than 0
     */
    public void setMtu(int index, int mtu) {
        send(w -> LinkRequests.setMtu(w, index, mtu));
    }

    /**
     * {@code ip link set NAME name NEWNAME}.
     *
     * @param name    the link's current name
     * @param newName its new name: 1 to 15 bytes of UTF-8
     */
    public void rename(String name, String newName) {
        InterfaceNames.check(newName);
        rename(indexOf(name), newName);
    }

    /**
     * Renames the link with index {@code index}.
     *
     * @param index   the link's index, greater than 0
     * @param newName its new name: 1 to 15 bytes of UTF-8
     */
    public void rename(int index, String newName) {
        send(w -> LinkRequests.rename(w, index, newName));
    }

    /**
     * {@code ip link set NAME address MAC}.
     *
     * @param name    the link's name: 1 to 15 bytes of UTF-8
     * @param address the new hardware address; not null
     * @throws IllegalArgumentException when the address length differs from the device's
     */
    public void setAddress(String name, MacAddress address) {
        Objects.requireNonNull(address, "address");
        setAddress(get(name), address);
    }

    /**
     * Sets the hardware address of the link with index {@code index}.
     *
     * @param index   the link's index, greater than 0
     * @param address the new hardware address; not null
     * @throws IllegalArgumentException when the address length differs from the device's
     */
    public void setAddress(int index, MacAddress address) {
        Objects.requireNonNull(address, "address");
        setAddress(get(index), address);
    }

    private void setAddress(Link link, MacAddress address) {
        // Only the device knows its address length; refuse a mismatch before changing anything.
        if (link.address() != null && link.address().length() != address.length()) {
            throw new IllegalArgumentException(link.name() + " has " + link.address().length()
                    + "-byte hardware addresses, not " + address.length() + ": " + address);
        }
        send(w -> LinkRequests.setAddress(w, link.index(), address));
    }

    /**
     * {@code ip link set NAME alias ALIAS}; an empty alias clears it.
     *
     * @param name  the link's name: 1 to 15 bytes of UTF-8
     * @param alias the alias, at most 255 bytes of UTF-8; not null
     */
    public void setAlias(String name, String alias) {
        Arguments.alias(alias);
        setAlias(indexOf(name), alias);
    }

    /**
     * Sets the alias of the link with index {@code index}; an empty alias clears it.
     *
     * @param index the link's index, greater than 0
     * @param alias the alias, at most 255 bytes of UTF-8; not null
     */
    public void setAlias(int index, String alias) {
        send(w -> LinkRequests.setAlias(w, index, alias));
    }

    /**
     * {@code ip link set NAME master MASTER}.
     *
     * @param name   the link to enslave
     * @param master the master's name, such as a bridge's
     */
    public void setMaster(String name, String master) {
        InterfaceNames.check(master);
        int index = indexOf(name);
        setMaster(index, indexOf(master));
    }

    /**
     * Enslaves the link with index {@code index} to the master with index {@code masterIndex}.
     *
     * @param index       the link's index, greater than 0
     * @param masterIndex the master's index, greater than 0
     */
    public void setMaster(int index, int masterIndex) {
        if (masterIndex <= 0) {
            throw new IllegalArgumentException("master index must be positive: " + masterIndex);
        }
        send(w -> LinkRequests.setMaster(w, index, masterIndex));
    }

    /**
     * {@code ip link set NAME nomaster}.
     *
     * @param name the link's name: 1 to 15 bytes of UTF-8
     */
    public void setNoMaster(String name) {
        setNoMaster(indexOf(name));
    }

    /**
     * Releases the link with index {@code index} from its master.
     *
     * @param index the link's index, greater than 0
     */
    public void setNoMaster(int index) {
        send(w -> LinkRequests.setMaster(w, index, 0));
    }

    /**
     * {@code ip link set NAME txqlen LENGTH}.
     *
     * @param name   the link's name: 1 to 15 bytes of UTF-8
     * @param length the queue length in packets, 0 or more
     */
    public void setTxQueueLength(String name, int length) {
        Arguments.txQueueLength(length);
        setTxQueueLength(indexOf(name), length);
    }

    /**
     * Sets the transmit queue length of the link with index {@code index}.
     *
     * @param index  the link's index, greater than 0
     * @param length the queue length in packets, 0 or more
     */
    public void setTxQueueLength(int index, int length) {
        send(w -> LinkRequests.setTxQueueLength(w, index, length));
    }

    /**
     * {@code bridge link set dev NAME ...}: changes the set fields of a bridge port, sent as
     * {@code bridge} sends them ({@link LinkRequests#setBridgePortProtinfo}): an
     * {@code RTM_SETLINK} for {@code AF_BRIDGE} with {@code IFLA_PROTINFO}. The bridge announces
     * every such change to {@link io.jnetlink.route.event.EventGroup#LINK} subscribers, also for a
     * port that is down, as a {@link io.jnetlink.route.event.RtnlEvent.BridgePortEvent} carrying
     * the port's new {@link BridgePortData}.
     *
     * @param name the bridge port's name: 1 to 15 bytes of UTF-8
     * @param port the port options to change (only those set); not null
     * @throws NetlinkException with {@code EOPNOTSUPP} when the link is no bridge port
     */
    public void setBridgePort(String name, BridgePortData port) {
        Objects.requireNonNull(port, "port");
        int index = indexOf(name);
        send(w -> LinkRequests.setBridgePortProtinfo(w, index, port));
    }

    /**
     * {@code ip link set NAME netns NS}: moves the link into {@code target}.
     *
     * @param name   the link's name: 1 to 15 bytes of UTF-8
     * @param target the namespace to move it to; not null and open
     */
    public void moveTo(String name, NetNs target) {
        Objects.requireNonNull(target, "target");
        moveTo(indexOf(name), target);
    }

    /**
     * Moves the link with index {@code index} into {@code target}.
     *
     * @param index  the link's index, greater than 0
     * @param target the namespace to move it to; not null and open
     */
    public void moveTo(int index, NetNs target) {
        Objects.requireNonNull(target, "target");
        send(w -> LinkRequests.setNetns(w, index, target.fd()));
    }

    /** Executes a request whose only answer is the acknowledgement. */
    private void send(Consumer<MessageWriter> request) {
        rtnl.execute(request, message -> true);
    }
}
