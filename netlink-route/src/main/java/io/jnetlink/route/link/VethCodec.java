package io.jnetlink.route.link;

import io.jnetlink.core.message.AttributeCursor;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.route.AddressFamily;

/**
 * Codec of the {@code veth} kind. A create request carries the peer as {@code VETH_INFO_PEER}:
 * a whole {@code ifinfomsg} followed by the peer's own attributes, laid out as iproute2 does
 * (namespace descriptor first, then the name).
 */
public final class VethCodec implements LinkKindCodec<VethData> {
    /** {@code IFLA_INFO_KIND} of a veth. */
    public static final String KIND = "veth";
    /** {@code VETH_INFO_PEER} (linux/veth.h). */
    public static final int VETH_INFO_PEER = 1;

    /** Creates the codec (loaded through {@link java.util.ServiceLoader}). */
    public VethCodec() {
    }

    /** {@value #KIND}. */
    @Override
    public String kind() {
        return KIND;
    }

    /** {@link VethData}. */
    @Override
    public Class<VethData> dataType() {
        return VethData.class;
    }

    /** The kernel sends no veth data: always a {@link VethData} with nothing set. */
    @Override
    public VethData decode(AttributeCursor data) {
        return new VethData(null, null);
    }

    /** Writes {@code VETH_INFO_PEER} when a peer name or namespace is given. */
    @Override
    public void encode(VethData data, MessageWriter writer) {
        if (data.peerName() == null && data.peerNamespace() == null) {
            return;
        }
        int peer = writer.beginNested(VETH_INFO_PEER);
        IfInfoMsg.write(writer, AddressFamily.AF_UNSPEC, 0, 0, 0);
        if (data.peerNamespace() != null) {
            writer.attrU32(LinkAttributes.NET_NS_FD.type(), data.peerNamespace().fd());
        }
        if (data.peerName() != null) {
            writer.attrString(LinkAttributes.IFNAME.type(), data.peerName());
        }
        writer.endNested(peer);
    }
}
