package io.jnetlink.route.link;

import io.jnetlink.core.attr.AttributeRecord;
import io.jnetlink.core.attr.AttributeValues;
import io.jnetlink.core.netns.NetNs;

/**
 * The options of a {@code vxcan} link ({@code IFLA_INFO_DATA}), set with the {@link VxcanAttributes}
 * constants or {@link #of(String, NetNs)}: only the peer, on create, as for a veth.
 *
 * @param values the {@link VxcanAttributes#SET} values
 */
public record VxcanData(AttributeValues values) implements LinkData, AttributeRecord<VxcanData> {
    /**
     * Checks that the values are vxcan options.
     *
     * @param values the {@link VxcanAttributes#SET} values
     * @throws IllegalArgumentException for values of another set
     */
    public VxcanData {
        if (values.set() != VxcanAttributes.SET) {
            throw new IllegalArgumentException(values.set() + " values are not vxcan options");
        }
    }

    /** {@return options with nothing set: the kernel names the peer {@code vxcanN}, in the same namespace} */
    public static VxcanData of() {
        return new VxcanData(VxcanAttributes.SET.empty());
    }

    /**
     * A pair whose other end is {@code peerName} in {@code peerNamespace}
     * ({@code ip link add ... type vxcan peer name PEER [netns NS]}).
     *
     * @param peerName      the other end's name, or null to let the kernel pick one
     * @param peerNamespace the namespace to create the other end in, or null for the same one; the
     *                      handle must stay open until the request is sent
     * @return the options
     * @throws IllegalArgumentException for a name the kernel would refuse
     */
    public static VxcanData of(String peerName, NetNs peerNamespace) {
        return of().with(VxcanAttributes.PEER, new VethPeer(peerName, peerNamespace));
    }

    /** {@inheritDoc} */
    @Override
    public VxcanData withValues(AttributeValues values) {
        return new VxcanData(values);
    }

    /** {@code "vxcan"}. */
    @Override
    public String kind() {
        return VxcanCodec.KIND;
    }
}
