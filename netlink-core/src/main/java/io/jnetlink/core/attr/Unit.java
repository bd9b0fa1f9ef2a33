package io.jnetlink.core.attr;

/** The unit of a numeric attribute, as the kernel counts it. */
public enum Unit {
    /** A count, an id, flags or an enumeration: no unit. */
    NONE,
    /** Bytes. */
    BYTES,
    /** Packets. */
    PACKETS,
    /** Hundredths of a second ({@code clock_t} as the bridge reports timers and intervals). */
    CENTISECONDS,
    /** Milliseconds. */
    MILLISECONDS,
    /** Seconds. */
    SECONDS
}
