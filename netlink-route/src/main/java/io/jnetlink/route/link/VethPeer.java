package io.jnetlink.route.link;

import io.jnetlink.core.attr.ValueType;
import io.jnetlink.core.message.AttributeCursor;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.netns.NetNs;
import io.jnetlink.route.AddressFamily;

/**
 * The other end of a {@code veth} pair as a create request describes it ({@code VETH_INFO_PEER}):
 * a whole {@code ifinfomsg} followed by the peer's own attributes, laid out as iproute2 does
 * (namespace descriptor first, then the name). {@code equals} compares {@code namespace} by
 * identity ({@link NetNs} is a handle on an open descriptor).
 *
 * @param name      the peer's name, or null to let the kernel pick {@code vethN}
 * @param namespace the namespace to create the peer in, or null for the same one; the handle must
 *                  stay open until the request is sent. Decoding a request cannot reopen the
 *                  namespace of a descriptor number, so a decoded peer has none.
 */
public record VethPeer(String name, NetNs namespace) {
    /**
     * {@code VETH_INFO_PEER} as an attribute value: {@code ifinfomsg}, {@code IFLA_NET_NS_FD},
     * {@code IFLA_IFNAME}. A request's peer name is checked as {@link InterfaceNames#check} does.
     */
    public static final ValueType<VethPeer> TYPE = ValueType.of(VethPeer.class, VethPeer::decode, VethPeer::encode)
            .requiring(peer -> peer.name() == null || InterfaceNames.check(peer.name()) != null, "a valid name");

    private static VethPeer decode(AttributeCursor peer) {
        AttributeCursor a = peer.nested(IfInfoMsg.SIZE);
        String name = null;
        while (a.next()) {
            if (a.type() == LinkAttributes.IFNAME.type()) {
                name = a.string();
            }
        }
        return new VethPeer(name, null);
    }

    private static void encode(MessageWriter writer, int type, VethPeer peer) {
        int nest = writer.beginNested(type);
        IfInfoMsg.write(writer, AddressFamily.AF_UNSPEC, 0, 0, 0);
        if (peer.namespace() != null) {
            writer.attrU32(LinkAttributes.NET_NS_FD.type(), peer.namespace().fd());
        }
        if (peer.name() != null) {
            writer.attrString(LinkAttributes.IFNAME.type(), peer.name());
        }
        writer.endNested(nest);
    }
}
