package io.jnetlink.core.attr;

import io.jnetlink.core.message.AttributeCursor;

/**
 * Where {@link AttributeSet#decode(AttributeCursor, RawSink)} puts the attributes its table does not
 * name, so a decoder with its own way of keeping bytes (one array for a whole record, say) can
 * serve; {@link RawAttributesBuilder} is the plain one.
 */
public interface RawSink {
    /**
     * Keeps the attribute under {@code attribute} (header, value and padding).
     *
     * @param attribute a cursor on the attribute
     */
    void add(AttributeCursor attribute);

    /** {@return the attributes kept since the sink was made or last reset} */
    RawAttributes build();
}
