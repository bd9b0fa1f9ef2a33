package io.jnetlink.examples.ip;

import io.jnetlink.core.MacAddress;
import io.jnetlink.examples.cli.CommandFailure;
import io.jnetlink.examples.ip.link.LinkWords;
import io.jnetlink.route.neighbour.NeighbourCodec;
import java.util.List;

/** How {@code ip neigh} reads its values: NUD state names, protocol names and link-layer addresses. */
final class NeighWords {
    /** The state names ip accepts, each with its NUD bit; ip takes the first two and "failed" by any prefix. */
    private static final List<String> STATE_NAMES = List.of("permanent", "reachable", "noarp", "none", "stale",
            "incomplete", "delay", "probe", "failed");
    private static final int[] STATE_BITS = {NeighbourCodec.NUD_PERMANENT, NeighbourCodec.NUD_REACHABLE,
        NeighbourCodec.NUD_NOARP, 0, NeighbourCodec.NUD_STALE, NeighbourCodec.NUD_INCOMPLETE, NeighbourCodec.NUD_DELAY,
        NeighbourCodec.NUD_PROBE, NeighbourCodec.NUD_FAILED};
    /** ip's buffer for a link-layer address: longer ones are cut there. */
    private static final int LLADDR_MAX = 20;

    private NeighWords() {
    }

    /** The NUD bit of {@code text} (a name, or one bit as a number below 0x100; 0 for none), or -1. */
    static int state(String text) {
        for (int i = 0; i < STATE_NAMES.size(); i++) {
            String name = STATE_NAMES.get(i);
            boolean prefix = name.equals("permanent") || name.equals("reachable") || name.equals("failed");
            if (prefix ? !text.isEmpty() && name.startsWith(text) : name.equals(text)) {
                return STATE_BITS[i];
            }
        }
        long value = LinkWords.parseC(text, 0xffffffffL);
        return value < 0 || value >= 0x100 || (value & (value - 1)) != 0 ? -1 : (int) value;
    }

    /** The number of a routing protocol name ({@code /etc/iproute2/rt_protos}) or number up to 255, or -1. */
    static int protocol(String text) {
        long named = NameTable.PROTOCOLS.number(text);
        long value = named >= 0 ? named : LinkWords.parseC(text, 0xffffffffL);
        return value < 0 || value > 255 ? -1 : (int) value;
    }

    /**
     * A link-layer address as ip reads one ({@code ll_addr_a2n}): hex bytes separated by colons,
     * each read as C's {@code %x} does; a bad byte fails with ip's message and status 1.
     */
    static MacAddress lladdr(String text) {
        String[] parts = text.split(":", -1);
        byte[] bytes = new byte[Math.min(parts.length, LLADDR_MAX)];
        for (int i = 0; i < bytes.length; i++) {
            int value = scanHex(parts[i]);
            if (value < 0 || value > 255) {
                throw new CommandFailure("\"" + parts[i] + "\" is invalid lladdr.", 1);
            }
            bytes[i] = (byte) value;
        }
        return MacAddress.of(bytes);
    }

    /** C's {@code sscanf(text, "%x")}: blanks, a sign, an optional 0x, then hex digits up to the first other; -1 for none. */
    private static int scanHex(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        boolean negative = i < text.length() && text.charAt(i) == '-';
        if (i < text.length() && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
            i++;
        }
        if ((text.startsWith("0x", i) || text.startsWith("0X", i)) && i + 2 < text.length()
                && Character.digit(text.charAt(i + 2), 16) >= 0) {
            i += 2;
        }
        long value = 0;
        int start = i;
        while (i < text.length() && Character.digit(text.charAt(i), 16) >= 0 && value <= 0xffff) {
            value = value * 16 + Character.digit(text.charAt(i), 16);
            i++;
        }
        if (i == start) {
            return -1;
        }
        return negative ? (value == 0 ? 0 : -1) : (int) Math.min(value, Integer.MAX_VALUE);
    }
}
