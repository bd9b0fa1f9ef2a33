package io.jnetlink.examples;

import io.jnetlink.core.netns.NetNs;
import io.jnetlink.core.testing.Shell;
import io.jnetlink.core.testing.TestNamespace;

/**
 * The rich topology the output tests compare on, built with iproute2 in throwaway namespaces:
 * loopback, ifb, a bridge with a veth and a VXLAN port, veth pairs (one peer in a named
 * namespace for {@code link-netns NAME}, one in an unnamed namespace for {@code link-netnsid N}),
 * macvlan (one in source mode with its remotes), macvtap, tap (owned by root) and tun, IPv4 and IPv6 addresses (secondary, /32, finite lifetimes),
 * routes (default, multipath, blackhole, metric, table 100) and FDB and neighbour entries.
 */
final class Topology implements AutoCloseable {
    final TestNamespace main;
    final TestNamespace peer;
    private final String hiddenName;
    private final NetNs hidden;

    private Topology() {
        main = TestNamespace.create("out");
        TestNamespace created = null;
        NetNs unnamed = null;
        String unnamedName = main.name() + "-h";
        try {
            created = TestNamespace.create("outp");
            unnamed = NetNs.create(unnamedName);
            build(main.name(), created.name(), unnamedName);
            // Keep the third namespace alive through the handle only: its veth then shows as link-netnsid N.
            NetNs.delete(unnamedName);
        } catch (RuntimeException | Error e) {
            if (unnamed != null) {
                unnamed.close();
            }
            if (created != null) {
                created.close();
            }
            main.close();
            throw e;
        }
        peer = created;
        hidden = unnamed;
        hiddenName = unnamedName;
    }

    /** Builds the topology (needs root; skips or fails as {@link TestNamespace#create} does). */
    static Topology build() {
        return new Topology();
    }

    private static void ip(String ns, String... args) {
        Shell.run(Shell.ipCommand(ns, args));
    }

    private static void build(String a, String b, String h) {
        ip(a, "link", "set", "lo", "up");
        ip(a, "link", "add", "ifb0", "type", "ifb");
        ip(a, "link", "add", "br0", "type", "bridge");
        ip(a, "link", "add", "veth0", "type", "veth", "peer", "name", "veth1");
        ip(a, "link", "set", "veth1", "master", "br0");
        ip(a, "link", "set", "veth1", "type", "bridge_slave", "group_fwd_mask", "0x4008"); // 0x8 and lldp
        ip(a, "link", "add", "vxlan0", "type", "vxlan", "id", "4097", "dstport", "4789", "proxy", "l2miss", "l3miss");
        ip(a, "link", "set", "vxlan0", "master", "br0");
        ip(a, "link", "add", "vxlan1", "type", "vxlan", "id", "4096", "remote", "192.168.246.195", "local",
                "192.168.246.194", "dstport", "4789", "nolearning", "ttl", "64", "ageing", "0");
        ip(a, "link", "add", "vxlan2", "type", "vxlan", "id", "42", "dstport", "4789", "tos", "inherit", "ttl", "inherit");
        ip(a, "link", "add", "lower0", "type", "veth", "peer", "name", "lower0p");
        ip(a, "link", "add", "mv0", "link", "lower0", "type", "macvlan", "mode", "bridge");
        ip(a, "link", "add", "mvt0", "link", "lower0", "type", "macvtap", "mode", "vepa");
        ip(a, "link", "add", "ms0", "link", "lower0", "type", "macvlan", "mode", "source", "nodst");
        ip(a, "link", "set", "ms0", "type", "macvlan", "macaddr", "add", "02:00:00:00:00:01");
        ip(a, "link", "set", "ms0", "type", "macvlan", "macaddr", "add", "02:00:00:00:00:02");
        Shell.run("ip", "-n", a, "tuntap", "add", "dev", "tap0", "mode", "tap", "user", "0", "group", "0");
        Shell.run("ip", "-n", a, "tuntap", "add", "dev", "tun0", "mode", "tun");
        ip(a, "link", "add", "eth0", "type", "veth", "peer", "name", "ceth0", "netns", b);
        ip(a, "link", "add", "eth1", "type", "veth", "peer", "name", "ceth1", "netns", h);
        ip(a, "link", "set", "dev", "br0", "alias", "the overlay bridge");
        for (String link : new String[] {"br0", "veth0", "veth1", "vxlan0", "lower0", "mv0", "eth0", "eth1"}) {
            ip(a, "link", "set", link, "up");
        }
        ip(b, "link", "set", "ceth0", "up");
        ip(a, "addr", "add", "10.0.0.1/24", "dev", "br0");
        ip(a, "addr", "add", "10.0.0.9/32", "dev", "br0");
        ip(a, "addr", "add", "10.0.0.10/24", "dev", "br0");
        ip(a, "addr", "add", "10.1.0.1/24", "brd", "+", "dev", "lower0", "label", "lower0:1");
        ip(a, "addr", "add", "10.2.0.1", "peer", "10.2.0.2/32", "dev", "eth1");
        ip(a, "addr", "add", "2001:db8::1/64", "dev", "lower0", "nodad");
        ip(a, "addr", "add", "2001:db8:1::1/64", "dev", "lower0", "valid_lft", "1000", "preferred_lft", "500");
        ip(a, "addr", "add", "192.168.5.1/24", "dev", "eth0");
        ip(b, "addr", "add", "192.168.5.2/24", "dev", "ceth0");
        ip(a, "route", "add", "default", "via", "10.0.0.254");
        ip(a, "route", "add", "172.16.0.0/16", "nexthop", "via", "10.0.0.2", "weight", "1", "nexthop", "via",
                "10.0.0.3", "weight", "2");
        ip(a, "route", "add", "172.17.0.0/16", "via", "192.168.5.2", "table", "100");
        ip(a, "route", "add", "172.18.0.0/16", "dev", "lower0", "metric", "50", "proto", "static");
        ip(a, "route", "add", "blackhole", "172.19.0.0/16");
        ip(a, "route", "add", "10.5.0.7", "via", "10.0.0.254", "dev", "br0", "mtu", "1400");
        Shell.run("bridge", "-n", a, "fdb", "append", "00:00:00:00:00:00", "dev", "vxlan0", "dst", "192.168.246.195");
        Shell.run("bridge", "-n", a, "fdb", "add", "02:42:0a:00:00:05", "dev", "vxlan0", "dst", "192.168.246.195",
                "self", "permanent");
        ip(a, "neigh", "add", "10.0.0.5", "lladdr", "02:42:0a:00:00:05", "dev", "vxlan0", "nud", "permanent");
        ip(a, "neigh", "add", "10.0.0.6", "lladdr", "02:42:0a:00:00:06", "dev", "br0", "nud", "stale");
    }

    @Override
    public void close() {
        hidden.close();
        peer.close();
        main.close();
    }

    @Override
    public String toString() {
        return "Topology[" + main.name() + ", " + peer.name() + ", unnamed " + hiddenName + "]";
    }
}
