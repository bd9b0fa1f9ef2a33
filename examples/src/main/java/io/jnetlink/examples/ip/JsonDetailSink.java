package io.jnetlink.examples.ip;

import java.util.List;

/** {@link DetailSink} for ip's JSON: writes each field as a member. */
final class JsonDetailSink implements DetailSink {
    private final JsonWriter w;

    JsonDetailSink(JsonWriter w) {
        this.w = w;
    }

    @Override
    public void field(String text, String key, Object value) {
        if (key == null || value == null) {
            return;
        }
        w.name(key);
        if (value == JSON_NULL) {
            w.number("null"); // written as given, as booleans are
        } else if (value instanceof Boolean on) {
            w.bool(on);
        } else if (value instanceof Number number) {
            w.number(number.toString());
        } else if (value instanceof List<?> items) {
            w.startArray();
            items.forEach(item -> w.string(item.toString()));
            w.endArray();
        } else {
            w.string(value.toString());
        }
    }

    @Override
    public void object(String key, Runnable fields) {
        w.name(key).startObject();
        fields.run();
        w.endObject();
    }

    @Override
    public void startLine() {
        // JSON members have no lines.
    }
}
