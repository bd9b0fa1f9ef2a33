package io.jnetlink.vxlan.overlay;

import io.jnetlink.route.link.BridgeData;
import io.jnetlink.route.link.VethData;
import io.jnetlink.route.link.LinkRequest;
import io.jnetlink.core.MacAddress;
import io.jnetlink.core.NetlinkException;
import io.jnetlink.core.netns.NetNs;
import io.jnetlink.route.Links;
import io.jnetlink.route.Rtnl;
import io.jnetlink.route.address.AddressRequest;
import io.jnetlink.route.link.InterfaceNames;
import io.jnetlink.vxlan.VxlanFdb;
import io.jnetlink.vxlan.VxlanAttributes;
import io.jnetlink.vxlan.VxlanData;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.Objects;

/**
 * A Docker-overlay-style network sandbox: a named namespace holding a bridge {@code br0} with
 * the gateway address and a VXLAN device {@code vxlan0} enslaved to it, one veth per container
 * ({@code vethN} on {@code br0}, the other end renamed {@code ethN} in the container's
 * namespace) and, per remote container, a permanent neighbour and FDB entry on {@code vxlan0}.
 *
 * <p>As Docker does, {@code vxlan0} is created in the host namespace and then moved into the
 * sandbox, so its UDP socket (port 4789) is bound in the host namespace, where the underlay is;
 * the sandbox shows it with a {@code link-netnsid}.
 *
 * <p>{@link #create} either finishes or removes what it made. Closing releases the handles the
 * object holds; {@link #destroy()} also deletes the namespace, which takes {@code br0},
 * {@code vxlan0} and every veth pair with it. A namespace lives while any handle or netlink
 * socket in it is open, so close every client opened inside before destroying.
 */
public final class OverlaySandbox implements AutoCloseable {
    /** Docker's overlay MTU: 1500 less the 50 bytes of VXLAN encapsulation. */
    public static final int DOCKER_OVERLAY_MTU = 1450;
    /** The bridge in the sandbox. */
    public static final String BRIDGE = "br0";
    /** The VXLAN device in the sandbox. */
    public static final String VXLAN = "vxlan0";

    private final String name;
    private final NetNs netns;
    private final Rtnl rtnl;
    private final int mtu;

    private OverlaySandbox(String name, NetNs netns, Rtnl rtnl, int mtu) {
        this.name = name;
        this.netns = netns;
        this.rtnl = rtnl;
        this.mtu = mtu;
    }

    /**
     * The VXLAN settings of Docker's overlay driver (libnetwork {@code createVxlan}): VNI
     * {@code vni}, destination port 4789, learning on, ARP proxy, and L2/L3 miss notifications
     * (Docker's daemon answers those; here peers are programmed up front with {@link #addPeer}).
     *
     * @param vni the overlay network's VNI, 0 to 2^24-1
     * @return settings to pass to {@link #create}
     */
    public static VxlanData dockerVxlan(int vni) {
        return VxlanData.of(vni).with(VxlanAttributes.PORT, VxlanData.IANA_VXLAN_UDP_PORT)
                .with(VxlanAttributes.LEARNING, true).with(VxlanAttributes.PROXY, true)
                .with(VxlanAttributes.L2MISS, true).with(VxlanAttributes.L3MISS, true);
    }

