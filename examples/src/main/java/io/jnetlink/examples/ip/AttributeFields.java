package io.jnetlink.examples.ip;

import io.jnetlink.core.MacAddress;
import io.jnetlink.core.attr.Attribute;
import io.jnetlink.core.attr.AttributeValues;
import io.jnetlink.core.attr.Display;
import java.net.InetAddress;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Writes attribute values as iproute2 does, from each row's {@link Display}: the text word, the JSON
 * key and the {@link io.jnetlink.core.attr.Format}. A writer registered for a row writes it instead
 * (rows of format {@code CUSTOM} need one); rows iproute2 does not print are skipped. A text word
 * of {@code ""} writes the value alone. Given a {@link Palette}, addresses are coloured as
 * iproute2's {@code -c} colours them.
 */
final class AttributeFields {
    private final Map<Attribute<?>, FieldWriter<?>> custom = new IdentityHashMap<>();
    private final Palette palette;

    /** Fields without colours. */
    AttributeFields() {
        this(Palette.NONE);
    }

    /** Fields whose IP and link-layer addresses {@code palette} colours. */
    AttributeFields(Palette palette) {
        this.palette = palette;
    }

    /**
     * Writes one row's value in a form of its own.
     *
     * @param <T> the value's type
     */
    @FunctionalInterface
    interface FieldWriter<T> {
        /** Writes {@code value} of a row shown as {@code display}; {@code all} holds the record's other values. */
        void write(DetailSink out, Display display, T value, AttributeValues all);
    }

    /** Registers the writer of a row: a {@code CUSTOM} one, or one this tool prints otherwise. */
    <T> AttributeFields custom(Attribute<T> row, FieldWriter<? super T> writer) {
        custom.put(row, writer);
        return this;
    }

    /** Every shown value of {@code values}, in the set's (iproute2's) order. */
    void writeAll(DetailSink out, AttributeValues values) {
        values.forEach((row, value) -> write(out, row, value, values));
    }

    /** One row's value (null writes nothing). */
    <T> void write(DetailSink out, Attribute<T> row, AttributeValues values) {
        T value = values.get(row);
        if (value != null) {
            write(out, row, value, values);
        }
    }

    @SuppressWarnings("unchecked")
    private void write(DetailSink out, Attribute<?> row, Object value, AttributeValues values) {
        Display d = row.display();
        FieldWriter<Object> writer = (FieldWriter<Object>) custom.get(row);
        if (writer != null) {
            writer.write(out, d, value, values);
            return;
        }
        if (!d.shown()) {
            return;
        }
        switch (d.format()) {
            case NUMBER -> field(out, d, unsigned(value).toString(), unsigned(value));
            case FLAG_NUMBER -> field(out, d, (Boolean) value ? "1" : "0", (Boolean) value ? 1 : 0);
            case ON_OFF -> out.onOff(d.text(), d.json(), (Boolean) value);
            case PRESENT -> out.enabled(d.text(), d.json(), (Boolean) value);
            case NEGATABLE -> out.negatable(d.text(), d.json(), (Boolean) value);
            case TIMER -> out.timer(d.text(), d.json(), (Long) value);
            case HEX -> field(out, d, hashHex(((Number) value).longValue()), hashHex(((Number) value).longValue()));
            case HEX_PREFIXED -> field(out, d, "0x" + Long.toHexString(((Number) value).longValue()),
                    "0x" + Long.toHexString(((Number) value).longValue()));
            case STRING -> painted(out, d, value instanceof MacAddress ? Palette.Kind.MAC : null, value.toString());
            case ADDRESS -> {
                InetAddress address = (InetAddress) value;
                painted(out, d, address.getAddress().length == 4 ? Palette.Kind.INET : Palette.Kind.INET6,
                        InetFormat.ntop(address));
            }
            case CUSTOM -> throw new IllegalStateException("no writer for " + row);
        }
    }

    /** {@code text value } in the text (when the row has a word), {@code json} under the row's key. */
    static void field(DetailSink out, Display d, String text, Object json) {
        out.field(words(d, text + " "), d.json(), json);
    }

    /** {@code text value } with {@code value } in the colour of {@code kind} (null: uncoloured); the value in JSON. */
    void painted(DetailSink out, Display d, Palette.Kind kind, String value) {
        out.field(words(d, kind == null ? value + " " : palette.paint(kind, value + " ")), d.json(), value);
    }

    /** The row's word and {@code value} as the text shows them: {@code word value}, or the value alone for the word "". */
    static String words(Display d, String value) {
        return d.text() == null ? null : d.text().isEmpty() ? value : d.text() + " " + value;
    }

    /** A 32-bit value as ip prints it: unsigned. */
    private static Number unsigned(Object value) {
        return value instanceof Integer i ? Integer.toUnsignedLong(i) : (Number) value;
    }

    /** C's {@code %#x}: {@code 0} for zero, {@code 0x...} otherwise. */
    static String hashHex(long value) {
        return value == 0 ? "0" : "0x" + Long.toHexString(value);
    }
}
