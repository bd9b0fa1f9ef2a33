package io.jnetlink.examples.ip;

/**
 * A record that bridge (like ip) prints from one walk over its fields: as a text line, or as one
 * object of a JSON array.
 *
 * @param <T> the record type
 */
interface FieldWalk<T> {
    /** Writes {@code record}'s fields to {@code out}, in the tool's order. */
    void write(T record, DetailSink out);

    /** The record's text line(s), ending in a newline. */
    default String format(T record) {
        StringBuilder out = new StringBuilder(128);
        write(record, new TextDetailSink(out, "\n"));
        return out.append('\n').toString();
    }

    /** The record as a JSON object. */
    default void json(JsonWriter w, T record) {
        w.startObject();
        write(record, new JsonDetailSink(w));
        w.endObject();
    }
}
