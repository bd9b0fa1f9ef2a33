package io.jnetlink.core;

/**
 * A dump whose result is inconsistent: the kernel flagged it with {@code NLM_F_DUMP_INTR}
 * because the object set changed while it was being dumped, and the configured number of
 * retries ({@link NetlinkSocket.Config#withDumpRetries(int)}) was used up. The handler has seen
 * a possibly partial or mixed set of objects and must not treat it as complete.
 */
public final class DumpInterruptedException extends NetlinkException {
    private static final long serialVersionUID = 1L;

    /** How many times the dump was run, 1 or more. */
    private final int attempts;

    /**
     * Reports a dump that stayed inconsistent on every attempt.
     *
     * @param operation the dump request, such as {@code RTM_GETLINK}
     * @param attempts  how many times the dump was run
     */
    public DumpInterruptedException(String operation, int attempts) {
        super(operation, Errno.EINTR.number(), null, -1, -1, -1, operation + " dump interrupted (NLM_F_DUMP_INTR): the kernel's "
                + "state changed during the dump; " + attempts + (attempts == 1 ? " attempt" : " attempts"));
        this.attempts = attempts;
    }

    /**
     * How often the dump was tried.
     *
     * @return how many times the dump was run before giving up, 1 or more
     */
    public int attempts() {
        return attempts;
    }
}
