package io.jnetlink.route.testing;

import io.jnetlink.route.AddressFamily;
import io.jnetlink.route.routing.Route;
import io.jnetlink.route.routing.RouteAttributes;
import io.jnetlink.route.routing.RouteCodec;
import java.net.InetAddress;
import java.net.UnknownHostException;

/** How {@code ip route} names a route's destination, type and table, to match {@link Route}s against {@code ip -j}. */
public final class RouteNames {
    private RouteNames() {
    }

    /** The destination as ip prints it: {@code default}, a host address for full-length prefixes, otherwise ADDR/LEN. */
    public static String dstText(Route r) {
        if (r.dstLength() == 0 && r.get(RouteAttributes.DST) == null) {
            return "default";
        }
        String host = r.get(RouteAttributes.DST).getHostAddress();
        return r.dstLength() == AddressFamily.maxPrefixLength(r.family()) ? host : host + "/" + r.dstLength();
    }

    /** ip's destination text with the address in Java's canonical form (IPv6 spellings differ). */
    public static String normalizeDst(String dst) {
        if (dst == null || dst.equals("default")) {
            return "default";
        }
        int slash = dst.indexOf('/');
        String host = slash < 0 ? dst : dst.substring(0, slash);
        try {
            return InetAddress.getByName(host).getHostAddress() + (slash < 0 ? "" : dst.substring(slash));
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }

    /** ip's name of route type {@code RTN_*}. */
    public static String typeName(int type) {
        return switch (type) {
            case RouteCodec.RTN_UNICAST -> "unicast";
            case RouteCodec.RTN_LOCAL -> "local";
            case RouteCodec.RTN_BROADCAST -> "broadcast";
            case RouteCodec.RTN_ANYCAST -> "anycast";
            case RouteCodec.RTN_MULTICAST -> "multicast";
            case RouteCodec.RTN_BLACKHOLE -> "blackhole";
            case RouteCodec.RTN_UNREACHABLE -> "unreachable";
            case RouteCodec.RTN_PROHIBIT -> "prohibit";
            case RouteCodec.RTN_THROW -> "throw";
            default -> Integer.toString(type);
        };
    }

    /** ip's name of a table id. */
    public static String tableName(long table) {
        return table == RouteCodec.RT_TABLE_MAIN ? "main" : table == RouteCodec.RT_TABLE_LOCAL ? "local"
                : table == RouteCodec.RT_TABLE_DEFAULT ? "default" : Long.toString(table);
    }
}
