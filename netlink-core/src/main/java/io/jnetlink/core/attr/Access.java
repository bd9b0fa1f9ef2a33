package io.jnetlink.core.attr;

/** Which way an attribute travels: what a request may set, what only the kernel reports. */
public enum Access {
    /** Reported by the kernel; a request may not set it (ids, timers, counters). */
    READ_ONLY,
    /** Reported by the kernel and settable in a request. */
    READ_WRITE,
    /** A command in a request that the kernel never reports ({@code IFLA_BR_FDB_FLUSH}). */
    WRITE_ONLY;

    /** {@return true when a request may carry the attribute} */
    public boolean writable() {
        return this != READ_ONLY;
    }
}
