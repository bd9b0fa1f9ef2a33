package io.jnetlink.core.attr;

import java.util.Objects;

/**
 * How iproute2 names and writes an attribute: the word in its text output, the key in its JSON, and
 * the {@link Format}. {@link #NONE} for attributes the tools do not print.
 *
 * @param text   the word in the text output; null when the text leaves the attribute out
 * @param json   the key in the JSON output; null when the JSON leaves it out
 * @param format how the value is written
 */
public record Display(String text, String json, Format format) {
    /** Not printed by iproute2. */
    public static final Display NONE = new Display(null, null, Format.STRING);

    /**
     * Checks the format.
     *
     * @param text   the text word, or null
     * @param json   the JSON key, or null
     * @param format how the value is written
     */
    public Display {
        Objects.requireNonNull(format, "format");
    }

    /**
     * Printed under the same name in text and JSON.
     *
     * @param name   the word and key
     * @param format how the value is written
     * @return the display
     */
    public static Display as(String name, Format format) {
        return new Display(name, name, format);
    }

    /** {@return true when iproute2 prints the attribute in text or JSON} */
    public boolean shown() {
        return text != null || json != null;
    }
}
