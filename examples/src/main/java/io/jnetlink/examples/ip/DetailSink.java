package io.jnetlink.examples.ip;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Where the {@code -d} details of a link go, so that one walk over a link's fields serves both
 * {@code ip -d link} ({@link TextDetailSink}) and {@code ip -j -d link} ({@link JsonDetailSink}).
 * Each field names its text word and its JSON key (ip's names differ in places, e.g.
 * {@code mcast_last_member_count} and {@code mcast_last_member_cnt}); the methods with one name
 * are for fields named alike. Text fields end in a space, as ip's do. A null value writes nothing.
 */
interface DetailSink {
    /**
     * One field in both forms.
     *
     * @param text  the field exactly as the text shows it, trailing space included; null: not in the text
     * @param key   the JSON member's name; null: not in the JSON
     * @param value the JSON value: a {@link Boolean} as {@code true}/{@code false}, a {@link Number} as
     *              its {@code toString()} digits, a {@link java.util.List} as an array of strings,
     *              anything else as a string; null: not in the JSON
     */
    void field(String text, String key, Object value);

    /** The JSON {@code null} as a field's value ({@code "ecn":null}); the text is written as given. */
    Object JSON_NULL = new Object();

    /** A group of fields: a JSON object {@code key} (null: an element of the array being written); in the text the fields simply follow. */
    void object(String key, Runnable fields);

    /** A JSON array {@code key} whose elements {@code elements} writes (as {@link #object} with a null key); in the text they simply follow. */
    void array(String key, Runnable elements);

    /** Text: what follows goes on a new line indented by four spaces (with {@code -o}: after a \); JSON: nothing. */
    void startLine();

    /** {@code word value} in the text, a JSON number. */
    default void number(String word, String key, Number value) {
        if (value != null) {
            field(word + " " + value + " ", key, value);
        }
    }

    /** {@link #number(String, String, Number)} for a field named alike in both forms. */
    default void number(String name, Number value) {
        number(name, name, value);
    }

    /** {@code word value} in the text, a JSON string; {@code value} is written by its {@code toString()}. */
    default void string(String word, String key, Object value) {
        if (value != null) {
            field(word + " " + value + " ", key, value.toString());
        }
    }

    /** {@link #string(String, String, Object)} for a field named alike in both forms. */
    default void string(String name, Object value) {
        string(name, name, value);
    }

    /** A bridge switch ip writes as 1 or 0 in both forms. */
    default void flag(String name, Boolean value) {
        if (value != null) {
            number(name, value ? 1 : 0);
        }
    }

    /** {@code word on}/{@code word off} in the text, true/false in the JSON; {@code key} null: text only. */
    default void onOff(String word, String key, Boolean value) {
        if (value != null) {
            field(word + (value ? " on " : " off "), key, value);
        }
    }

    /** {@link #onOff(String, String, Boolean)} for a field named alike in both forms. */
    default void onOff(String name, Boolean value) {
        onOff(name, name, value);
    }

    /** A flag ip writes with {@code print_null} when it is set: the bare word, JSON {@code null}. */
    default void present(String word, String key, boolean set) {
        if (set) {
            field(word + " ", key, JSON_NULL);
        }
    }

    /** A switch ip writes only when it is on: the bare word, JSON {@code true}. */
    default void enabled(String word, String key, Boolean value) {
        if (Boolean.TRUE.equals(value)) {
            field(word + " ", key, true);
        }
    }

    /** {@link #enabled(String, String, Boolean)} for a field named alike in both forms. */
    default void enabled(String name, Boolean value) {
        enabled(name, name, value);
    }

    /** A switch the text writes as {@code word} or {@code noword}, the JSON as {@code true}/{@code false}. */
    default void negatable(String word, String key, Boolean value) {
        if (value != null) {
            field((value ? "" : "no") + word + " ", key, value);
        }
    }

    /**
     * A bridge timer in hundredths of a second: seconds as {@code %7.2f} in the text, with two
     * decimals in JSON; {@code word} null: JSON only.
     */
    default void timer(String word, String key, Long centiseconds) {
        if (centiseconds != null) {
            field(word == null ? null : word + " " + String.format(Locale.ROOT, "%7.2f", centiseconds / 100.0) + " ",
                    key, BigDecimal.valueOf(centiseconds, 2));
        }
    }
}
