package io.jnetlink.examples.ip;

/**
 * JSON as iproute2 6.1 writes it for {@code -j}: compact, or with {@code -p} members on lines of
 * their own indented by four spaces per level, arrays opened as {@code "[ "} and closed as
 * {@code " ]"}, scalars inside an array on one line. Strings escape quotes, backslashes and
 * control characters.
 */
final class JsonWriter {
    private final StringBuilder out = new StringBuilder(1024);
    private final boolean pretty;
    private int depth;
    /** What goes before the next value: nothing at the start of a container or after a name, else a comma. */
    private boolean needComma;

    JsonWriter(boolean pretty) {
        this.pretty = pretty;
    }

    JsonWriter startObject() {
        return open('{');
    }

    JsonWriter endObject() {
        depth--;
        if (needComma) {
            newline();
        }
        out.append('}');
        needComma = true;
        return this;
    }

    JsonWriter startArray() {
        open('[');
        if (pretty) {
            out.append(' ');
        }
        return this;
    }

    JsonWriter endArray() {
        if (pretty && needComma) {
            out.append(' ');
        }
        needComma = false;
        depth--;
        out.append(']');
        needComma = true;
        return this;
    }

    /** Starts a member: its name; the value follows. */
    JsonWriter name(String name) {
        separate();
        newline();
        quoted(name);
        out.append(pretty ? ": " : ":");
        needComma = false;
        return this;
    }

    JsonWriter string(String value) {
        separate();
        quoted(value);
        return this;
    }

    /** A number written as given (the caller formats unsigned or fractional values). */
    JsonWriter number(String digits) {
        separate();
        out.append(digits);
        return this;
    }

    /** An unsigned 64-bit number. */
    JsonWriter number(long value) {
        return number(Long.toUnsignedString(value));
    }

    JsonWriter bool(boolean value) {
        return number(Boolean.toString(value));
    }

    /** The JSON {@code null}. */
    JsonWriter nullValue() {
        return number("null");
    }

    /** Shorthands for a member with a value. */
    JsonWriter string(String name, String value) {
        return name(name).string(value);
    }

    JsonWriter number(String name, long value) {
        return name(name).number(value);
    }

    JsonWriter bool(String name, boolean value) {
        return name(name).bool(value);
    }

    /** The text written so far. */
    @Override
    public String toString() {
        return out.toString();
    }

    private JsonWriter open(char bracket) {
        separate();
        out.append(bracket);
        depth++;
        needComma = false;
        return this;
    }

    private void separate() {
        if (needComma) {
            out.append(',');
        }
        needComma = true;
    }

    private void newline() {
        if (pretty) {
            out.append('\n').append("    ".repeat(depth));
        }
    }

    private void quoted(String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                case '\f' -> out.append("\\f");
                case '\b' -> out.append("\\b");
                default -> out.append(c);
            }
        }
        out.append('"');
    }
}
