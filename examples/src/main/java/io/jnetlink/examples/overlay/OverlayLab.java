package io.jnetlink.examples.overlay;

import io.jnetlink.route.link.BridgeData;
import io.jnetlink.route.link.VethData;
import io.jnetlink.route.link.LinkRequest;
import io.jnetlink.core.NetlinkException;
import io.jnetlink.core.netns.NetNs;
import io.jnetlink.route.AddressFamily;
import io.jnetlink.route.Rtnl;
import io.jnetlink.route.address.Address;
import io.jnetlink.route.address.AddressFilter;
import io.jnetlink.route.address.AddressRequest;
import io.jnetlink.route.link.Link;
import io.jnetlink.route.neighbour.Neighbour;
import io.jnetlink.route.neighbour.NeighbourAttributes;
import io.jnetlink.route.routing.RouteRequest;
import io.jnetlink.vxlan.VxlanFdb;
import io.jnetlink.vxlan.VxlanAttributes;
import io.jnetlink.vxlan.VxlanData;
import io.jnetlink.vxlan.overlay.OverlaySandbox;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code overlay-lab up|status|down [--prefix P]}: the article's Swarm overlay built with this
 * library alone, in network namespaces whose names all start with the prefix ({@value #DEFAULT_PREFIX}
 * by default). Two simulated hosts, {@code manager} (192.168.246.194) and {@code worker}
 * (192.168.246.195), are namespaces joined by a veth underlay ({@code ens33}). On each host:
 * the {@code ingress} overlay (10.255.0.0/16, VNI 4096) with an {@code ingress_sbox}, the
 * {@code uber-svc} overlay (10.0.0.0/24, gateway 10.0.0.1, VNI 4097), a bridge
 * {@code docker_gwbridge} (172.19.0.1/16), and one container with {@code eth0} (ingress),
 * {@code eth1} (uber-svc) and {@code eth2} (gateway bridge, default route). Each overlay knows the
 * other host's endpoints as permanent neighbour and FDB entries, so the manager's container
 * reaches the worker's at 10.0.0.4 across VXLAN.
 *
 * <p>{@code up} on a complete lab does nothing; a failure part way removes what was made.
 * {@code down} deletes exactly the namespaces the lab makes, which takes every device with them.
 */
public final class OverlayLab {
    /** The default namespace-name prefix. */
    public static final String DEFAULT_PREFIX = "ovlab-";
    private static final String UNDERLAY = "ens33";
    private static final String GWBRIDGE = "docker_gwbridge";
    private static final int INGRESS_VNI = 4096;
    private static final int UBER_SVC_VNI = 4097;
    private static final int GWBRIDGE_MTU = 1500;
    /** Capability bit numbers (linux/capability.h). */
    private static final int CAP_NET_ADMIN = 12;
    private static final int CAP_SYS_ADMIN = 21;
    private static final String USAGE = "Usage: overlay-lab [--prefix PREFIX] { up | status | down }";

    /** One simulated Docker host and the addresses of its endpoints. */
    private record Host(String role, String vtep, String sboxIngress, String containerIngress, String containerSvc) {
    }

    private static final Host MANAGER = new Host("manager", "192.168.246.194", "10.255.0.2", "10.255.0.5", "10.0.0.3");
    private static final Host WORKER = new Host("worker", "192.168.246.195", "10.255.0.3", "10.255.0.6", "10.0.0.4");
    private static final List<Host> HOSTS = List.of(MANAGER, WORKER);

    private final String prefix;

    private OverlayLab(String prefix) {
        this.prefix = prefix;
    }

    /**
     * Runs {@code overlay-lab ARGS}; returns the exit status (0 success, 1 failure, 2 usage).
     *
     * @param out where progress and status go
     * @param err where errors go
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        String prefix = DEFAULT_PREFIX;
        String action = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--prefix" -> {
                    if (i + 1 == args.length || args[i + 1].isEmpty() || args[i + 1].contains("/")) {
                        err.println("overlay-lab: --prefix needs a namespace-name prefix");
                        return 2;
                    }
                    prefix = args[++i];
                }
                case "-h", "--help", "help" -> {
                    out.println(USAGE);
                    return 0;
                }
                default -> {
                    if (action != null) {
                        err.println(USAGE);
                        return 2;
                    }
                    action = args[i];
                }
            }
        }
        OverlayLab lab = new OverlayLab(prefix);
        if (action == null) {
            err.println(USAGE);
            return 2;
        }
        if (List.of("up", "status", "down").contains(action)) {
            String missing = missingCapability();
            if (missing != null) {
                err.println("overlay-lab " + action + ": this process lacks " + missing + "; creating, entering and"
                        + " removing network namespaces needs CAP_SYS_ADMIN and CAP_NET_ADMIN (run it as root)");
                return 1;
            }
        }
        return switch (action) {
            case "up" -> lab.up(out, err);
            case "status" -> lab.status(out);
            case "down" -> lab.down(out);
            default -> {
                err.println("overlay-lab: unknown action \"" + action + "\"\n" + USAGE);
                yield 2;
            }
        };
    }

    /**
     * The first of CAP_SYS_ADMIN and CAP_NET_ADMIN missing from this process's effective set
     * ({@code CapEff} in {@code /proc/self/status}), or null when it has both.
     */
    private static String missingCapability() {
        long effective;
        try {
            String line = Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(l -> l.startsWith("CapEff:")).findFirst().orElse("CapEff: 0");
            effective = Long.parseUnsignedLong(line.substring("CapEff:".length()).trim(), 16);
        } catch (IOException e) {
            return "CAP_SYS_ADMIN (/proc/self/status cannot be read: " + e.getMessage() + ")";
        }
        if ((effective & 1L << CAP_SYS_ADMIN) == 0) {
            return "CAP_SYS_ADMIN";
        }
        return (effective & 1L << CAP_NET_ADMIN) == 0 ? "CAP_NET_ADMIN" : null;
    }

    // ---- Names ----

    private String hostNs(Host h) {
        return prefix + h.role();
    }

    private String ingressNs(Host h) {
        return prefix + h.role() + "-1-ingress";
    }

    private String uberSvcNs(Host h) {
        return prefix + h.role() + "-1-uber-svc";
    }

    private String sboxNs(Host h) {
        return prefix + h.role() + "-ingress_sbox";
    }

    private String containerNs(Host h) {
        return prefix + h.role() + "-uber-svc.1";
    }

    /** Every namespace the lab makes, in the order it makes them. */
    List<String> namespaces() {
        List<String> names = new ArrayList<>();
        for (Host h : HOSTS) {
            names.addAll(List.of(hostNs(h), ingressNs(h), uberSvcNs(h), sboxNs(h), containerNs(h)));
        }
        return names;
    }

    private List<String> existing() {
        List<String> present = NetNs.list();
        return namespaces().stream().filter(present::contains).toList();
    }

    // ---- up ----

    private int up(PrintStream out, PrintStream err) {
        List<String> present = existing();
        if (present.size() == namespaces().size()) {
            out.println("overlay-lab is already up (" + present.size() + " namespaces with prefix " + prefix + ")");
            return 0;
        }
        if (!present.isEmpty()) {
            out.println("removing the remains of an earlier run");
            down(out);
        }
        try {
            build(out);
            out.println("overlay-lab is up: ip netns exec " + containerNs(MANAGER) + " ping " + WORKER.containerSvc());
            return 0;
        } catch (RuntimeException e) {
            err.println("overlay-lab up failed: " + e.getMessage());
            down(out);
            return 1;
        }
    }

    private void build(PrintStream out) {
        List<AutoCloseable> open = new ArrayList<>();
        try {
            NetNs manager = track(open, NetNs.create(hostNs(MANAGER)));
            NetNs worker = track(open, NetNs.create(hostNs(WORKER)));
            underlay(manager, worker);
            out.println("hosts " + hostNs(MANAGER) + " (" + MANAGER.vtep() + ") and " + hostNs(WORKER) + " ("
                    + WORKER.vtep() + ") joined by " + UNDERLAY);
            List<OverlaySandbox> ingress = new ArrayList<>();
            List<OverlaySandbox> uberSvc = new ArrayList<>();
            for (Host h : HOSTS) {
                NetNs host = h == MANAGER ? manager : worker;
                try (Rtnl rtnl = Rtnl.open(host)) {
                    rtnl.links().add(LinkRequest.of(GWBRIDGE).withData(BridgeData.of()));
                    address(rtnl, GWBRIDGE, "172.19.0.1", 16);
                    rtnl.links().change(LinkRequest.of(GWBRIDGE).withUp());
                }
                OverlaySandbox in = track(open, OverlaySandbox.create(host, ingressNs(h),
                        OverlaySandbox.dockerVxlan(INGRESS_VNI), ip("10.255.0.1"), 16, OverlaySandbox.DOCKER_OVERLAY_MTU));
                OverlaySandbox svc = track(open, OverlaySandbox.create(host, uberSvcNs(h),
                        OverlaySandbox.dockerVxlan(UBER_SVC_VNI), ip("10.0.0.1"), 24, OverlaySandbox.DOCKER_OVERLAY_MTU));
                ingress.add(in);
                uberSvc.add(svc);
                NetNs sbox = track(open, NetNs.create(sboxNs(h)));
                in.attach("veth0", sbox, "eth0", ip(h.sboxIngress()), 16);
                gatewayBridgePort(host, "vethsbox", sbox, "eth1", "172.19.0.2");
                NetNs container = track(open, NetNs.create(containerNs(h)));
                in.attach("veth1", container, "eth0", ip(h.containerIngress()), 16);
                svc.attach("veth0", container, "eth1", ip(h.containerSvc()), 24);
                gatewayBridgePort(host, "vethc1", container, "eth2", "172.19.0.3");
                out.println(h.role() + ": ingress (VNI " + INGRESS_VNI + ") " + ingressNs(h) + ", uber-svc (VNI "
                        + UBER_SVC_VNI + ") " + uberSvcNs(h) + ", " + sboxNs(h) + ", container " + containerNs(h)
                        + " eth0 " + h.containerIngress() + " eth1 " + h.containerSvc() + " eth2 172.19.0.3");
            }
            for (int i = 0; i < HOSTS.size(); i++) {
                for (Host remote : HOSTS) {
                    if (remote != HOSTS.get(i)) {
                        ingress.get(i).addPeer(ip(remote.sboxIngress()), ip(remote.vtep()));
                        ingress.get(i).addPeer(ip(remote.containerIngress()), ip(remote.vtep()));
                        uberSvc.get(i).addPeer(ip(remote.containerSvc()), ip(remote.vtep()));
                    }
                }
            }
        } finally {
            closeAll(open);
        }
    }

    private static <T extends AutoCloseable> T track(List<AutoCloseable> open, T handle) {
        open.add(handle);
        return handle;
    }

    private static void closeAll(List<AutoCloseable> open) {
        for (int i = open.size() - 1; i >= 0; i--) {
            try {
                open.get(i).close();
            } catch (Exception e) {
                // Closing a handle releases a reference only; there is nothing to recover.
            }
        }
    }

    /** {@code ens33} in both hosts, one veth pair, with each host's underlay address. */
    private static void underlay(NetNs manager, NetNs worker) {
        try (Rtnl m = Rtnl.open(manager); Rtnl w = Rtnl.open(worker)) {
            m.links().add(LinkRequest.of(UNDERLAY).withData(VethData.of(UNDERLAY, worker)));
            for (Rtnl host : List.of(m, w)) {
                address(host, UNDERLAY, host == m ? MANAGER.vtep() : WORKER.vtep(), 24);
                host.links().change(LinkRequest.of("lo").withUp());
                host.links().change(LinkRequest.of(UNDERLAY).withUp());
            }
        }
    }

    /**
     * A veth from {@code docker_gwbridge} in {@code host} to {@code container}'s {@code ifname}
     * with {@code address/16} and a default route through the bridge, as Docker's bridge driver does.
     */
    private static void gatewayBridgePort(NetNs host, String hostSide, NetNs container, String ifname, String address) {
        String staging = "c" + hostSide;
        try (Rtnl rtnl = Rtnl.open(host)) {
            rtnl.links().add(LinkRequest.of(hostSide).withData(VethData.of(staging, container)));
            rtnl.links().change(LinkRequest.of(hostSide).withMasterIfindex(rtnl.links().get(GWBRIDGE).ifindex()));
            rtnl.links().change(LinkRequest.of(hostSide).withUp());
        }
        InetAddress ip = ip(address);
        OverlaySandbox.configureInside(container, staging, ifname, OverlaySandbox.dockerMac(ip), ip, 16, GWBRIDGE_MTU);
        try (Rtnl inside = Rtnl.open(container)) {
            inside.routes().add(RouteRequest.defaultRoute(AddressFamily.AF_INET).withGateway(ip("172.19.0.1")));
        }
    }

    private static void address(Rtnl rtnl, String link, String address, int prefixLength) {
        rtnl.addresses().add(AddressRequest.of(rtnl.links().get(link).ifindex(), ip(address), prefixLength)
                .withAutoBroadcast());
    }

    private static InetAddress ip(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an IP address literal: " + literal, e);
        }
    }

    // ---- down ----

    private int down(PrintStream out) {
        List<String> present = existing();
        // Containers and sandboxes first, hosts last: the order Docker tears down in.
        for (int i = present.size() - 1; i >= 0; i--) {
            try {
                NetNs.delete(present.get(i));
                out.println("deleted netns " + present.get(i));
            } catch (NetlinkException e) {
                out.println("netns " + present.get(i) + ": " + e.getMessage());
            }
        }
        if (present.isEmpty()) {
            out.println("overlay-lab is down (no namespace with prefix " + prefix + ")");
        }
        return 0;
    }

    // ---- status ----

    private int status(PrintStream out) {
        List<String> present = existing();
        if (present.isEmpty()) {
            out.println("overlay-lab is down");
            return 0;
        }
        out.println("overlay-lab: " + present.size() + " of " + namespaces().size() + " namespaces present"
                + (present.size() == namespaces().size() ? "" : " (incomplete; run down, then up)"));
        for (String name : present) {
            out.println(name + ":");
            try (NetNs ns = NetNs.named(name); Rtnl rtnl = Rtnl.open(ns)) {
                List<Link> links = rtnl.links().list();
                List<Address> addrs = rtnl.addresses().list(AddressFilter.all().withFamily(AddressFamily.AF_INET));
                for (Link link : links) {
                    out.println("  " + describe(link, links, addrs, rtnl));
                }
            }
        }
        return 0;
    }

    private static String describe(Link link, List<Link> links, List<Address> addrs, Rtnl rtnl) {
        StringBuilder s = new StringBuilder(link.name());
        if (link.kind() != null) {
            s.append(' ').append(link.kind());
        }
        if (link.info() != null && link.info().data() instanceof VxlanData v) {
            s.append(" id ").append(v.get(VxlanAttributes.ID)).append(" dstport ").append(v.get(VxlanAttributes.PORT));
        }
        s.append(link.isUp() ? " UP" : " DOWN");
        if (link.masterIfindex() > 0) {
            links.stream().filter(l -> l.ifindex() == link.masterIfindex()).findFirst()
                    .ifPresent(m -> s.append(" master ").append(m.name()));
        }
        for (Address a : addrs) {
            if (a.ifindex() == link.ifindex()) {
                s.append(' ').append(a.localAddress().getHostAddress()).append('/').append(a.prefixLength());
            }
        }
        if ("vxlan".equals(link.kind())) {
            for (Neighbour n : new VxlanFdb(rtnl).list(link.ifindex())) {
                InetAddress dst = n.get(NeighbourAttributes.DST);
                if (dst != null) {
                    s.append("\n    fdb ").append(n.get(NeighbourAttributes.LLADDR)).append(" dst ").append(dst.getHostAddress());
                }
            }
        }
        return s.toString();
    }
}
