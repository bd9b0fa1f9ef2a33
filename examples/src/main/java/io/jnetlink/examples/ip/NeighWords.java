package io.jnetlink.examples.ip;

import io.jnetlink.core.MacAddress;
import io.jnetlink.examples.cli.CommandFailure;
import io.jnetlink.examples.ip.link.LinkWords;
import io.jnetlink.route.neighbour.NeighbourCodec;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    private static final Pattern HEX = Pattern.compile("\\s*([+-]?)(?:0[xX](?=[0-9a-fA-F]))?([0-9a-fA-F]+)");

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
        return (int) NameTable.PROTOCOLS.parse(text, 255);
    }

    /**
     * A link-layer address as ip reads one ({@code ll_addr_a2n}): hex bytes separated by colons,
     * each read as C's {@code %x} does; a bad byte fails with ip's message and status 1.
     */
    static MacAddress lladdr(String text) {
        String[] parts = text.split(":", -1);
        byte[] bytes = new byte[Math.min(parts.length, LLADDR_MAX)];
        for (int i = 0; i < bytes.length; i++) {
            Long value = scanHex(parts[i], false);
            if (value == null || value < 0 || value > 255) {
                throw new CommandFailure("\"" + parts[i] + "\" is invalid lladdr.", 1);
            }
            bytes[i] = (byte) (long) value;
        }
        return MacAddress.of(bytes);
    }

    /**
     * C's {@code sscanf(text, "%x")}: blanks, a sign, an optional {@code 0x}, then hex digits.
     *
     * @param whole true when nothing may follow the number (a literal after it in the format)
     * @return the number, negative after a minus sign (saturated), or null when none is there
     */
    static Long scanHex(String text, boolean whole) {
        Matcher m = HEX.matcher(text);
        if (!(whole ? m.matches() : m.lookingAt())) {
            return null;
        }
        String digits = m.group(2).replaceFirst("^0+(?=.)", "");
        long value = digits.length() > 15 ? Long.MAX_VALUE : Long.parseLong(digits, 16);
        return m.group(1).equals("-") ? -value : value;
    }
}
