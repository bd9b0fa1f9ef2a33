package io.jnetlink.route.link;

import io.jnetlink.core.NetlinkParseException;
import io.jnetlink.core.attr.ValueType;
import io.jnetlink.core.message.AttributeCursor;
import io.jnetlink.core.message.HostOrder;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.netns.NetNs;
import java.util.Objects;

/**
 * The other end of a {@code veth} pair as a create request describes it ({@code VETH_INFO_PEER}):
 * a whole link of its own, an {@code ifinfomsg} followed by the peer's {@code IFLA_*} attributes,
 * described as a {@link LinkRequest} so that anything a new link may be given, the peer may be
 * given too: {@code new VethPeer(LinkRequest.of("veth1").withMtu(9000).withUp().withNetns(ns))}.
 * The attributes go out in the order they were set, as for any request, so a peer built in a
 * command line's order matches what {@code ip link add ... type veth peer ...} sends.
 *
 * <p>A decoded peer is the request it was sent as: its {@code ifinfomsg} index and flags and its
 * attributes, a namespace as the descriptor number it was sent with
 * ({@link LinkAttributes#NET_NS_FD}), which cannot be reopened, so {@link #namespace()} is null.
 *
 * @param request the peer: its name, {@code ifinfomsg} flags and index, attributes, namespace;
 *                neither bridge port options nor a rename, which a peer cannot carry
 */
public record VethPeer(LinkRequest request) {
    /**
     * {@code VETH_INFO_PEER} as an attribute value: an {@code ifinfomsg} and the peer's attributes.
     * A request's peer name is checked as {@link InterfaceNames#check} does.
     */
    public static final ValueType<VethPeer> TYPE = ValueType.of(VethPeer.class, VethPeer::decode, VethPeer::encode)
            .requiring(peer -> peer.name() == null || InterfaceNames.check(peer.name()) != null, "a valid name");

    /**
     * Checks that the request describes a link that can be created as a peer.
     *
     * @param request the peer
     * @throws IllegalArgumentException when it sets bridge port options or renames a link by name
     */
    public VethPeer {
        Objects.requireNonNull(request, "request");
        if (request.portData() != null || request.renamesByName()) {
            throw new IllegalArgumentException("a veth peer carries neither bridge port options nor a rename: "
                    + request);
        }
    }

    /**
     * A peer named {@code name} in {@code namespace}, nothing else set
     * ({@code ip link add ... type veth peer name NAME [netns NS]}).
     *
     * @param name      the peer's name, or null to let the kernel pick {@code vethN}
     * @param namespace the namespace to create the peer in, or null for the same one; the handle must
     *                  stay open until the request is sent
     * @throws IllegalArgumentException for a name the kernel would refuse
     */
    public VethPeer(String name, NetNs namespace) {
        this(request(name, namespace));
    }

    private static LinkRequest request(String name, NetNs namespace) {
        // As ip: the namespace where the command line puts it, the name last.
        LinkRequest request = namespace != null ? LinkRequest.empty().withNetns(namespace) : LinkRequest.empty();
        return name != null ? request.withName(name) : request;
    }

    /** {@return the peer's name ({@code IFLA_IFNAME}), or null when the kernel picks it} */
    public String name() {
        return request.name();
    }

    /** {@return the namespace the peer is created in, or null for the same one (and for a decoded peer)} */
    public NetNs namespace() {
        return request.netns();
    }

    private static VethPeer decode(AttributeCursor peer) {
        if (peer.valueLength() < IfInfoMsg.SIZE) {
            throw new NetlinkParseException(peer.offset(), "VETH_INFO_PEER of " + peer.valueLength()
                    + " bytes, shorter than an ifinfomsg");
        }
        int header = peer.valueOffset();
        int ifindex = HostOrder.s32(peer.buffer(), header + IfInfoMsg.INDEX);
        int flags = HostOrder.s32(peer.buffer(), header + IfInfoMsg.FLAGS);
        int change = HostOrder.s32(peer.buffer(), header + IfInfoMsg.CHANGE);
        return new VethPeer(LinkRequest.decoded(ifindex, flags, change,
                LinkAttributes.SET.decode(peer.nested(IfInfoMsg.SIZE))));
    }

    private static void encode(MessageWriter writer, int type, VethPeer peer) {
        int nest = writer.beginNested(type);
        peer.request().writeLink(writer);
        writer.endNested(nest);
    }
}
