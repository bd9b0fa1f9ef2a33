package io.jnetlink.route.link;

import io.jnetlink.core.netns.NetNs;

/**
 * A {@code veth} link. The peer is described only when creating the pair: the kernel reports a
 * veth's peer through {@link Link#linkIfindex()} (and {@link Link#linkNetnsId()} when it sits in another
 * namespace), so decoded values have both fields null. {@code equals} compares
 * {@code peerNamespace} by identity ({@link NetNs} is a handle on an open descriptor).
 *
 * @param peerName      name of the other end, or null to let the kernel pick {@code vethN}
 * @param peerNamespace namespace to create the other end in, or null for the same one; the
 *                      handle must stay open until the request is sent
 */
public record VethData(String peerName, NetNs peerNamespace) implements LinkData {
    /**
     * Checks the peer's name.
     *
     * @param peerName      the peer's interface name, or null to let the kernel choose
     * @param peerNamespace the namespace the peer is created in, or null for the link's own
     */
    public VethData {
        if (peerName != null) {
            InterfaceNames.check(peerName);
        }
    }

    /** {@code "veth"}. */
    @Override
    public String kind() {
        return VethCodec.KIND;
    }
}
