package io.jnetlink.vxlan;

import io.jnetlink.route.neighbour.Neighbour;
import io.jnetlink.route.neighbour.NeighbourAttributes;
import java.net.InetAddress;

/**
 * Where a VXLAN FDB entry sends frames: the remote VTEP address, and optionally the VNI, UDP port
 * and underlay device to use instead of the VXLAN device's own ({@code bridge fdb ... dst IP
 * [vni N] [port P] [via DEV]}). Immutable; the {@code with} methods return checked copies.
 *
 * @param dst        the remote VTEP ({@code NDA_DST})
 * @param vni        {@code NDA_VNI}, or -1 for the device's VNI
 * @param port       {@code NDA_PORT}, or -1 for the device's destination port
 * @param viaIfindex {@code NDA_IFINDEX}: the underlay device's index, or 0 for the device's
 */
public record VxlanRemote(InetAddress dst, long vni, int port, int viaIfindex) {
    /**
     * Checks the values.
     *
     * @param dst        the remote VTEP's address; not null
     * @param vni        the VNI to send with, 0 to 2^24-1, or -1 for the device's
     * @param port       the UDP destination port, 0 to 65535, or -1 for the device's
     * @param viaIfindex the underlay device's index, or 0 for the device's
     * @throws IllegalArgumentException for a null or multicast-less bad address, a VNI beyond 24
     *                                  bits, a port beyond 65535 or a negative index
     */
    public VxlanRemote {
        if (dst == null) {
            throw new IllegalArgumentException("remote VTEP address is required");
        }
        if (vni < -1 || vni > VxlanData.MAX_VNI) {
            throw new IllegalArgumentException("VNI must be 0.." + VxlanData.MAX_VNI + ": " + vni);
        }
        if (port != -1) {
            VxlanData.checkPort(port, "remote UDP port");
        }
        if (viaIfindex < 0) {
            throw new IllegalArgumentException("via interface index must not be negative: " + viaIfindex);
        }
    }

    /**
     * The remote VTEP {@code dst} with the device's own VNI, port and underlay.
     *
     * @param dst the remote VTEP's address; not null
     * @return a remote with no VNI, port or underlay of its own
     */
    public static VxlanRemote of(InetAddress dst) {
        return new VxlanRemote(dst, -1, -1, 0);
    }

    /**
     * The remote a VXLAN device's FDB entry sends to, as {@link VxlanFdb#list} returns the entries:
     * its {@code NDA_DST}, {@code NDA_VNI}, {@code NDA_PORT} and {@code NDA_IFINDEX}.
     *
     * @param entry an FDB entry of a VXLAN device; not null
     * @return the remote, which {@link VxlanFdb#delete} takes to delete that entry
     * @throws IllegalArgumentException when the entry has no remote ({@code NDA_DST}), as one that
     *                                  forwards to a nexthop group
     */
    public static VxlanRemote from(Neighbour entry) {
        Long vni = entry.get(NeighbourAttributes.VNI);
        Integer port = entry.get(NeighbourAttributes.PORT);
        Integer via = entry.get(NeighbourAttributes.IFINDEX);
        return new VxlanRemote(entry.get(NeighbourAttributes.DST), vni == null ? -1 : vni, port == null ? -1 : port,
                via == null ? 0 : via);
    }

    /**
     * The same remote reached with VNI {@code vni} ({@code vni N}).
     *
     * @param vni the VNI, 0 to 2^24-1
     * @return a copy with that VNI
     */
    public VxlanRemote withVni(long vni) {
        return new VxlanRemote(dst, vni, port, viaIfindex);
    }

    /**
     * The same remote on UDP port {@code port} ({@code port P}).
     *
     * @param port the UDP destination port, 0 to 65535
     * @return a copy with that port
     */
    public VxlanRemote withPort(int port) {
        return new VxlanRemote(dst, vni, port, viaIfindex);
    }

    /**
     * The same remote reached through the underlay device {@code ifindex} ({@code via DEV}).
     *
     * @param ifindex the underlay device's index, greater than 0
     * @return a copy with that underlay device
     */
    public VxlanRemote withViaIfindex(int ifindex) {
        if (ifindex <= 0) {
            throw new IllegalArgumentException("via interface index must be positive: " + ifindex);
        }
        return new VxlanRemote(dst, vni, port, ifindex);
    }
}
