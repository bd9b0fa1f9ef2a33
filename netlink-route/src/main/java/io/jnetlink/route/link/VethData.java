package io.jnetlink.route.link;

import io.jnetlink.core.attr.AttributeRecord;
import io.jnetlink.core.attr.AttributeValues;
import io.jnetlink.core.netns.NetNs;

/**
 * The options of a {@code veth} link ({@code IFLA_INFO_DATA}), set with the {@link VethAttributes}
 * constants: {@code VethData.of().with(VethAttributes.PEER, new VethPeer("veth1", null))}, or
 * {@link #of(String, NetNs)}, or {@link #of(LinkRequest)} for a peer with more than a name
 * and a namespace. The kernel reports a veth's peer through {@link Link#linkIfindex()} (and
 * {@link Link#linkNetnsId()} when it sits in another namespace), never as options, so those it
 * reports have nothing set.
 *
 * @param values the {@link VethAttributes#SET} values
 */
public record VethData(AttributeValues values) implements LinkData, AttributeRecord<VethData> {
    /**
     * Checks that the values are veth options.
     *
     * @param values the {@link VethAttributes#SET} values
     */
    public VethData {
        if (values.set() != VethAttributes.SET) {
            throw new IllegalArgumentException(values.set() + " values are not veth options");
        }
    }

    /** {@return options with nothing set: the kernel names the peer {@code vethN}, in the same namespace} */
    public static VethData of() {
        return new VethData(VethAttributes.SET.empty());
    }

    /**
     * A pair whose other end is {@code peerName} in {@code peerNamespace}
     * ({@code ip link add ... type veth peer name PEER [netns NS]}).
     *
     * @param peerName      the other end's name, or null to let the kernel pick {@code vethN}
     * @param peerNamespace the namespace to create the other end in, or null for the same one; the
     *                      handle must stay open until the request is sent
     * @return the options
     * @throws IllegalArgumentException for a name the kernel would refuse
     */
    public static VethData of(String peerName, NetNs peerNamespace) {
        return of().with(VethAttributes.PEER, new VethPeer(peerName, peerNamespace));
    }

    /**
     * A pair whose other end is described by {@code peer}: its name, flags and any {@code IFLA_*}
     * attribute a new link may have ({@code ip link add ... type veth peer name PEER mtu 9000 up}).
     *
     * @param peer the other end, as a request to create it
     * @return the options
     * @throws IllegalArgumentException when {@code peer} sets bridge port options or a rename
     */
    public static VethData of(LinkRequest peer) {
        return of().with(VethAttributes.PEER, new VethPeer(peer));
    }

    /** {@inheritDoc} */
    @Override
    public VethData withValues(AttributeValues values) {
        return new VethData(values);
    }

    /** {@code "veth"}. */
    @Override
    public String kind() {
        return VethCodec.KIND;
    }
}
