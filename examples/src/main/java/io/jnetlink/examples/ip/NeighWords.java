package io.jnetlink.examples.ip;

import io.jnetlink.examples.ip.link.LinkWords;
import io.jnetlink.route.neighbour.NeighbourCodec;
import java.util.List;

/** How {@code ip neigh} reads its values: NUD state names and protocol names. */
final class NeighWords {
    /** The state names ip accepts, each with its NUD bit; ip takes the first two and "failed" by any prefix. */
    private static final List<String> STATE_NAMES = List.of("permanent", "reachable", "noarp", "none", "stale",
            "incomplete", "delay", "probe", "failed");
    private static final int[] STATE_BITS = {NeighbourCodec.NUD_PERMANENT, NeighbourCodec.NUD_REACHABLE,
        NeighbourCodec.NUD_NOARP, 0, NeighbourCodec.NUD_STALE, NeighbourCodec.NUD_INCOMPLETE, NeighbourCodec.NUD_DELAY,
        NeighbourCodec.NUD_PROBE, NeighbourCodec.NUD_FAILED};

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
}
