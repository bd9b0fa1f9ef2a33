package io.jnetlink.core.attr;

/**
 * How iproute2 ({@code ip -d}, {@code bridge -d}) writes an attribute's value in its text output and
 * in its JSON ({@code -j}). The generic forms are complete here; {@link #CUSTOM} marks a value whose
 * form belongs to its attribute alone (a bridge id, a port state name), which a printer keys by the
 * {@link Attribute} itself.
 */
public enum Format {
    /** {@code word 42}; a JSON number. */
    NUMBER,
    /** A switch written {@code word 1} / {@code word 0} in text and as a number in JSON. */
    FLAG_NUMBER,
    /** A switch written {@code word on} / {@code word off}; JSON true/false. */
    ON_OFF,
    /** A switch written as the bare word when on, nothing when off; JSON true. */
    PRESENT,
    /** A switch written {@code word} / {@code noword}; JSON true/false. */
    NEGATABLE,
    /** Hundredths of a second as seconds with two decimals ({@code %7.2f} in text). */
    TIMER,
    /** C's {@code %#x}: {@code 0} for zero, {@code 0x1f} otherwise; a JSON string. */
    HEX,
    /** {@code 0x} and hex digits, zero included ({@code 0x0}); a JSON string. */
    HEX_PREFIXED,
    /** The value's own text ({@code toString()}); a JSON string. */
    STRING,
    /** An IP address as {@code inet_ntop} writes it ({@code 10.0.0.1}, {@code 2001:db8::1}); a JSON string. */
    ADDRESS,
    /** A form of the attribute's own, chosen by the printer for this attribute. */
    CUSTOM
}