    /**
     * Creates namespace {@code name} with {@code br0} ({@code gateway/prefixLength}, MTU
     * {@code mtu}) and {@code vxlan0} made from {@code vxlan} in {@code host} and moved in.
     *
     * @param host   the namespace of the underlay (where the VXLAN UDP socket lives)
     * @param name   the sandbox namespace's name, such as Docker's {@code 1-<netid>}
     * @param vxlan  the VXLAN settings, such as {@link #dockerVxlan(int)}
     * @param gateway      the IPv4 address {@code br0} gets, the containers' gateway
     * @param prefixLength the overlay subnet's prefix length in bits, 0 to 32
     * @param mtu    the MTU of br0, vxlan0 and the veths, in bytes
     * @return the sandbox; close it (or {@link #destroy()} it) when done
     * @throws IllegalArgumentException for a bad name, a non-IPv4 gateway or bad prefix, before anything is made
     * @throws NetlinkException         when the kernel refuses a step; nothing made is left behind
     */
    public static OverlaySandbox create(NetNs host, String name, VxlanData vxlan, InetAddress gateway,
                                        int prefixLength, int mtu) {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(vxlan, "vxlan");
        checkIpv4(gateway, prefixLength, "gateway");
        if (mtu < 68) {
            throw new IllegalArgumentException("MTU must be at least 68: " + mtu);
        }
        Integer vni = vxlan.get(VxlanAttributes.ID);
        if (vni == null) {
            throw new IllegalArgumentException("the VXLAN settings need a VNI");
        }
        String staging = stagingName(vni);
        NetNs netns = NetNs.create(name);
        Rtnl sandbox = null;
        try (Rtnl hostRtnl = Rtnl.open(host)) {
            hostRtnl.links().add(LinkRequest.of(staging).withData(vxlan));
            try {
                hostRtnl.links().change(LinkRequest.of(staging).withNetns(netns));
            } catch (RuntimeException e) {
                hostRtnl.links().delete(staging);
                throw e;
            }
            sandbox = Rtnl.open(netns);
            Links links = sandbox.links();
            links.change(LinkRequest.of("lo").withUp());
            links.change(LinkRequest.of(staging).withName(VXLAN));
            links.change(LinkRequest.of(VXLAN).withMtu(mtu));
            links.add(LinkRequest.of(BRIDGE).withData(BridgeData.of()));
            links.change(LinkRequest.of(BRIDGE).withMtu(mtu));
            int br0 = links.get(BRIDGE).ifindex();
            sandbox.addresses().add(AddressRequest.of(br0, gateway, prefixLength).withAutoBroadcast());
            links.change(LinkRequest.of(VXLAN).withMasterIfindex(links.get(BRIDGE).ifindex()));
            links.change(LinkRequest.of(BRIDGE).withUp());
            links.change(LinkRequest.of(VXLAN).withUp());
            return new OverlaySandbox(name, netns, sandbox, mtu);
        } catch (RuntimeException e) {
            if (sandbox != null) {
                sandbox.close();
            }
            netns.close();
            NetNs.delete(name);
            throw e;
        }
    }

    /** The name the VXLAN device has in the host namespace before it moves into a sandbox. */
    private static String stagingName(int vni) {
        return String.format("vx-%06x", vni);
    }

    /** {@return the sandbox namespace's name} */
    public String name() {
        return name;
    }

    /** {@return the sandbox namespace (valid until this object is closed)} */
    public NetNs netns() {
        return netns;
    }

    /** {@return the rtnetlink client inside the sandbox (valid until this object is closed)} */
    public Rtnl rtnl() {
        return rtnl;
    }

    /** {@return the FDB and neighbour entries of {@code vxlan0}} */
    public VxlanFdb fdb() {
        return new VxlanFdb(rtnl);
    }

    /** {@return the interface index (ifindex) of {@code vxlan0} in the sandbox} */
    public int vxlanIfindex() {
        return rtnl.links().get(VXLAN).ifindex();
    }

    /**
     * Docker's MAC for a container address: {@code 02:42} followed by the four IPv4 bytes, so a
     * peer's MAC follows from its IP.
     *
     * @param ipv4 the container's IPv4 address; not null
     * @return {@code 02:42:a:b:c:d} for address {@code a.b.c.d}
     */
    public static MacAddress dockerMac(InetAddress ipv4) {
        if (!(ipv4 instanceof Inet4Address)) {
            throw new IllegalArgumentException("Docker derives MACs from IPv4 addresses: " + ipv4);
        }
        byte[] ip = ipv4.getAddress();
        return MacAddress.of(new byte[] {0x02, 0x42, ip[0], ip[1], ip[2], ip[3]});
    }

