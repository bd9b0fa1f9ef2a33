package io.jnetlink.route.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jnetlink.core.testing.Shell;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/** Runs {@code ip} and {@code bridge} with JSON output in a named namespace and parses the result. */
public final class IpTool {
    private static final ObjectMapper JSON = new ObjectMapper();

    private IpTool() {
    }

    /** {@code ip -n NS -j ARGS...} as a JSON tree. */
    public static JsonNode ipJson(String ns, String... args) {
        return parse(Shell.run(concat(new String[] {"ip", "-n", ns, "-j"}, args)));
    }

    /** {@code bridge -n NS -j ARGS...} as a JSON tree. */
    public static JsonNode bridgeJson(String ns, String... args) {
        return parse(Shell.run(concat(new String[] {"bridge", "-n", ns, "-j"}, args)));
    }

    /** {@code ip -n NS ARGS...}, failing the test when ip fails. */
    public static String ip(String ns, String... args) {
        return Shell.run(Shell.ipCommand(ns, args));
    }

    /**
     * {@code ip -n NS ARGS...} once the output has stopped changing (two reads 250 ms apart agree,
     * within 10 s): the kernel finishes some changes asynchronously (carrier after both veth ends
     * come up, IPv6 local routes once an address is usable), and a before/after comparison must
     * not take those for the effect of the code under test.
     */
    public static String settled(String ns, String... args) throws InterruptedException {
        String previous = ip(ns, args);
        for (int round = 0; round < 40; round++) {
            Thread.sleep(250);
            String current = ip(ns, args);
            if (current.equals(previous)) {
                return current;
            }
            previous = current;
        }
        throw new AssertionError("ip " + String.join(" ", args) + " in " + ns + " did not settle in 10 s");
    }

    /** The index of interface {@code name} in {@code ns}. */
    public static int ifindex(String ns, String name) {
        return ipJson(ns, "link", "show", "dev", name).get(0).get("ifindex").asInt();
    }

    /** Interface names by index in {@code ns}. */
    public static Map<Integer, String> ifnames(String ns) {
        Map<Integer, String> names = new HashMap<>();
        for (JsonNode link : ipJson(ns, "link", "show")) {
            names.put(link.get("ifindex").asInt(), link.get("ifname").asText());
        }
        return names;
    }

    /** The text of {@code field}, or null when {@code node} lacks it. */
    public static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static JsonNode parse(String out) {
        try {
            return JSON.readTree(out.isBlank() ? "[]" : out);
        } catch (IOException e) {
            throw new UncheckedIOException("unparseable JSON from a reference tool: " + out, e);
        }
    }

    static String[] concat(String[] head, String[] tail) {
        String[] all = new String[head.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }
}
