package io.jnetlink.examples.ip;

import io.jnetlink.route.link.Link;
import io.jnetlink.route.link.LinkStats;
import java.util.Arrays;

/**
 * A link's counters as {@code ip -s} prints them (iproute2 6.1): an RX and a TX block of a
 * heading and a row of numbers, with {@code -s -s} a row of error counters under each. Columns
 * are as wide as their heading or their widest number; the {@code compressed} heading is blank
 * and its numbers left out when zero, {@code nohandler} and {@code otherhost} appear only when
 * non-zero, {@code transns} is blank when the kernel reports no carrier changes.
 */
final class StatsFormatter {
    private static final String[] RX_ERRORS = {"length", "crc", "frame", "fifo", "overrun"};
    private static final String[] TX_ERRORS = {"aborted", "fifo", "window", "heartbt"};

    private final IpOptions options;

    StatsFormatter(IpOptions options) {
        this.options = options;
    }

    /**
     * The statistics lines of counters {@code s}, each but the last followed by a line break;
     * {@code carrierChanges} is {@code IFLA_CARRIER_CHANGES} or {@link Link#ABSENT}.
     */
    String format(LinkStats s, int carrierChanges) {
        boolean detail = options.statistics() > 1;
        boolean carrier = carrierChanges != Link.ABSENT;
        long transitions = carrier ? Integer.toUnsignedLong(carrierChanges) : 0;
        // Widths: the label column, then one per counter column.
        int[] cols = {"*X errors:".length(), "packets".length(), "errors".length(), "dropped".length(),
            "heartbt".length(), "overrun".length(), "compressed".length(), "otherhost".length()};
        widen(cols, s.rxBytes(), s.rxPackets(), s.rxErrors(), s.rxDropped(), s.rxMissedErrors(), s.multicast(),
                s.rxCompressed());
        if (detail) {
            widen(cols, 0, s.rxLengthErrors(), s.rxCrcErrors(), s.rxFrameErrors(), s.rxFifoErrors(),
                    s.rxOverErrors(), s.rxNohandler(), s.rxOtherhostDropped());
        }
        widen(cols, s.txBytes(), s.txPackets(), s.txErrors(), s.txDropped(), s.txCarrierErrors(), s.collisions(),
                s.txCompressed());
        if (detail) {
            widen(cols, 0, s.txAbortedErrors(), s.txFifoErrors(), s.txWindowErrors(), s.txHeartbeatErrors(),
                    transitions);
        }
        String br = options.lineBreak();
        StringBuilder out = new StringBuilder(512);
        heading(out, cols, "    RX:", s.rxCompressed() != 0 ? "compressed" : "",
                "bytes", "packets", "errors", "dropped", "missed", "mcast");
        out.append(br).append("    ");
        numbers(out, cols, 0, s.rxBytes(), s.rxPackets(), s.rxErrors(), s.rxDropped(), s.rxMissedErrors(),
                s.multicast());
        optional(out, cols[6], s.rxCompressed());
        if (detail) {
            out.append(br).append("    RX errors:").append(pad("", cols[0] - 10));
            for (int i = 0; i < RX_ERRORS.length; i++) {
                out.append(' ').append(pad(RX_ERRORS[i], cols[i + 1]));
            }
            if (s.rxNohandler() != 0) {
                out.append(' ').append(pad("nohandler", cols[6]));
            }
            if (s.rxOtherhostDropped() != 0) {
                out.append(' ').append(pad("otherhost", cols[7]));
            }
            out.append(br).append(" ".repeat(cols[0] + 5));
            numbers(out, cols, 1, s.rxLengthErrors(), s.rxCrcErrors(), s.rxFrameErrors(), s.rxFifoErrors(),
                    s.rxOverErrors());
            optional(out, cols[6], s.rxNohandler());
            optional(out, cols[7], s.rxOtherhostDropped());
        }
        out.append(br);
        heading(out, cols, "    TX:", s.txCompressed() != 0 ? "compressed" : "",
                "bytes", "packets", "errors", "dropped", "carrier", "collsns");
        out.append(br).append("    ");
        numbers(out, cols, 0, s.txBytes(), s.txPackets(), s.txErrors(), s.txDropped(), s.txCarrierErrors(),
                s.collisions());
        optional(out, cols[6], s.txCompressed());
        if (detail) {
            out.append(br).append("    TX errors:").append(pad("", cols[0] - 10));
            for (int i = 0; i < TX_ERRORS.length; i++) {
                out.append(' ').append(pad(TX_ERRORS[i], cols[i + 1]));
            }
            out.append(' ').append(pad(carrier ? "transns" : "", cols[5]));
            out.append(br).append(" ".repeat(cols[0] + 5));
            numbers(out, cols, 1, s.txAbortedErrors(), s.txFifoErrors(), s.txWindowErrors(),
                    s.txHeartbeatErrors());
            if (carrier) {
                optional(out, cols[5], transitions, true);
            }
        }
        return out.toString();
    }