    /**
     * Connects a container: a veth pair with {@code bridgeSide} (such as {@code veth0}) on
     * {@code br0} and the other end moved into {@code container}, renamed {@code containerIfname}
     * (such as {@code eth1}), given {@link #dockerMac} of {@code address}, {@code address/prefixLength}
     * and set up. On failure the pair is removed.
     *
     * @param bridgeSide      the name of the end on {@code br0}: 1 to 15 bytes of UTF-8
     * @param container       the container's namespace; not null and open
     * @param containerIfname the name of the end inside the container: 1 to 15 bytes of UTF-8
     * @param address         the container's IPv4 overlay address; not null
     * @param prefixLength    the overlay subnet's prefix length in bits, 0 to 32
     * @return the container interface's MAC
     */
    public MacAddress attach(String bridgeSide, NetNs container, String containerIfname, InetAddress address,
                             int prefixLength) {
        InterfaceNames.check(bridgeSide);
        InterfaceNames.check(containerIfname);
        Objects.requireNonNull(container, "container");
        checkIpv4(address, prefixLength, "container address");
        MacAddress mac = dockerMac(address);
        // A temporary name for the container end, so an existing ethN there cannot clash before the rename.
        String staging = "c" + bridgeSide.substring(0, Math.min(bridgeSide.length(), 14));
        Links links = rtnl.links();
        links.add(LinkRequest.of(bridgeSide).withData(VethData.of(staging, container)));
        try {
            links.change(LinkRequest.of(bridgeSide).withMtu(mtu));
            links.change(LinkRequest.of(bridgeSide).withMasterIfindex(links.get(BRIDGE).ifindex()));
            links.change(LinkRequest.of(bridgeSide).withUp());
            configureInside(container, staging, containerIfname, mac, address, prefixLength, mtu);
            return mac;
        } catch (RuntimeException e) {
            links.delete(bridgeSide);
            throw e;
        }
    }

    /**
     * Renames, addresses and raises the container end of a veth pair inside {@code container}:
     * {@code ip link set STAGING name IFNAME address MAC mtu MTU up; ip addr add ADDRESS dev IFNAME}.
     *
     * @param container    the container's namespace; not null and open
     * @param staging      the name the veth end has when it arrives in {@code container}
     * @param ifname       its final name, such as {@code eth0}: 1 to 15 bytes of UTF-8
     * @param mac          its MAC address; not null
     * @param address      its IPv4 address; not null
     * @param prefixLength the prefix length in bits, 0 to 32
     * @param mtu          its MTU in bytes
     */
    public static void configureInside(NetNs container, String staging, String ifname, MacAddress mac,
                                       InetAddress address, int prefixLength, int mtu) {
        try (Rtnl inside = Rtnl.open(container)) {
            Links links = inside.links();
            links.change(LinkRequest.of(staging).withName(ifname));
            links.change(LinkRequest.of(ifname).withAddress(mac));
            links.change(LinkRequest.of(ifname).withMtu(mtu));
            int index = links.get(ifname).ifindex();
            inside.addresses().add(AddressRequest.of(index, address, prefixLength).withAutoBroadcast());
            links.change(LinkRequest.of("lo").withUp());
            links.change(LinkRequest.of(index).withUp());
        }
    }

    /**
     * Removes a container's veth pair by its bridge side ({@code ip link del vethN}).
     *
     * @param bridgeSide the name of the pair's end on {@code br0}
     */
    public void detach(String bridgeSide) {
        rtnl.links().delete(bridgeSide);
    }

    /**
     * Programs a remote container as Docker does: {@code ip neigh replace IP lladdr MAC dev vxlan0
     * nud permanent} and {@code bridge fdb replace MAC dev vxlan0 dst VTEP self permanent}.
     *
     * @param peerIp the remote container's overlay address
     * @param vtep   the underlay address of the host it runs on
     */
    public void addPeer(InetAddress peerIp, InetAddress vtep) {
        fdb().addPeer(vxlanIfindex(), peerIp, dockerMac(peerIp), vtep);
    }

    /**
     * Removes what {@link #addPeer} programmed.
     *
     * @param peerIp the remote container's overlay address, as added; not null
     * @param vtep   the underlay address of its host, as added; not null
     */
    public void deletePeer(InetAddress peerIp, InetAddress vtep) {
        fdb().deletePeer(vxlanIfindex(), peerIp, dockerMac(peerIp), vtep);
    }

    /** Releases the handles; the namespace and what is in it stay. */
    @Override
    public void close() {
        rtnl.close();
        netns.close();
    }

    /** Closes and deletes the sandbox namespace with everything in it. */
    public void destroy() {
        close();
        NetNs.delete(name);
    }

    private static void checkIpv4(InetAddress address, int prefixLength, String what) {
        if (!(address instanceof Inet4Address)) {
            throw new IllegalArgumentException(what + " must be an IPv4 address: " + address);
        }
        if (prefixLength < 1 || prefixLength > 32) {
            throw new IllegalArgumentException(what + " prefix length must be 1..32: " + prefixLength);
        }
    }
}
