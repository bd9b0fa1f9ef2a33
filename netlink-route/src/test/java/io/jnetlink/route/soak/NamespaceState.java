package io.jnetlink.route.soak;

import io.jnetlink.route.address.Address;
import io.jnetlink.route.link.Link;
import io.jnetlink.route.routing.Route;
import io.jnetlink.route.routing.RouteAttributes;
import io.jnetlink.route.testing.RouteNames;
import java.net.InetAddress;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the soak compares in one namespace: links, IPv4 addresses and IPv4 routes of every table,
 * each as a canonical text key, so a subscriber's model, a dump and {@code ip -j} can be set
 * against each other.
 */
record NamespaceState(Set<String> links, Set<String> addresses, Set<String> routes) {
    NamespaceState {
        links = Set.copyOf(links);
        addresses = Set.copyOf(addresses);
        routes = Set.copyOf(routes);
    }

    /** Index, name, admin state, MTU, master index and operational state. */
    static String linkKey(Link link) {
        return linkKey(link.ifindex(), link.name(), link.isUp(), link.mtu(), link.masterIfindex(), String.valueOf(link.operState()));
    }

    static String linkKey(int index, String name, boolean up, int mtu, int master, String operState) {
        return index + " " + name + (up ? " UP" : " down") + " mtu=" + mtu + " master=" + master + " oper=" + operState;
    }

    /** Interface index and address/prefix length. */
    static String addressKey(Address addr) {
        return addressKey(addr.ifindex(), addr.localAddress().getHostAddress(), addr.prefixLength());
    }

    static String addressKey(int index, String local, int prefixLength) {
        return index + " " + local + "/" + prefixLength;
    }

    /** Table, type, destination, device index, gateway, metric and preferred source, as ip names them. */
    static String routeKey(Route route) {
        return routeKey(RouteNames.tableName(route.table()), RouteNames.typeName(route.type()),
                RouteNames.dstText(route), route.ifindex(), text(route.gateway()), priority(route),
                text(route.get(RouteAttributes.PREFSRC)));
    }

    private static long priority(Route route) {
        Long priority = route.get(RouteAttributes.PRIORITY);
        return priority == null ? 0 : priority;
    }

    static String routeKey(String table, String type, String dst, int oif, String gateway, long metric, String prefsrc) {
        return "table=" + table + " " + type + " " + dst + " dev=" + oif + " via=" + gateway + " metric=" + metric
                + " src=" + prefsrc;
    }

    private static String text(InetAddress address) {
        return address == null ? "-" : address.getHostAddress();
    }

    /** The keys only one side has, as a readable report; empty when both are equal. */
    String differenceFrom(NamespaceState expected) {
        return difference("links", links, expected.links) + difference("addresses", addresses, expected.addresses)
                + difference("routes", routes, expected.routes);
    }

    private static String difference(String what, Set<String> actual, Set<String> expected) {
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(actual);
        Set<String> extra = new TreeSet<>(actual);
        extra.removeAll(expected);
        if (missing.isEmpty() && extra.isEmpty()) {
            return "";
        }
        return what + ": missing " + missing + ", extra " + extra + "; ";
    }
}