    /** The counters as the {@code stats64} member of {@code ip -j -s}. */
    void json(JsonWriter w, LinkStats s, int carrierChanges) {
        boolean detail = options.statistics() > 1;
        w.name("stats64").startObject();
        w.name("rx").startObject().number("bytes", s.rxBytes()).number("packets", s.rxPackets())
                .number("errors", s.rxErrors()).number("dropped", s.rxDropped())
                .number("over_errors", s.rxOverErrors()).number("multicast", s.multicast());
        nonZero(w, "compressed", s.rxCompressed());
        if (detail) {
            w.number("length_errors", s.rxLengthErrors()).number("crc_errors", s.rxCrcErrors())
                    .number("frame_errors", s.rxFrameErrors()).number("fifo_errors", s.rxFifoErrors())
                    .number("missed_errors", s.rxMissedErrors());
            nonZero(w, "nohandler", s.rxNohandler());
            nonZero(w, "otherhost_dropped", s.rxOtherhostDropped());
        }
        w.endObject();
        w.name("tx").startObject().number("bytes", s.txBytes()).number("packets", s.txPackets())
                .number("errors", s.txErrors()).number("dropped", s.txDropped())
                .number("carrier_errors", s.txCarrierErrors()).number("collisions", s.collisions());
        nonZero(w, "compressed", s.txCompressed());
        if (detail) {
            w.number("aborted_errors", s.txAbortedErrors()).number("fifo_errors", s.txFifoErrors())
                    .number("window_errors", s.txWindowErrors()).number("heartbeat_errors", s.txHeartbeatErrors());
            if (carrierChanges != Link.ABSENT) {
                w.name("carrier_changes").number(Integer.toUnsignedString(carrierChanges));
            }
        }
        w.endObject().endObject();
    }

    private static void nonZero(JsonWriter w, String name, long value) {
        if (value != 0) {
            w.name(name).number(Long.toUnsignedString(value));
        }
    }

    /** Widens each column to fit its value (column i+0 of {@code cols} for the first value). */
    private static void widen(int[] cols, long... values) {
        for (int i = 0; i < values.length && i < cols.length; i++) {
            cols[i] = Math.max(cols[i], Long.toUnsignedString(values[i]).length());
        }
    }

    /** {@code label}, the six column names right-aligned (the first minus the label's width), then the last. */
    private static void heading(StringBuilder out, int[] cols, String label, String last, String... names) {
        out.append(label);
        out.append(' ').append(pad(names[0], cols[0] - 4));
        for (int i = 1; i < names.length; i++) {
            out.append(' ').append(pad(names[i], cols[i]));
        }
        out.append(' ').append(pad(last, cols[6]));
    }

    /** The values right-aligned in columns {@code first}, {@code first+1}, ..., each followed by a space. */
    private static void numbers(StringBuilder out, int[] cols, int first, long... values) {
        for (int i = 0; i < values.length; i++) {
            optional(out, cols[first + i], values[i], true);
        }
    }

    private static void optional(StringBuilder out, int width, long value) {
        optional(out, width, value, value != 0);
    }

    private static void optional(StringBuilder out, int width, long value, boolean shown) {
        if (shown) {
            out.append(pad(Long.toUnsignedString(value), width)).append(' ');
        }
    }

    /** {@code text} right-aligned in {@code width} characters (C's {@code %*s}). */
    private static String pad(String text, int width) {
        if (text.length() >= width) {
            return text;
        }
        char[] spaces = new char[width - text.length()];
        Arrays.fill(spaces, ' ');
        return new String(spaces) + text;
    }
}
