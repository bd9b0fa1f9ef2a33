package io.jnetlink.route.soak;

import static io.jnetlink.route.testing.IpTool.ipJson;
import static io.jnetlink.route.testing.IpTool.text;

import com.fasterxml.jackson.databind.JsonNode;
import io.jnetlink.route.testing.RouteNames;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** A namespace's state as {@code ip -j} reports it, in the keys of {@link NamespaceState}. */
final class IpState {
    private IpState() {
    }

    /** {@code ip -j link}, {@code ip -j -4 addr} and {@code ip -j -4 route show table all} of {@code ns}. */
    static NamespaceState of(String ns) {
        JsonNode links = ipJson(ns, "link", "show");
        Map<String, Integer> indexes = new HashMap<>();
        for (JsonNode link : links) {
            indexes.put(text(link, "ifname"), link.get("ifindex").asInt());
        }
        Set<String> linkKeys = new HashSet<>();
        for (JsonNode link : links) {
            boolean up = false;
            for (JsonNode flag : link.path("flags")) {
                up |= flag.asText().equals("UP");
            }
            int master = link.has("master") ? indexes.get(text(link, "master")) : 0;
            linkKeys.add(NamespaceState.linkKey(link.get("ifindex").asInt(), text(link, "ifname"), up,
                    link.get("mtu").asInt(), master, text(link, "operstate")));
        }
        Set<String> addressKeys = new HashSet<>();
        for (JsonNode link : ipJson(ns, "-4", "addr", "show")) {
            for (JsonNode info : link.path("addr_info")) {
                if ("inet".equals(text(info, "family"))) {
                    addressKeys.add(NamespaceState.addressKey(link.get("ifindex").asInt(), text(info, "local"),
                            info.get("prefixlen").asInt()));
                }
            }
        }
        Set<String> routeKeys = new HashSet<>();
        for (JsonNode route : ipJson(ns, "-4", "route", "show", "table", "all")) {
            String dev = text(route, "dev");
            routeKeys.add(NamespaceState.routeKey(route.has("table") ? text(route, "table") : "main",
                    route.has("type") ? text(route, "type") : "unicast", RouteNames.normalizeDst(text(route, "dst")),
                    dev == null ? 0 : indexes.get(dev), address(text(route, "gateway")),
                    route.path("metric").asLong(0), address(text(route, "prefsrc"))));
        }
        return new NamespaceState(linkKeys, addressKeys, routeKeys);
    }

    private static String address(String text) {
        if (text == null) {
            return "-";
        }
        try {
            return InetAddress.getByName(text).getHostAddress();
        } catch (UnknownHostException e) {
            throw new AssertionError("ip printed an unparseable address: " + text, e);
        }
    }
}
